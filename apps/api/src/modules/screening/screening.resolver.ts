import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Can } from '../auth/can';
import { hitRate } from '@ieum/domain';
import type { RequestContext } from '../../context';
import { Household } from '../households/households.types';
import { readHousehold } from '../consents/household-access';
import { Region } from '../regions/regions.types';
import * as candidates from './candidates.service';
import * as rounds from './rounds.service';
import * as rules from './rules.service';
import {
  Candidate,
  CandidateConnection,
  CandidateFilter,
  CandidateOrder,
  CandidateReason,
  IndicatorContribution,
  IndicatorHitRate,
  OutreachVisit,
  PreviewScreeningRulesInput,
  PreviewScreeningRulesPayload,
  RecordOutreachVisitInput,
  RecordOutreachVisitPayload,
  RuleContribution,
  RuleHitRate,
  SaveScreeningRulesInput,
  SaveScreeningRulesPayload,
  ScreeningRound,
  ScreeningRoundConnection,
  ScreeningRuleSet,
  ScreeningRoundRules,
  StartScreeningRoundInput,
  StartScreeningRoundPayload,
} from './screening.types';

@Resolver(() => ScreeningRuleSet)
export class ScreeningRulesResolver {
  @Authorized()
  @Query(() => ScreeningRuleSet, {
    description: 'The rules in force for a 시군구 (its own, or the national default), or the national ones',
  })
  screeningRules(
    @Ctx() ctx: RequestContext,
    @Arg('regionCode', () => String, { nullable: true }) regionCode?: string,
  ): Promise<ScreeningRuleSet> {
    return rules.effectiveRules(ctx.services.dataSource, regionCode ?? null);
  }

  @Authorized()
  @Query(() => [ScreeningRuleSet], { description: 'Every saved version, newest first' })
  screeningRuleHistory(
    @Ctx() ctx: RequestContext,
    @Arg('regionCode', () => String, { nullable: true }) regionCode?: string,
  ): Promise<ScreeningRuleSet[]> {
    return rules.ruleHistory(ctx.services.dataSource, regionCode ?? null);
  }

  @Can('EDIT_SCREENING_RULES')
  @Mutation(() => SaveScreeningRulesPayload, {
    description:
      'Saves a new version of a 시군구 (SUPERVISOR) or the national (ANALYST) rules. Errors: VALIDATION, FORBIDDEN, CONFLICT',
  })
  saveScreeningRules(
    @Arg('input', () => SaveScreeningRulesInput) input: SaveScreeningRulesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return rules.saveRules(ctx, input);
  }

  @Can('EDIT_SCREENING_RULES')
  @Query(() => PreviewScreeningRulesPayload, {
    description:
      'How many households draft rules would pick, before they apply. Errors: VALIDATION, FORBIDDEN',
  })
  previewScreeningRules(
    @Arg('input', () => PreviewScreeningRulesInput) input: PreviewScreeningRulesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return rules.previewRules(ctx, input);
  }
}

@Resolver(() => ScreeningRound)
export class ScreeningRoundsResolver {
  @Can('START_ROUND')
  @Mutation(() => StartScreeningRoundPayload, {
    description:
      '발굴 차수: queues a round as of a date; it runs in the background. Errors: CONFLICT, VALIDATION',
  })
  startScreeningRound(
    @Arg('input', () => StartScreeningRoundInput) input: StartScreeningRoundInput,
    @Ctx() ctx: RequestContext,
  ) {
    return rounds.startRound(ctx, input);
  }

  @Can('START_ROUND')
  @Query(() => ScreeningRoundRules, {
    description: 'The rule versions a round started now would use: shown before it is started',
  })
  nextRoundRules(@Ctx() ctx: RequestContext): Promise<ScreeningRoundRules> {
    return rounds.nextRoundRules(ctx.services.dataSource);
  }

