import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { NeedsDomain as DomainDomain } from '@ieum/domain';
import { Agency } from '../agencies/agencies.types';
import { NeedsDomain } from '../cases/cases.types';

@ObjectType({ description: 'Overlaps of one kind: how many, and how many were recorded anyway (중복 사유)' })
export class OverlapCount {
  @Field(() => Int, { description: 'Pairs of provisions that duplicate each other' }) overlaps!: number;
  @Field(() => Int, { description: 'Of them, the later was recorded anyway with an override reason' })
  overridden!: number;
}

@ObjectType({ description: 'Overlaps in one needs domain' })
export class OverlapDomainCount extends OverlapCount {
  @Field(() => NeedsDomain, { nullable: true, description: 'null: a provision recorded without a domain' })
  domain!: DomainDomain | null;
}

@ObjectType({
  description: 'Overlaps between two agencies (the same agency twice when it duplicated itself)',
})
export class OverlapAgencyPair extends OverlapCount {
  firstAgencyId!: string;
  secondAgencyId!: string;
  @Field(() => Agency) firstAgency?: Agency;
  @Field(() => Agency) secondAgency?: Agency;
}

@ObjectType({ description: 'Overlaps whose later provision was recorded in one month' })
export class OverlapMonth extends OverlapCount {
  @Field(() => String, { description: 'YYYY-MM (Korean time)' }) month!: string;
}

@ObjectType({
  description:
    '중복지원 점검: the pairs of provisions in a district that duplicate each other, by domain, agency pair and month',
})
export class ProvisionOverlapDashboard extends OverlapCount {
  @Field(() => ID, { nullable: true, description: 'The region counted (null: the whole country)' })
  regionCode!: string | null;
  @Field(() => [OverlapDomainCount]) byDomain!: OverlapDomainCount[];
  @Field(() => [OverlapAgencyPair], { description: 'Most overlaps first' })
  byAgencyPair!: OverlapAgencyPair[];
  @Field(() => [OverlapMonth], { description: 'Oldest month first' }) byMonth!: OverlapMonth[];
}
