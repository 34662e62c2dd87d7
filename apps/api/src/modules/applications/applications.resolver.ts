import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { availableApplicationActions, programmeFacts, type ApplicationAction } from '@ieum/domain';
import type { RequestContext } from '../../context';
import { Agency } from '../agencies/agencies.types';
import { Can } from '../auth/can';
import { Colleague } from '../auth/auth.types';
import { readHousehold } from '../consents/household-access';
import { decisionsOfHousehold } from '../eligibility/eligibility.service';
import { EligibilityDecision } from '../eligibility/eligibility.types';
import { Household } from '../households/households.types';
import { Region } from '../regions/regions.types';
import * as applications from './applications.service';
import {
  ApplicationProgrammeInfo,
  ApproveBenefitApplicationPayload,
  BenefitApplication,
  BenefitApplicationAction,
  BenefitApplicationConnection,
  BenefitApplicationEvent,
  BenefitApplicationFilter,
  BenefitApplicationStepInput,
  RejectBenefitApplicationInput,
  RejectBenefitApplicationPayload,
  RequestApplicationDocumentsInput,
  RequestApplicationDocumentsPayload,
  ReviewBenefitApplicationPayload,
  SubmitBenefitApplicationInput,
  SubmitBenefitApplicationPayload,
  WithdrawBenefitApplicationPayload,
} from './applications.types';

const STEP = 'FORBIDDEN, INVALID_TRANSITION, CONFLICT, NOT_FOUND';

@Resolver(() => BenefitApplication)
export class BenefitApplicationsResolver {
  @Authorized()
  @Query(() => [ApplicationProgrammeInfo], {
    description: 'What can be applied for, with where (nationwide) and by whom (onBehalfAllowed)',
  })
  applicationProgrammes(): ApplicationProgrammeInfo[] {
    return applications.listProgrammes();
  }

  @Can('SUBMIT_APPLICATION')
  @Query(() => BenefitApplicationConnection, {
    description: '받은 신청 (INCOMING) / 보낸 신청 (OUTGOING), newest first; both by default',
  })
  async benefitApplications(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => BenefitApplicationFilter, { nullable: true }) filter?: BenefitApplicationFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<BenefitApplicationConnection> {
    return new BenefitApplicationConnection(
      await applications.listApplications(ctx, filter, { first, after }),
    );
  }

