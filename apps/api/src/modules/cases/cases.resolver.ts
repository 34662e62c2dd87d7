import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/can';
import type { RequestContext } from '../../context';
import { PAGE_ARG } from '../../graphql/connection';
import { Agency } from '../agencies/agencies.types';
import { User } from '../auth/auth.types';
import { readHousehold } from '../consents/household-access';
import { Household } from '../households/households.types';
import { Referral } from '../referrals/referrals.types';
import { caseAccessOf, viewOfCase } from './case-access';
import * as cases from './cases.service';
import { caseDashboard } from './dashboard.service';
import {
  AddProgressNoteInput,
  AddProgressNotePayload,
  AddServicePlanGoalInput,
  AddServicePlanGoalPayload,
  AssessNeedsInput,
  AssessNeedsPayload,
  Case,
  CaseAccess,
  CaseConference,
  CaseConnection,
  CaseDashboard,
  CaseEvent,
  CaseFilter,
  CaseGoal,
  CaseOrder,
  CaseService,
  CloseCaseInput,
  CloseCasePayload,
  ConferenceParticipant,
  DatePeriod,
  DistrictWorker,
  NeedsAssessment,
  OpenCaseInput,
  OpenCasePayload,
  ProgressNote,
  RecordCaseConferenceInput,
  RecordCaseConferencePayload,
  RecordServiceInput,
  RecordServicePayload,
  ReferralFlow,
  WorkerCaseload,
} from './cases.types';

@Resolver(() => Case)
export class CasesResolver {
  @Authorized()
  @Query(() => CaseConnection, {
    description: 'Cases in your area, or (private agencies) the cases your agency is on',
  })
  async cases(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter?: CaseFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('orderBy', () => [CaseOrder], { nullable: true, description: 'Default: newest opened first' })
    orderBy?: CaseOrder[],
    @Arg('page', () => Int, { nullable: true, description: PAGE_ARG }) page?: number,
  ): Promise<CaseConnection> {
    return new CaseConnection(await cases.listCases(ctx, filter, { first, after, orderBy, page }));
  }

  @Can('OVERSEE_SIGUNGU')
  @Query(() => [DistrictWorker], {
    description: "The public workers of the supervisor's 시군구, by name (for the case list's worker filter)",
  })
  districtWorkers(@Ctx() ctx: RequestContext): Promise<DistrictWorker[]> {
    return cases.districtWorkers(ctx);
  }

