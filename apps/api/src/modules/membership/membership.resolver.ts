import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Can } from '../auth/can';
import * as membership from './membership.service';
import { guidanceRun, startGuidanceRun } from './guidance-runs.service';
import {
  GuidanceMessageConnection,
  JoinWelfareMembershipInput,
  LeaveWelfareMembershipInput,
  StartWelfareGuidanceRunInput,
  StartWelfareGuidanceRunPayload,
  WelfareGuidanceRun,
  WelfareMembership,
  WelfareMembershipPayload,
} from './membership.types';

@Resolver()
export class WelfareMembershipResolver {
  @Can('ENROL_MEMBERSHIP')
  @Mutation(() => WelfareMembershipPayload, {
    description:
      '복지멤버십 가입 at any 행정복지센터, with the consent the analysis rests on (BASIC and FINANCES; HEALTH adds 장애인연금). Errors: VALIDATION, FORBIDDEN, NOT_FOUND, CONFLICT (already a member)',
  })
  joinWelfareMembership(
    @Arg('input', () => JoinWelfareMembershipInput) input: JoinWelfareMembershipInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WelfareMembershipPayload> {
    return membership.joinWelfareMembership(ctx, input);
  }

  @Can('ENROL_MEMBERSHIP')
  @Mutation(() => WelfareMembershipPayload, {
    description:
      '복지멤버십 탈퇴, at once: analysis stops, the consent is withdrawn, unsent messages are cancelled. Errors: FORBIDDEN, NOT_FOUND, INVALID_STATE (already left)',
  })
  leaveWelfareMembership(
    @Arg('input', () => LeaveWelfareMembershipInput) input: LeaveWelfareMembershipInput,
    @Ctx() ctx: RequestContext,
  ): Promise<WelfareMembershipPayload> {
    return membership.leaveWelfareMembership(ctx, input);
  }

  @Can('VIEW_GUIDANCE')
  @Query(() => [WelfareMembership], { description: 'A household’s 복지멤버십, the current one first' })
  welfareMemberships(
    @Arg('householdId', () => ID) householdId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WelfareMembership[]> {
    return membership.membershipsOfHousehold(ctx, householdId);
  }

  @Can('VIEW_GUIDANCE')
  @Query(() => GuidanceMessageConnection, {
    description: '맞춤형 급여 안내 of a member household, newest first (FINANCES, as its means)',
  })
  async welfareGuidance(
    @Arg('householdId', () => ID) householdId: string,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<GuidanceMessageConnection> {
    return new GuidanceMessageConnection(
      await membership.guidanceOfHousehold(ctx, householdId, first, after),
    );
  }

  @Can('START_GUIDANCE_RUN')
  @Mutation(() => StartWelfareGuidanceRunPayload, {
    description:
      'Evaluates every member household on a date as a background job (what 1 January does for the new parameter year). Errors: VALIDATION, CONFLICT',
  })
  startWelfareGuidanceRun(
    @Arg('input', () => StartWelfareGuidanceRunInput) input: StartWelfareGuidanceRunInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StartWelfareGuidanceRunPayload> {
    return startGuidanceRun(ctx, input);
  }

  @Can('START_GUIDANCE_RUN')
  @Query(() => WelfareGuidanceRun, { nullable: true })
  welfareGuidanceRun(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WelfareGuidanceRun | null> {
    return guidanceRun(ctx, id);
  }
}
