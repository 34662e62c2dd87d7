import { expandTrace, parametersUsed } from '@ieum/domain';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Can } from '../auth/can';
import { Colleague } from '../auth/auth.types';
import { Household, Person } from '../households/households.types';
import * as eligibility from './eligibility.service';
import {
  BenefitParameterUse,
  BenefitTraceStep,
  DecideEligibilityInput,
  DecideEligibilityPayload,
  EligibilityDecision,
  HouseholdMeans,
  MeansIncome,
  MeansProperty,
  MemberFacts,
  RecordHouseholdMeansInput,
  RecordHouseholdMeansPayload,
} from './eligibility.types';

@Resolver(() => EligibilityDecision)
export class EligibilityResolver {
  @Can('RECORD_MEANS')
  @Mutation(() => RecordHouseholdMeansPayload, {
    description:
      '소득·재산 기록 as of a date (a public worker of the household’s area); never changed, a correction is a new record. Errors: VALIDATION, NOT_FOUND; FORBIDDEN outside the area',
  })
  recordHouseholdMeans(
    @Arg('input', () => RecordHouseholdMeansInput) input: RecordHouseholdMeansInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RecordHouseholdMeansPayload> {
    return eligibility.recordHouseholdMeans(ctx, input);
  }

  @Can('DECIDE_ELIGIBILITY')
  @Mutation(() => DecideEligibilityPayload, {
    description:
      '수급자격 판정: decides each programme from the means in force on asOf and stores one decision per programme with its trace, superseding the current one. Errors: VALIDATION, NOT_FOUND, INVALID_STATE (no means recorded), PARAMETER_MISSING, CONFLICT; FORBIDDEN outside the area',
  })
  decideEligibility(
    @Arg('input', () => DecideEligibilityInput) input: DecideEligibilityInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DecideEligibilityPayload> {
    return eligibility.decideEligibility(ctx, input);
  }

  @Can('VIEW_MEANS')
  @Query(() => [EligibilityDecision], {
    description:
      "A household's decisions, newest first: the current one of each programme, or all with includeSuperseded. FORBIDDEN outside the area; NO_CONSENT for a private agency without a consent covering FINANCES",
  })
  eligibilityDecisions(
    @Arg('householdId', () => ID) householdId: string,
    @Arg('includeSuperseded', () => Boolean, { defaultValue: false }) includeSuperseded: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<EligibilityDecision[]> {
    return eligibility.decisionsOfHousehold(ctx, householdId, includeSuperseded);
  }

  @FieldResolver(() => [BenefitTraceStep], {
    description: 'Each step a person can read, with its parameters',
  })
  async trace(@Root() d: EligibilityDecision, @Ctx() ctx: RequestContext): Promise<BenefitTraceStep[]> {
    return expandTrace(d.storedTrace, await ctx.loaders.parameterSet.load(d.parameterSetId));
  }

  @FieldResolver(() => [BenefitParameterUse], {
    description: 'The parameter values the trace used, each once, with their effective dates',
  })
  async parameters(
    @Root() d: EligibilityDecision,
    @Ctx() ctx: RequestContext,
  ): Promise<BenefitParameterUse[]> {
    return parametersUsed(expandTrace(d.storedTrace, await ctx.loaders.parameterSet.load(d.parameterSetId)));
  }

  @FieldResolver(() => HouseholdMeans, { description: 'The means record the decision used' })
  means(@Root() d: EligibilityDecision, @Ctx() ctx: RequestContext): Promise<HouseholdMeans | null> {
    return ctx.loaders.meansRecord.load(d.meansId);
  }

  @FieldResolver(() => EligibilityDecision, { nullable: true, description: 'The decision this one replaced' })
  supersedes(
    @Root() d: EligibilityDecision,
    @Ctx() ctx: RequestContext,
  ): Promise<EligibilityDecision | null> {
    return d.supersedesId ? ctx.loaders.decision.load(d.supersedesId) : Promise.resolve(null);
  }

  @FieldResolver(() => Colleague, { nullable: true, description: 'Who decided' })
  decidedBy(@Root() d: EligibilityDecision, @Ctx() ctx: RequestContext): Promise<Colleague | null> {
    return ctx.loaders.colleague.load(d.decidedByAccount);
  }
}

@Resolver(() => HouseholdMeans)
export class HouseholdMeansResolver {
  @FieldResolver(() => Colleague, { nullable: true, description: 'Who recorded it' })
  recordedBy(@Root() m: HouseholdMeans, @Ctx() ctx: RequestContext): Promise<Colleague | null> {
    return ctx.loaders.colleague.load(m.recordedByAccount);
  }
}

// Each row's person, through the person loader (reading a name or birth date is logged by Person).
@Resolver(() => MeansIncome)
export class MeansIncomeResolver {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() r: MeansIncome, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loaders.person.load(r.personId);
  }
}

@Resolver(() => MeansProperty)
export class MeansPropertyResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The owner; null for the household as a whole',
  })
  person(@Root() r: MeansProperty, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return r.personId ? ctx.loaders.person.load(r.personId) : Promise.resolve(null);
  }
}

@Resolver(() => MemberFacts)
export class MemberFactsResolver {
  @FieldResolver(() => Person, { nullable: true })
  person(@Root() r: MemberFacts, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loaders.person.load(r.personId);
  }
}

// A household's means and decisions are FINANCES: each field passes the household guard again.
@Resolver(() => Household)
export class HouseholdEligibilityResolver {
  @FieldResolver(() => HouseholdMeans, {
    nullable: true,
    description: '소득·재산: the record in force now (latest asOf); needs FINANCES',
  })
  async means(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<HouseholdMeans | null> {
    return (await eligibility.meansOfHousehold(ctx, household))[0] ?? null;
  }

  // Nullable, so a reader without FINANCES still gets the rest of the household (with NO_CONSENT here).
  @FieldResolver(() => [HouseholdMeans], {
    nullable: true,
    description: 'Every means record, the one in force first; needs FINANCES',
  })
  meansHistory(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<HouseholdMeans[]> {
    return eligibility.meansOfHousehold(ctx, household);
  }

  @FieldResolver(() => [EligibilityDecision], {
    nullable: true,
    description: 'The current decision of each programme, newest first; needs FINANCES',
  })
  eligibilityDecisions(
    @Root() household: Household,
    @Ctx() ctx: RequestContext,
  ): Promise<EligibilityDecision[]> {
    return eligibility.decisionsOfHousehold(ctx, household.id, false);
  }
}

export const ELIGIBILITY_RESOLVERS = [
  EligibilityResolver,
  HouseholdMeansResolver,
  MeansIncomeResolver,
  MeansPropertyResolver,
  MemberFactsResolver,
  HouseholdEligibilityResolver,
] as const;