  @Can('VIEW_ROUNDS')
  @Query(() => ScreeningRoundConnection, { description: 'Rounds, newest first' })
  async screeningRounds(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ScreeningRoundConnection> {
    return new ScreeningRoundConnection(await rounds.listRounds(ctx.services.dataSource, first, after));
  }

  @Can('VIEW_ROUNDS')
  @Query(() => ScreeningRound, { nullable: true })
  screeningRound(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ScreeningRound | null> {
    return rounds.getRound(ctx, id);
  }

  @FieldResolver(() => CandidateConnection, {
    description: "This round's candidates inside your area, by rank within 시군구",
  })
  async candidates(
    @Root() round: ScreeningRound,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CandidateFilter, { nullable: true }) filter?: CandidateFilter,
    @Arg('orderBy', () => CandidateOrder, { nullable: true, defaultValue: CandidateOrder.RANK })
    orderBy?: CandidateOrder,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<CandidateConnection> {
    return new CandidateConnection(
      await candidates.listCandidates(ctx, filter, orderBy ?? CandidateOrder.RANK, first, after, round.id),
    );
  }

  @FieldResolver(() => [IndicatorHitRate], {
    description: 'Per indicator kind: visited candidates with it, and how many had a real need',
  })
  hitRates(@Root() round: ScreeningRound, @Ctx() ctx: RequestContext): Promise<IndicatorHitRate[]> {
    return candidates.indicatorHitRates(ctx, round.id);
  }

  @FieldResolver(() => [RuleHitRate], { description: 'The same per household rule' })
  ruleHitRates(@Root() round: ScreeningRound, @Ctx() ctx: RequestContext): Promise<RuleHitRate[]> {
    return candidates.ruleHitRates(ctx, round.id);
  }

  @FieldResolver(() => Int)
  async visits(@Root() round: ScreeningRound, @Ctx() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.roundTotals.load(round.id)).visits;
  }

  @FieldResolver(() => Int)
  async hits(@Root() round: ScreeningRound, @Ctx() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.roundTotals.load(round.id)).hits;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'hits / visits over the whole round' })
  async hitRate(@Root() round: ScreeningRound, @Ctx() ctx: RequestContext): Promise<number | null> {
    const t = await ctx.loaders.roundTotals.load(round.id);
    return hitRate(t.visits, t.hits);
  }

  @FieldResolver(() => [ScreeningRuleSet], { description: 'The 시군구 rules the round used, as recorded' })
  async localRules(@Root() round: ScreeningRound, @Ctx() ctx: RequestContext): Promise<ScreeningRuleSet[]> {
    const sets = await ctx.loaders.screeningRuleSet.loadMany(round.localRuleSetIds);
    return sets.flatMap((s) =>
      s && !(s instanceof Error) ? [Object.assign(new ScreeningRuleSet(), s, { inherited: false })] : [],
    );
  }

  @FieldResolver(() => ScreeningRuleSet)
  async nationalRules(@Root() round: ScreeningRound, @Ctx() ctx: RequestContext): Promise<ScreeningRuleSet> {
    return Object.assign(
      new ScreeningRuleSet(),
      await ctx.loaders.screeningRuleSet.load(round.nationalRuleSetId),
      { inherited: false },
    );
  }
}

@Resolver(() => Candidate)
export class CandidatesResolver {
  @Can('VIEW_CANDIDATES')
  @Query(() => CandidateConnection, {
    description: '발굴 대상자 queue: candidates of sent rounds inside your area',
  })
  async candidates(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CandidateFilter, { nullable: true }) filter?: CandidateFilter,
    @Arg('orderBy', () => CandidateOrder, { nullable: true, defaultValue: CandidateOrder.NEWEST })
    orderBy?: CandidateOrder,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<CandidateConnection> {
    return new CandidateConnection(
      await candidates.listCandidates(ctx, filter, orderBy ?? CandidateOrder.NEWEST, first, after),
    );
  }

  @Can('VIEW_CANDIDATES')
  @Query(() => Candidate, { nullable: true })
  candidate(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Candidate | null> {
    return candidates.getCandidate(ctx, id);
  }

  @Can('RECORD_VISIT')
  @Mutation(() => RecordOutreachVisitPayload, {
    description: '찾아가는 복지 상담 결과. Errors: NOT_FOUND, FORBIDDEN, INVALID_STATE, VALIDATION',
  })
  recordOutreachVisit(
    @Arg('input', () => RecordOutreachVisitInput) input: RecordOutreachVisitInput,
    @Ctx() ctx: RequestContext,
  ) {
    return candidates.recordVisit(ctx, input);
  }

  @FieldResolver(() => Household, { description: 'The household (FORBIDDEN outside your area)' })
  household(@Root() c: Candidate, @Ctx() ctx: RequestContext): Promise<Household | null> {
    return readHousehold(ctx, { id: c.householdId, regionCode: c.regionCode });
  }

  @FieldResolver(() => Region)
  region(@Root() c: Candidate, @Ctx() ctx: RequestContext): Promise<Region | null> {
    return ctx.loaders.region.load(c.regionCode);
  }

  @FieldResolver(() => ScreeningRound)
  round(@Root() c: Candidate, @Ctx() ctx: RequestContext): Promise<ScreeningRound | null> {
    return ctx.loaders.screeningRound.load(c.roundId);
  }

  @FieldResolver(() => [CandidateReason], {
    description: 'Why it was picked, in words: each indicator and household rule with its points',
  })
  reasons(@Root() c: Candidate, @Ctx() ctx: RequestContext): Promise<CandidateReason[]> {
    return candidates.reasonsOf(ctx, c);
  }

  @FieldResolver(() => [IndicatorContribution])
  indicators(@Root() c: Candidate, @Ctx() ctx: RequestContext): IndicatorContribution[] {
    candidates.recordCandidateRead(ctx, c);
    return c.indicators;
  }

  @FieldResolver(() => [RuleContribution])
  rules(@Root() c: Candidate): RuleContribution[] {
    return c.rules;
  }

  @FieldResolver(() => [OutreachVisit])
  visits(@Root() c: Candidate, @Ctx() ctx: RequestContext): Promise<OutreachVisit[]> {
    return ctx.loaders.outreachVisits.load(c.id);
  }
}