  @Authorized()
  @Query(() => Case, {
    nullable: true,
    description: 'One case; NO_CONSENT for a partner without consent, FORBIDDEN outside your area',
  })
  case(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Case | null> {
    return cases.getCase(ctx, id);
  }

  @Can('OPEN_CASE')
  @Mutation(() => OpenCasePayload, {
    description: '사례 개시. Errors: CONFLICT, FORBIDDEN, NOT_FOUND, VALIDATION',
  })
  openCase(@Arg('input', () => OpenCaseInput) input: OpenCaseInput, @Ctx() ctx: RequestContext) {
    return cases.openCase(ctx, input);
  }

  @Can('WORK_ON_CASE')
  @Mutation(() => AssessNeedsPayload, { description: '욕구사정 over the ten domains' })
  assessNeeds(@Arg('input', () => AssessNeedsInput) input: AssessNeedsInput, @Ctx() ctx: RequestContext) {
    return cases.assessNeeds(ctx, input);
  }

  @Can('WORK_ON_CASE')
  @Mutation(() => AddServicePlanGoalPayload, { description: '서비스 계획: a goal tied to assessed needs' })
  addServicePlanGoal(
    @Arg('input', () => AddServicePlanGoalInput) input: AddServicePlanGoalInput,
    @Ctx() ctx: RequestContext,
  ) {
    return cases.addGoal(ctx, input);
  }

  @Can('WORK_ON_CASE')
  @Mutation(() => RecordServicePayload, { description: '서비스 제공 기록, by any agency on the case' })
  recordService(
    @Arg('input', () => RecordServiceInput) input: RecordServiceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return cases.recordService(ctx, input);
  }

  @Can('WORK_ON_CASE')
  @Mutation(() => RecordCaseConferencePayload, {
    description: '사례회의: participants from several agencies and its decisions',
  })
  recordCaseConference(
    @Arg('input', () => RecordCaseConferenceInput) input: RecordCaseConferenceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return cases.recordConference(ctx, input);
  }

  @Can('WORK_ON_CASE')
  @Mutation(() => AddProgressNotePayload, { description: '모니터링: a dated progress note' })
  addProgressNote(
    @Arg('input', () => AddProgressNoteInput) input: AddProgressNoteInput,
    @Ctx() ctx: RequestContext,
  ) {
    return cases.addProgressNote(ctx, input);
  }

  @Can('WORK_ON_CASE')
  @Mutation(() => CloseCasePayload, { description: '종결 with a reason' })
  closeCase(@Arg('input', () => CloseCaseInput) input: CloseCaseInput, @Ctx() ctx: RequestContext) {
    return cases.closeCase(ctx, input);
  }

  @Can('VIEW_DASHBOARD')
  @Query(() => CaseDashboard, {
    description: "A 시군구's caseload, referral flow and needs (a supervisor's own 시군구)",
  })
  caseDashboard(
    @Ctx() ctx: RequestContext,
    @Arg('regionCode', () => String, { nullable: true }) regionCode?: string,
    @Arg('period', () => DatePeriod, {
      nullable: true,
      description: 'Referrals and screening rounds sent in these days; caseloads are as of now',
    })
    period?: DatePeriod,
  ): Promise<CaseDashboard> {
    return caseDashboard(ctx, regionCode, period);
  }

  @FieldResolver(() => Household, {
    nullable: true,
    description: 'As far as consent allows (NO_CONSENT otherwise)',
  })
  async household(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<Household | null> {
    return readHousehold(ctx, { id: c.householdId, regionCode: c.regionCode });
  }

  @FieldResolver(() => Agency)
  leadAgency(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(c.leadAgencyId);
  }

  @FieldResolver(() => User)
  responsible(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(c.responsibleUserId);
  }

  @FieldResolver(() => [Agency])
  async partners(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.loadMany(await ctx.loaders.casePartners.load(c.id));
  }

  @FieldResolver(() => CaseAccess)
  async access(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseAccess> {
    return caseAccessOf(ctx, c);
  }

  @FieldResolver(() => [NeedsAssessment], {
    description: 'Newest first; domains your consent does not cover are left out',
  })
  assessments(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return cases.visibleAssessments(ctx, c);
  }

  @FieldResolver(() => [CaseGoal])
  async goals(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return (await cases.sectionAllowed(ctx, c, 'CASE_NOTES'))
      ? (await ctx.loaders.caseSections.load(c.id)).goals
      : [];
  }

  @FieldResolver(() => [CaseService])
  async services(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return (await cases.sectionAllowed(ctx, c, 'CASE_NOTES'))
      ? (await ctx.loaders.caseSections.load(c.id)).services
      : [];
  }

  @FieldResolver(() => [CaseConference])
  async conferences(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return (await cases.sectionAllowed(ctx, c, 'CASE_NOTES'))
      ? (await ctx.loaders.caseSections.load(c.id)).conferences
      : [];
  }

  @FieldResolver(() => [ProgressNote])
  async progressNotes(@Root() c: Case, @Ctx() ctx: RequestContext) {
    return (await cases.sectionAllowed(ctx, c, 'CASE_NOTES'))
      ? (await ctx.loaders.caseSections.load(c.id)).notes
      : [];
  }

  @FieldResolver(() => [Referral], {
    description: "The case's referrals (a partner sees the ones its agency is part of)",
  })
  async referrals(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<Referral[]> {
    const all = await ctx.loaders.caseReferrals.load(c.id);
    const { access } = await viewOfCase(ctx, c);
    if (access.kind === 'FULL') return all;
    return all.filter((r) => r.fromAgencyId === ctx.actor!.agencyId || r.toAgencyId === ctx.actor!.agencyId);
  }

  @FieldResolver(() => [CaseEvent])
  async timeline(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CaseEvent[]> {
    const notes = await cases.sectionAllowed(ctx, c, 'CASE_NOTES');
    const sections = notes
      ? await ctx.loaders.caseSections.load(c.id)
      : { goals: [], services: [], conferences: [], notes: [] };
    const referrals = await this.referrals(c, ctx);
    const history = (await ctx.loaders.referralHistory.loadMany(referrals.map((r) => r.id))).flatMap(
      (h, i) =>
        h instanceof Error
          ? []
          : h.map((e) => ({ at: e.at, status: e.status, service: referrals[i].service })),
    );
    return cases.timelineOf(c, sections, await cases.visibleAssessments(ctx, c), history);
  }
}

@Resolver(() => NeedsAssessment)
export class NeedsAssessmentResolver {
  @FieldResolver(() => Agency)
  agency(@Root() a: NeedsAssessment, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(a.agencyId);
  }
}

@Resolver(() => CaseService)
export class CaseServiceResolver {
  @FieldResolver(() => Agency)
  agency(@Root() s: CaseService, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(s.agencyId);
  }
}

@Resolver(() => ProgressNote)
export class ProgressNoteResolver {
  @FieldResolver(() => Agency)
  agency(@Root() n: ProgressNote, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(n.agencyId);
  }
}

@Resolver(() => ConferenceParticipant)
export class ConferenceParticipantResolver {
  @FieldResolver(() => Agency, { nullable: true })
  agency(@Root() p: ConferenceParticipant, @Ctx() ctx: RequestContext) {
    return p.agencyId ? ctx.loaders.agency.load(p.agencyId) : null;
  }
}

@Resolver(() => WorkerCaseload)
export class WorkerCaseloadResolver {
  @FieldResolver(() => User)
  worker(@Root() w: WorkerCaseload, @Ctx() ctx: RequestContext) {
    return ctx.loaders.user.load(w.workerId);
  }
}

@Resolver(() => ReferralFlow)
export class ReferralFlowResolver {
  @FieldResolver(() => Agency)
  fromAgency(@Root() f: ReferralFlow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(f.fromAgencyId);
  }

  @FieldResolver(() => Agency)
  toAgency(@Root() f: ReferralFlow, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(f.toAgencyId);
  }
}

@Resolver(() => DistrictWorker)
export class DistrictWorkerResolver {
  @FieldResolver(() => Agency)
  agency(@Root() w: DistrictWorker, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(w.agencyId);
  }
}
