import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection';

export enum RegionLevel {
  SIDO = 'SIDO',
  SIGUNGU = 'SIGUNGU',
  EUPMYEONDONG = 'EUPMYEONDONG',
}
registerEnumType(RegionLevel, { name: 'RegionLevel', description: '시도 / 시군구 / 읍면동' });

@ObjectType({ description: '행정구역: a 시도, 시군구 or 읍면동 with its 10-digit 행정기관코드' })
export class Region {
  @Field(() => ID) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "e.g. '서울특별시 종로구 청운효자동'" }) fullName!: string;
  @Field(() => RegionLevel) level!: RegionLevel;
  parentCode!: string | null;
}

@ObjectType()
export class RegionConnection extends Connection(Region) {}

@ArgsType()
export class RegionsArgs {
  @Field(() => RegionLevel, { nullable: true }) level?: RegionLevel;
  @Field(() => String, { nullable: true, description: 'Only the direct children of this region' })
  parentCode?: string;
  @Field(() => Int, { nullable: true, defaultValue: 50 }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
}
