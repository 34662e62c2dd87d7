import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../../graphql/connection';
import { UserError } from '../../graphql/errors';
import { LocalDateScalar } from '../../graphql/scalars';

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
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the code left the 행정기관코드 list; null while it is current',
  })
  retiredOn!: string | null;
  parentCode!: string | null;
}

@ObjectType()
export class RegionConnection extends Connection(Region) {}

@ArgsType()
export class RegionsArgs {
  @Field(() => RegionLevel, { nullable: true }) level?: RegionLevel;
  @Field(() => String, { nullable: true, description: 'Only the direct children of this region' })
  parentCode?: string;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Also list retired codes (for history); lists to choose from leave them out',
  })
  includeRetired?: boolean;
  @Field(() => Int, { nullable: true, defaultValue: 50 }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
}

export enum RegionCodeSubject {
  HOUSEHOLD = 'HOUSEHOLD',
  AGENCY = 'AGENCY',
  SCREENING_RULE_SET = 'SCREENING_RULE_SET',
}
registerEnumType(RegionCodeSubject, {
  name: 'RegionCodeSubject',
  description: 'What kind of stored row carries the region code',
});

export enum RegionCodeChangeReason {
  MOVED = 'MOVED',
  SPLIT = 'SPLIT',
  CANDIDATE_SPLIT = 'CANDIDATE_SPLIT',
  PART_MOVED = 'PART_MOVED',
  ABOLISHED = 'ABOLISHED',
  MERGE_CONFLICT = 'MERGE_CONFLICT',
}
registerEnumType(RegionCodeChangeReason, {
  name: 'RegionCodeChangeReason',
  description: 'Why a new region list touched a row',
  valuesConfig: {
    MOVED: { description: 'One 1:1 successor: moved by the list update itself' },
    SPLIT: { description: 'The code was split (1:n): which part is the address in?' },
    CANDIDATE_SPLIT: {
      description: 'Successors paired by shared 법정동 only (부천 2024): the address decides',
    },
    PART_MOVED: { description: 'Part of the area went to another code; the row may have to follow it' },
    ABOLISHED: { description: 'A 출장소 ended with no successor: choose any current region of its level' },
    MERGE_CONFLICT: {
      description: 'Screening rules of two old 시군구 would meet on one new code: choose whose rules stay',
    },
  },
});

@ObjectType({
  description:
    'A stored row whose region code a new 행정기관코드 list changed, or left for a worker to decide',
})
export class RegionCodeReview {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The list version that made the change, e.g. '2026-07-01'" })
  listVersion!: string;
  @Field(() => RegionCodeSubject) subject!: RegionCodeSubject;
  @Field(() => ID, { description: 'The id of the household, agency or screening rule set' })
  rowId!: string;
  @Field(() => RegionCodeChangeReason) reason!: RegionCodeChangeReason;
  @Field(() => Date, { nullable: true, description: 'When it was decided; null while it waits' })
  decidedAt!: Date | null;
  oldCode!: string;
  candidateCodes!: string[];
  newCode!: string | null;
}

@ObjectType()
export class RegionCodeReviewConnection extends Connection(RegionCodeReview) {}

@ArgsType()
export class RegionCodeReviewsArgs {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'false: those waiting for a decision; true: those decided (by a worker or the list update)',
  })
  decided?: boolean;
  @Field(() => RegionCodeSubject, { nullable: true }) subject?: RegionCodeSubject;
  @Field(() => Int, { nullable: true, defaultValue: 50 }) first?: number;
  @Field(() => String, { nullable: true }) after?: string;
}

@InputType()
export class ResolveRegionCodeReviewInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, {
    description:
      'The current region the row belongs to: one of the candidates, or for an abolished code any current region of its level',
  })
  regionCode!: string;
}

@ObjectType()
export class ResolveRegionCodeReviewPayload {
  @Field(() => RegionCodeReview, { nullable: true }) review!: RegionCodeReview | null;
  @Field(() => [UserError], {
    description:
      'NOT_FOUND (no such review in your area), INVALID_STATE (already decided), VALIDATION (regionCode not a current candidate), CONFLICT (the row changed, or the new 시군구 has rules of that version)',
  })
  errors!: UserError[];
}