  @Can('SUBMIT_APPLICATION')
  @Query(() => BenefitApplication, {
    nullable: true,
    description: 'An application your agency took or your area received; null otherwise',
  })
  benefitApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return applications.getApplication(ctx, id);
  }

  @Can('SUBMIT_APPLICATION')
  @Mutation(() => SubmitBenefitApplicationPayload, {
    description:
      '급여 신청, received by the household’s home 읍면동. Give householdId (your area, or with consentId for 민간기관 신청 대행) or applicantRrn (the applicant present, nationwide programmes anywhere). Errors: VALIDATION, INVALID_RRN, NOT_FOUND, FORBIDDEN, NOT_NATIONWIDE, NO_CONSENT, DUPLICATE',
  })
  submitBenefitApplication(
    @Arg('input', () => SubmitBenefitApplicationInput) input: SubmitBenefitApplicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return applications.submitApplication(ctx, input);
  }

  @Can('REVIEW_APPLICATION')
  @Mutation(() => ReviewBenefitApplicationPayload, {
    description: `검토 시작 (or resume once documents are in), by the receiving 읍면동. Errors: ${STEP}`,
  })
  reviewBenefitApplication(
    @Arg('input', () => BenefitApplicationStepInput) input: BenefitApplicationStepInput,
    @Ctx() ctx: RequestContext,
  ) {
    return applications.stepApplication(ctx, ReviewBenefitApplicationPayload, input.applicationId, 'REVIEW');
  }

  @Can('REVIEW_APPLICATION')
  @Mutation(() => RequestApplicationDocumentsPayload, {
    description: `서류 보완 요청, naming the documents, by the receiving 읍면동. Errors: ${STEP}, VALIDATION`,
  })
  requestApplicationDocuments(
    @Arg('input', () => RequestApplicationDocumentsInput) input: RequestApplicationDocumentsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return applications.stepApplication(
      ctx,
      RequestApplicationDocumentsPayload,
      input.applicationId,
      'REQUEST_DOCUMENTS',
      input.reason,
    );
  }

  @Can('REVIEW_APPLICATION')
  @Mutation(() => ApproveBenefitApplicationPayload, {
    description: `승인, by the receiving 읍면동. Errors: ${STEP}`,
  })
  approveBenefitApplication(
    @Arg('input', () => BenefitApplicationStepInput) input: BenefitApplicationStepInput,
    @Ctx() ctx: RequestContext,
  ) {
    return applications.stepApplication(
      ctx,
      ApproveBenefitApplicationPayload,
      input.applicationId,
      'APPROVE',
    );
  }

  @Can('REVIEW_APPLICATION')
  @Mutation(() => RejectBenefitApplicationPayload, {
    description: `반려 with a reason, by the receiving 읍면동. Errors: ${STEP}, VALIDATION`,
  })
  rejectBenefitApplication(
    @Arg('input', () => RejectBenefitApplicationInput) input: RejectBenefitApplicationInput,
    @Ctx() ctx: RequestContext,
  ) {
    return applications.stepApplication(
      ctx,
      RejectBenefitApplicationPayload,
      input.applicationId,
      'REJECT',
      input.reason,
    );
  }

  @Can('SUBMIT_APPLICATION')
  @Mutation(() => WithdrawBenefitApplicationPayload, {
    description: `신청 철회 before a decision, by the agency that applied. Errors: ${STEP}`,
  })
  withdrawBenefitApplication(
    @Arg('input', () => BenefitApplicationStepInput) input: BenefitApplicationStepInput,
    @Ctx() ctx: RequestContext,
  ) {
    return applications.stepApplication(
      ctx,
      WithdrawBenefitApplicationPayload,
      input.applicationId,
      'WITHDRAW',
    );
  }

  @FieldResolver(() => String, { description: 'The programme’s Korean name' })
  programmeLabel(@Root() a: BenefitApplication): string {
    return programmeFacts(a.programme).ko;
  }

  @FieldResolver(() => String)
  programmeLabelEn(@Root() a: BenefitApplication): string {
    return programmeFacts(a.programme).en;
  }

  @FieldResolver(() => Region, { description: 'The household’s home 읍면동, which decides' })
  async receivingRegion(@Root() a: BenefitApplication, @Ctx() ctx: RequestContext): Promise<Region> {
    return (await ctx.loaders.region.load(a.receivingRegionCode))!;
  }

  @FieldResolver(() => Agency, { description: 'The agency that took or applied for it' })
  async applicantAgency(@Root() a: BenefitApplication, @Ctx() ctx: RequestContext): Promise<Agency> {
    return (await ctx.loaders.agency.load(a.applicantAgencyId))!;
  }

  @FieldResolver(() => Colleague, { nullable: true, description: 'Who took it, by name' })
  submittedBy(@Root() a: BenefitApplication, @Ctx() ctx: RequestContext): Promise<Colleague | null> {
    return ctx.loaders.colleague.load(a.submittedByAccount);
  }

  @FieldResolver(() => [BenefitApplicationEvent], { description: 'Every step, oldest first' })
  history(@Root() a: BenefitApplication, @Ctx() ctx: RequestContext): Promise<BenefitApplicationEvent[]> {
    return ctx.loaders.benefitApplicationHistory.load(a.id);
  }

  @FieldResolver(() => [BenefitApplicationAction], { description: 'What the viewer may do now' })
  async availableActions(
    @Root() a: BenefitApplication,
    @Ctx() ctx: RequestContext,
  ): Promise<ApplicationAction[]> {
    return availableApplicationActions(a.status, await applications.sidesOf(ctx, a));
  }

  @FieldResolver(() => EligibilityDecision, {
    nullable: true,
    description:
      "The engine's proposal: the household's current eligibility decision for this programme (수급자격 판정), null when none is on record or the programme has no rule. Needs FINANCES, as the household's decisions do",
  })
  async proposal(
    @Root() a: BenefitApplication,
    @Ctx() ctx: RequestContext,
  ): Promise<EligibilityDecision | null> {
    const decisions = await decisionsOfHousehold(ctx, a.householdId, false);
    return decisions.find((d) => d.programme === a.programme) ?? null;
  }

  @FieldResolver(() => Household, {
    nullable: true,
    description:
      'The household, only where the viewer may see it (its area, or a consent): a centre elsewhere that took the application hears FORBIDDEN',
  })
  household(@Root() a: BenefitApplication, @Ctx() ctx: RequestContext): Promise<Household | null> {
    return readHousehold(ctx, a.householdId);
  }
}

@Resolver(() => BenefitApplicationEvent)
export class BenefitApplicationEventResolver {
  @FieldResolver(() => Agency)
  async agency(@Root() e: BenefitApplicationEvent, @Ctx() ctx: RequestContext): Promise<Agency> {
    return (await ctx.loaders.agency.load(e.agencyId))!;
  }

  @FieldResolver(() => Colleague, { nullable: true, description: 'Who took the step, by name' })
  by(@Root() e: BenefitApplicationEvent, @Ctx() ctx: RequestContext): Promise<Colleague | null> {
    return ctx.loaders.colleague.load(e.account);
  }
}
