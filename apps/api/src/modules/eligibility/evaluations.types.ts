import { SafeIntResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Programme } from '@ieum/domain';
import { Connection } from '../../graphql/connection';
import { enumOf } from '../../graphql/enums';
import { UserError } from '../../graphql/errors';
import { LocalDateScalar } from '../../graphql/scalars';
import { BenefitProgramme, BenefitResult } from '../benefits/benefits.types';

export const EVALUATION_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED', 'REPLACED'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
export const EligibilityEvaluationStatus = enumOf(EVALUATION_STATUSES);
registerEnumType(EligibilityEvaluationStatus, {
  name: 'EligibilityEvaluationStatus',
  description: 'REPLACED: a later run of the same date took its place (its results are gone)',
});

@ObjectType({
  description: 'One programme in a batch run: how many households are eligible, and for how much',
})
export class EligibilityEvaluationProgramme {
  @Field(() => BenefitProgramme) programme!: Programme;
  @Field(() => Int) eligibleCount!: number;
  @Field(() => SafeIntResolver, { description: 'Won a month, over the eligible households' })
  totalMonthlyAmount!: number;
}

@ObjectType({
  description:
    '일괄 판정: every household with means on record (the latest on or before asOf), every programme',
})
export class EligibilityEvaluation {
  @Field(() => ID) id!: string;
  @Field(() => LocalDateScalar) asOf!: string;
  @Field(() => EligibilityEvaluationStatus) status!: EvaluationStatus;
  @Field(() => String, { nullable: true, description: 'The parameter set used (as a decision’s)' })
  parameterVersion!: string | null;
  @Field(() => Int, { nullable: true, description: 'Households with means on record, once counted' })
  householdsTotal!: number | null;
  @Field(() => Int) householdsDone!: number;
  @Field(() => Int, {
    description: 'Households the engine refuses as registered (no members, a member born after asOf)',
  })
  householdsSkipped!: number;
  @Field(() => Float, { description: '0 to 1' }) progress!: number;
  @Field(() => [EligibilityEvaluationProgramme], { description: 'Empty until the run is DONE' })
  programmes!: EligibilityEvaluationProgramme[];
  @Field(() => SafeIntResolver, { nullable: true, description: 'Bytes the results take, with their index' })
  bytesStored!: number | null;
  @Field(() => String, { nullable: true }) failure!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt!: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@ObjectType()
export class EligibilityEvaluationConnection extends Connection(EligibilityEvaluation) {}

@InputType()
export class StartEligibilityEvaluationInput {
  @Field(() => LocalDateScalar, { description: 'The date to decide for (today or earlier)' })
  asOf!: string;
}

@ObjectType()
export class StartEligibilityEvaluationPayload {
  @Field(() => EligibilityEvaluation, { nullable: true }) evaluation!: EligibilityEvaluation | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType({ description: "One household's result of a batch run, with each programme's full trace" })
export class EligibilityEvaluationResult {
  @Field(() => ID) evaluationId!: string;
  @Field(() => LocalDateScalar) asOf!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => ID, { description: 'The means record the run used' }) meansId!: string;
  @Field(() => Int) householdSize!: number;
  @Field(() => SafeIntResolver, { description: '기준 중위소득 for the household size' })
  medianIncome!: number;
  @Field(() => SafeIntResolver, { description: '소득인정액 of 생계·의료·주거·교육급여' })
  incomeRecognized!: number;
  @Field(() => [BenefitResult]) results!: BenefitResult[];
}
