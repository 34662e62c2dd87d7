import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/can';
import { availableReferralActions, type ReferralAction } from '@ieum/domain';
import type { RequestContext } from '../../context';
import { PAGE_ARG } from '../../graphql/connection';
import { Agency } from '../agencies/agencies.types';
import { Colleague } from '../auth/auth.types';
import { readHousehold } from '../consents/household-access';
import { Household } from '../households/households.types';
import * as referrals from './referrals.service';
import {
  AcceptReferralPayload,
  CancelReferralPayload,
  CompleteReferralInput,
  CompleteReferralPayload,
  DeclineReferralInput,
  DeclineReferralPayload,
  ReceiveReferralPayload,
  Referral,
  ReferralAction as ReferralActionEnum,
  ReferralConnection,
  ReferralEvent,
  ReferralFilter,
  ReferralOrder,
  ReferralStepInput,
  SendReferralInput,
  SendReferralPayload,
  StartReferralServicePayload,
} from './referrals.types';
import { Resource } from '../resources/resources.types';

const STEP = 'INVALID_TRANSITION, FORBIDDEN, CONFLICT, NOT_FOUND';

@Resolver(() => Referral)
export class ReferralsResolver {
  @Authorized()
  @Query(() => ReferralConnection, {
    description: '받은 의뢰 (INCOMING) / 보낸 의뢰 (OUTGOING) of your agency, newest first',
  })
  async referrals(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter?: ReferralFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('orderBy', () => [ReferralOrder], { nullable: true, description: 'Default: newest sent first' })
    orderBy?: ReferralOrder[],
    @Arg('page', () => Int, { nullable: true, description: PAGE_ARG }) page?: number,
  ): Promise<ReferralConnection> {
    return new ReferralConnection(
      await referrals.listReferrals(ctx, filter, { first, after, orderBy, page }),
    );
  }

  @Authorized()
  @Query(() => Referral, { nullable: true })
  referral(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Referral | null> {
    return referrals.getReferral(ctx, id);
  }

  @Can('SEND_REFERRAL')
  @Mutation(() => SendReferralPayload, {
    description: '서비스 의뢰. Errors: NO_CONSENT, FORBIDDEN, VALIDATION, INVALID_STATE, NOT_FOUND',
  })
  sendReferral(@Arg('input', () => SendReferralInput) input: SendReferralInput, @Ctx() ctx: RequestContext) {
    return referrals.sendReferral(ctx, input);
  }

  @Can('ACT_ON_REFERRAL')
  @Mutation(() => ReceiveReferralPayload, { description: `접수 (receiving agency). Errors: ${STEP}` })
  receiveReferral(
    @Arg('input', () => ReferralStepInput) input: ReferralStepInput,
    @Ctx() ctx: RequestContext,
  ) {
    return referrals.stepReferral(ctx, ReceiveReferralPayload, input.referralId, 'RECEIVE');
  }

  @Can('ACT_ON_REFERRAL')
  @Mutation(() => AcceptReferralPayload, {
    description: `수락 (receiving agency; it joins the case). Errors: ${STEP}`,
  })
  acceptReferral(
    @Arg('input', () => ReferralStepInput) input: ReferralStepInput,
    @Ctx() ctx: RequestContext,
  ) {
    return referrals.stepReferral(ctx, AcceptReferralPayload, input.referralId, 'ACCEPT');
  }

  @Can('ACT_ON_REFERRAL')
  @Mutation(() => DeclineReferralPayload, {
    description: `거절 with a reason (receiving agency). Errors: ${STEP}, VALIDATION`,
  })
  declineReferral(
    @Arg('input', () => DeclineReferralInput) input: DeclineReferralInput,
    @Ctx() ctx: RequestContext,
  ) {
    return referrals.stepReferral(ctx, DeclineReferralPayload, input.referralId, 'DECLINE', {
      reason: input.reason,
    });
  }

  @Can('ACT_ON_REFERRAL')
  @Mutation(() => StartReferralServicePayload, {
    description: `서비스 시작 (receiving agency). Errors: ${STEP}`,
  })
  startReferralService(
    @Arg('input', () => ReferralStepInput) input: ReferralStepInput,
    @Ctx() ctx: RequestContext,
  ) {
    return referrals.stepReferral(ctx, StartReferralServicePayload, input.referralId, 'START_SERVICE');
  }

  @Can('ACT_ON_REFERRAL')
  @Mutation(() => CompleteReferralPayload, {
    description: `완료·회송 with an outcome; the service is written onto the case. Errors: ${STEP}, VALIDATION`,
  })
  completeReferral(
    @Arg('input', () => CompleteReferralInput) input: CompleteReferralInput,
    @Ctx() ctx: RequestContext,
  ) {
    return referrals.stepReferral(ctx, CompleteReferralPayload, input.referralId, 'COMPLETE', {
      outcome: input.outcome,
      note: input.note,
    });
  }

  @Can('ACT_ON_REFERRAL')
  @Mutation(() => CancelReferralPayload, {
    description: `취소 before acceptance (sending agency). Errors: ${STEP}`,
  })
  cancelReferral(
    @Arg('input', () => ReferralStepInput) input: ReferralStepInput,
    @Ctx() ctx: RequestContext,
  ) {
    return referrals.stepReferral(ctx, CancelReferralPayload, input.referralId, 'CANCEL');
  }

  @FieldResolver(() => [ReferralEvent])
  history(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<ReferralEvent[]> {
    return ctx.loaders.referralHistory.load(r.id);
  }

  @FieldResolver(() => Colleague, {
    nullable: true,
    description: 'The worker who sent it: name, work phone and agency, for the receiving agency to call',
  })
  sentBy(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<Colleague | null> {
    return ctx.loaders.colleague.load(r.sentByAccount);
  }

  @FieldResolver(() => Agency)
  fromAgency(@Root() r: Referral, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(r.fromAgencyId);
  }

  @FieldResolver(() => Agency)
  toAgency(@Root() r: Referral, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(r.toAgencyId);
  }

  @FieldResolver(() => Resource, {
    nullable: true,
    description: 'The directory resource asked for, with its places free, where the referral names one',
  })
  resource(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<Resource | null> | null {
    return r.resourceId ? ctx.loaders.resource.load(r.resourceId) : null;
  }

  @FieldResolver(() => [ReferralActionEnum], { description: "What the viewer's agency may do now" })
  availableActions(@Root() r: Referral, @Ctx() ctx: RequestContext): ReferralAction[] {
    const agency = ctx.actor!.agencyId;
    const side = agency === r.fromAgencyId ? 'SENDER' : agency === r.toAgencyId ? 'RECEIVER' : null;
    return side ? availableReferralActions(r.status, side) : [];
  }

  @FieldResolver(() => Household, {
    nullable: true,
    description: 'The household, as far as the resident’s consent allows (NO_CONSENT otherwise)',
  })
  async household(@Root() r: Referral, @Ctx() ctx: RequestContext): Promise<Household | null> {
    return readHousehold(ctx, { id: r.householdId, regionCode: r.regionCode });
  }
}

@Resolver(() => ReferralEvent)
export class ReferralEventResolver {
  @FieldResolver(() => Agency)
  agency(@Root() e: ReferralEvent, @Ctx() ctx: RequestContext) {
    return ctx.loaders.agency.load(e.agencyId);
  }

  @FieldResolver(() => Colleague, { nullable: true, description: 'Who took the step, by name' })
  by(@Root() e: ReferralEvent, @Ctx() ctx: RequestContext): Promise<Colleague | null> {
    return ctx.loaders.colleague.load(e.account);
  }
}
