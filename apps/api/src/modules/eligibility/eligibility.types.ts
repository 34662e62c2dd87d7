import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  INCOME_KINDS,
  MEANS_SOURCES,
  PROPERTY_KINDS,
  type CarUse as DomainCarUse,
  type IncomeKind as DomainIncomeKind,
  type MeansSource as DomainMeansSource,
  type Programme,
  type PropertyKind as DomainPropertyKind,
  type StoredTraceStep,
  type SupportObligor as DomainSupportObligor,
} from '@ieum/domain';
import { enumOf } from '../../graphql/enums';
import { UserError } from '../../graphql/errors';
import { LocalDateScalar } from '../../graphql/scalars';
import {
  BenefitParameterUse,
  BenefitProgramme,
  BenefitTraceStep,
  CarUse,
  SupportObligor,
} from '../benefits/benefits.types';

export const IncomeKind = enumOf(INCOME_KINDS);
registerEnumType(IncomeKind, {
  name: 'IncomeKind',
  description:
    '근로소득 EARNED, 사업소득 BUSINESS, 재산소득 PROPERTY, 공적연금 PENSION, 공적이전소득 PUBLIC_TRANSFER, 사적이전소득 PRIVATE_TRANSFER',
});
export const PropertyKind = enumOf(PROPERTY_KINDS);
registerEnumType(PropertyKind, {
  name: 'PropertyKind',
  description:
    '주거용재산 RESIDENTIAL (주택, 임차보증금), 일반재산 GENERAL (토지, 건물), 금융재산 FINANCIAL, 자동차 CAR, 부채 DEBT',
});
export const MeansSource = enumOf(MEANS_SOURCES);
registerEnumType(MeansSource, {
  name: 'MeansSource',
  description: '신고 REPORTED, 조회 QUERIED (a public record), 추정 ESTIMATED',
});

@InputType()
export class MeansIncomeInput {
  @Field(() => ID, { description: 'A member of the household' }) personId!: string;
  @Field(() => IncomeKind) kind!: DomainIncomeKind;
  @Field(() => SafeIntResolver, { description: 'Won a month' }) monthlyAmount!: number;
  @Field(() => MeansSource) source!: DomainMeansSource;
}

@InputType()
export class MeansPropertyInput {
  @Field(() => ID, { nullable: true, description: 'The owner; none for the household as a whole' })
  personId?: string | null;
  @Field(() => PropertyKind) kind!: DomainPropertyKind;
  @Field(() => SafeIntResolver, { description: 'Won (차량가액 for a car)' }) amount!: number;
  @Field(() => MeansSource) source!: DomainMeansSource;
  @Field(() => Int, { nullable: true, description: '배기량, cars only (required for a car)' })
  engineCc?: number | null;
  @Field(() => Int, { nullable: true, description: '연식, cars only (required for a car)' })
  modelYear?: number | null;
  @Field(() => CarUse, { nullable: true, description: 'Cars only (required for a car)' })
  use?: DomainCarUse | null;
}

@InputType({ description: 'What the registry does not keep about a member but the programmes need' })
export class MemberFactsInput {
  @Field(() => ID) personId!: string;
  @Field(() => Boolean, { defaultValue: false, description: '등록 장애인' }) disabled!: boolean;
  @Field(() => Boolean, { defaultValue: false, description: '초·중·고등학교 재학' }) student!: boolean;
}

@InputType()
export class RecordHouseholdMeansInput {
  @Field(() => ID) householdId!: string;
  @Field(() => LocalDateScalar, { description: 'The date the figures describe (today or earlier)' })
  asOf!: string;
  @Field(() => [MeansIncomeInput], { defaultValue: [] }) incomes!: MeansIncomeInput[];
  @Field(() => [MeansPropertyInput], { defaultValue: [] }) property!: MeansPropertyInput[];
  @Field(() => [MemberFactsInput], {
    defaultValue: [],
    description: '장애·재학 per member; a member not listed is neither',
  })
  facts!: MemberFactsInput[];
}

