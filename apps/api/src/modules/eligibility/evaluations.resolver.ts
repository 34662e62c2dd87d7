import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Can } from '../auth/can';
import * as evaluations from './evaluations.service';
import {
  EligibilityEvaluation,
  EligibilityEvaluationConnection,
  EligibilityEvaluationResult,
  StartEligibilityEvaluationInput,
  StartEligibilityEvaluationPayload,
} from './evaluations.types';

@Resolver(() => EligibilityEvaluation)
export class EligibilityEvaluationResolver {
  @Can('START_ELIGIBILITY_EVALUATION')
  @Mutation(() => StartEligibilityEvaluationPayload, {
    description:
      '일괄 판정: queues a run over every household with means on record as of asOf, for every programme; a rerun of a date replaces its last run when done. Errors: VALIDATION (a future date), PARAMETER_MISSING, CONFLICT (a run is queued or running)',
  })
  startEligibilityEvaluation(
    @Arg('input', () => StartEligibilityEvaluationInput) input: StartEligibilityEvaluationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StartEligibilityEvaluationPayload> {
    return evaluations.startEvaluation(ctx, input);
  }

  @Can('VIEW_ELIGIBILITY_EVALUATIONS')
  @Query(() => EligibilityEvaluationConnection, { description: 'Batch runs, newest first' })
  async eligibilityEvaluations(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<EligibilityEvaluationConnection> {
    return new EligibilityEvaluationConnection(
      await evaluations.listEvaluations(ctx.services.dataSource, first, after),
    );
  }

  @Can('VIEW_ELIGIBILITY_EVALUATIONS')
  @Query(() => EligibilityEvaluation, { nullable: true })
  eligibilityEvaluation(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EligibilityEvaluation | null> {
    return evaluations.getEvaluation(ctx, id);
  }

  @Can('VIEW_ELIGIBILITY_EVALUATIONS')
  @Query(() => EligibilityEvaluationResult, {
    nullable: true,
    description:
      "One household's result of a DONE run with each programme's full trace; null when the run has none for it. FORBIDDEN outside the area; NO_CONSENT without FINANCES",
  })
  eligibilityEvaluationResult(
    @Arg('evaluationId', () => ID) evaluationId: string,
    @Arg('householdId', () => ID) householdId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EligibilityEvaluationResult | null> {
    return evaluations.evaluationResultOf(ctx, evaluationId, householdId);
  }
}
