import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  AGENCY_KINDS,
  AgencyKind as DomainAgencyKind,
  AgencySector as DomainAgencySector,
} from '@ieum/domain';
import { Connection } from '../../graphql/connection';

export const AgencyKind = Object.fromEntries(AGENCY_KINDS.map((k) => [k, k])) as {
  [K in DomainAgencyKind]: K;
};
registerEnumType(AgencyKind, {
  name: 'AgencyKind',
  description: '기관 유형: 시군구청, 읍면동 주민센터, 보건소, 복지관, …',
});
export const AgencySector = { PUBLIC: 'PUBLIC', PRIVATE: 'PRIVATE' } as const;
registerEnumType(AgencySector, { name: 'AgencySector', description: '공공 / 민간' });

@ObjectType({ description: '기관: a public office or a private welfare agency, in a region' })
export class Agency {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => AgencyKind) kind!: DomainAgencyKind;
  @Field(() => AgencySector) sector!: DomainAgencySector;
  @Field(() => String, { nullable: true, description: '대표 전화' }) phone!: string | null;
  @Field(() => String, { nullable: true, description: '주소' }) address!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The region it belongs to: a 읍면동, 시군구 or 시도 code',
  })
  regionCode!: string | null;
}

@ObjectType()
export class AgencyConnection extends Connection(Agency) {}

@ArgsType()
export class AgenciesArgs {
  @Field(() => String, { nullable: true, description: 'Agencies in this region or below it' })
  regionCode?: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'Only agencies that can take a referral for this household: in its 시군구 or at its 시도, not the ministry, not your own agency',
  })
  referralsFor?: string;
  @Field(() => String, { nullable: true, description: "The name, or a part of it ('복지관')" })
  search?: string;
  @Field(() => Int, { nullable: true, defaultValue: 50 }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
}