@ObjectType({ description: '소득: one monthly income of one member' })
export class MeansIncome {
  personId!: string;
  @Field(() => IncomeKind) kind!: DomainIncomeKind;
  @Field(() => SafeIntResolver) monthlyAmount!: number;
  @Field(() => MeansSource) source!: DomainMeansSource;
}

@ObjectType({ description: '재산: one item of property or debt' })
export class MeansProperty {
  personId!: string | null;
  @Field(() => PropertyKind) kind!: DomainPropertyKind;
  @Field(() => SafeIntResolver) amount!: number;
  @Field(() => MeansSource) source!: DomainMeansSource;
  @Field(() => Int, { nullable: true }) engineCc!: number | null;
  @Field(() => Int, { nullable: true }) modelYear!: number | null;
  @Field(() => CarUse, { nullable: true }) use!: DomainCarUse | null;
}

@ObjectType()
export class MemberFacts {
  personId!: string;
  @Field(() => Boolean) disabled!: boolean;
  @Field(() => Boolean) student!: boolean;
}

@ObjectType({ description: '소득·재산 조사: a household’s means as recorded on a date; never changed' })
export class HouseholdMeans {
  @Field(() => ID) id!: string;
  householdId!: string;
  @Field(() => LocalDateScalar) asOf!: string;
  recordedByAccount!: string;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => [MeansIncome]) incomes!: MeansIncome[];
  @Field(() => [MeansProperty]) property!: MeansProperty[];
  @Field(() => [MemberFacts]) facts!: MemberFacts[];
}

@ObjectType()
export class RecordHouseholdMeansPayload {
  @Field(() => HouseholdMeans, { nullable: true }) means!: HouseholdMeans | null;
  @Field(() => [UserError], { description: 'VALIDATION (path names the field), NOT_FOUND' })
  errors!: UserError[];
}

@InputType()
export class DecideEligibilityInput {
  @Field(() => ID) householdId!: string;
  @Field(() => LocalDateScalar, {
    description: 'The date decided for: its parameters, and the latest means recorded as of it',
  })
  asOf!: string;
  @Field(() => [BenefitProgramme], { nullable: true, description: 'Default: every programme' })
  programmes?: Programme[] | null;
  @Field(() => SupportObligor, { defaultValue: 'NONE', description: '부양의무자; none unless told' })
  supportObligor!: DomainSupportObligor;
}

@ObjectType({ description: '수급자격 판정: one programme for one household, with its trace; never changed' })
export class EligibilityDecision {
  @Field(() => ID) id!: string;
  householdId!: string;
  @Field(() => BenefitProgramme) programme!: Programme;
  @Field(() => LocalDateScalar) asOf!: string;
  @Field(() => Boolean) eligible!: boolean;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Won a month' })
  monthlyAmount!: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: '선정기준액' }) threshold!: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: '소득인정액 as this programme counts it' })
  incomeRecognized!: number | null;
  @Field(() => [String]) reasons!: string[];
  @Field(() => SupportObligor) supportObligor!: DomainSupportObligor;
  storedTrace!: StoredTraceStep[];
  @Field(() => String, {
    description: 'The parameter set in force on asOf (a hash of every name, date and value)',
  })
  parameterVersion!: string;
  parameterSetId!: number;
  meansId!: string;
  supersedesId!: string | null;
  decidedByAccount!: string;
  @Field(() => Date) decidedAt!: Date;
  @Field(() => Boolean, { description: 'A later decision for the same programme replaced this one' })
  superseded!: boolean;
}

@ObjectType()
export class DecideEligibilityPayload {
  @Field(() => [EligibilityDecision]) decisions!: EligibilityDecision[];
  @Field(() => [UserError], {
    description:
      'VALIDATION (path names the field), NOT_FOUND, INVALID_STATE (no means recorded as of asOf), PARAMETER_MISSING (ParameterMissingError), CONFLICT (decided at the same moment by someone else)',
  })
  errors!: UserError[];
}

// Re-exported for the resolver's field types.
export { BenefitParameterUse, BenefitTraceStep };
