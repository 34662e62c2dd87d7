import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FEED_PROBLEMS, type FeedProblem } from '@ieum/domain';
import { Connection } from '../../graphql/connection';
import { UserError } from '../../graphql/errors';

export enum IndicatorUnit {
  FLAG = 'FLAG',
  MONTHS = 'MONTHS',
  KRW = 'KRW',
  COUNT = 'COUNT',
  DAYS = 'DAYS',
  GRADE = 'GRADE',
}
registerEnumType(IndicatorUnit, {
  name: 'IndicatorUnit',
  description: "The unit of a feed row's value: FLAG (1 = present), MONTHS, KRW, COUNT, DAYS, GRADE",
});

export enum FeedStatus {
  LOADED = 'LOADED',
  REJECTED = 'REJECTED',
}
registerEnumType(FeedStatus, { name: 'FeedStatus' });

@ObjectType({ description: '위기정보 유형 그룹 (요금 체납, 생활수준 추정, …)' })
export class CrisisIndicatorGroup {
  @Field(() => String) code!: string;
  @Field(() => String) nameKo!: string;
  @Field(() => String) nameEn!: string;
}

@ObjectType({ description: '위기정보 유형: a kind of crisis indicator that source agencies send' })
export class CrisisIndicatorKind {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'The group code' }) group!: string;
  @Field(() => String) groupNameKo!: string;
  @Field(() => String) groupNameEn!: string;
  @Field(() => String) nameKo!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => IndicatorUnit) unit!: IndicatorUnit;
  @Field(() => String) note!: string;
}

@InputType()
export class AddCrisisIndicatorKindInput {
  @Field(() => String, { description: 'SCREAMING_SNAKE_CASE, e.g. OLD_AGE_EMERGENCY_LOAN' }) code!: string;
  @Field(() => String, {
    description: 'An existing group code, or a new one with groupNameKo and groupNameEn',
  })
  group!: string;
  @Field(() => String, { nullable: true }) groupNameKo?: string;
  @Field(() => String, { nullable: true }) groupNameEn?: string;
  @Field(() => String) nameKo!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => IndicatorUnit) unit!: IndicatorUnit;
  @Field(() => String, { nullable: true }) note?: string;
}

@ObjectType()
export class AddCrisisIndicatorKindPayload {
  @Field(() => CrisisIndicatorKind, { nullable: true }) kind!: CrisisIndicatorKind | null;
  @Field(() => [UserError], { description: 'VALIDATION, DUPLICATE' }) errors!: UserError[];
}

@ObjectType({ description: 'A row of a feed that was refused, by line and column' })
export class FeedError {
  @Field(() => Int) line!: number;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field(() => String, {
    nullable: true,
    description: `What is wrong, as a code to word in the client's language: ${FEED_PROBLEMS.join(', ')} (null on feeds stored before codes)`,
  })
  problem!: FeedProblem | null;
  @Field(() => String, { description: 'English, for logs and API users' }) message!: string;
  @Field(() => Int, { nullable: true, description: 'COLUMN_COUNT: columns expected' }) expected!:
    number | null;
  @Field(() => Int, { nullable: true, description: 'COLUMN_COUNT: columns found' }) found!: number | null;
  @Field(() => Int, { nullable: true, description: 'The limit a *_TOO_* problem names' }) limit!:
    number | null;
  @Field(() => String, { nullable: true, description: 'KIND_UNKNOWN: the code sent' }) kind!: string | null;
}

@ObjectType({ description: '위기정보 입수 파일: one file a source agency sent' })
export class CrisisFeed {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The source agency, e.g. 한국전력공사' }) source!: string;
  @Field(() => FeedStatus) status!: FeedStatus;
  @Field(() => Int) rows!: number;
  @Field(() => Int) matched!: number;
  @Field(() => Int) unmatched!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => [FeedError], { description: 'The first 100 problems of a rejected feed' })
  errors!: FeedError[];
  @Field(() => String) account!: string;
  @Field(() => Date) receivedAt!: Date;
}

@ObjectType()
export class CrisisFeedConnection extends Connection(CrisisFeed) {}
