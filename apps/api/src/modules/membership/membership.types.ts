import { SafeIntResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  GUIDANCE_KINDS,
  MEMBERSHIP_CHANNELS,
  MEMBERSHIP_STATUSES,
  type ConsentScope as DomainScope,
  type GuidanceKind as DomainGuidanceKind,
  type MembershipChannel as DomainChannel,
  type MembershipStatus as DomainStatus,
  type Programme,
} from '@ieum/domain';
import { Connection } from '../../graphql/connection';
import { enumOf } from '../../graphql/enums';
import { UserError } from '../../graphql/errors';
import { LocalDateScalar } from '../../graphql/scalars';
import { BenefitProgramme } from '../benefits/benefits.types';
import { ConsentScope } from '../consents/consents.types';

export const WelfareMembershipStatus = enumOf(MEMBERSHIP_STATUSES);
registerEnumType(WelfareMembershipStatus, {
  name: 'WelfareMembershipStatus',
  description: 'ACTIVE: analysed and told; LEFT: analysis stopped when the household left',
});
export const WelfareMembershipChannel = enumOf(MEMBERSHIP_CHANNELS);
registerEnumType(WelfareMembershipChannel, {
  name: 'WelfareMembershipChannel',
  description: 'PORTAL: joined online; CENTRE: enrolled at a 행정복지센터 (any 읍면동)',
});
export const GuidanceKind = enumOf(GUIDANCE_KINDS);
registerEnumType(GuidanceKind, {
  name: 'GuidanceKind',
  description:
    'NEWLY_AVAILABLE: a programme the household may now receive; AMOUNT_RAISED: one that pays more',
});

@ObjectType({ description: '복지멤버십: a household analysed and told of benefits before it asks' })
export class WelfareMembership {
  @Field(() => ID) id!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => WelfareMembershipStatus) status!: DomainStatus;
  @Field(() => WelfareMembershipChannel) channel!: DomainChannel;
  @Field(() => ID, { description: 'The 정보제공 동의 the analysis rests on' }) consentId!: string;
  @Field(() => [ConsentScope], { description: 'The items the consent covers' }) items!: DomainScope[];
  @Field(() => LocalDateScalar) validUntil!: string;
  @Field(() => Date) joinedAt!: Date;
  @Field(() => Date, { nullable: true }) leftAt!: Date | null;
}

@InputType({
  description: '정보제공 동의 for the analysis: items, purpose, period, notice of the right to refuse',
})
export class MembershipConsentInput {
  @Field(() => [ConsentScope], { description: 'BASIC and FINANCES are needed; HEALTH adds 장애인연금' })
  items!: DomainScope[];
  @Field(() => String) purpose!: string;
  @Field(() => LocalDateScalar) validUntil!: string;
  @Field(() => Boolean, {
    description: 'The resident was told of the right to refuse and what refusing means',
  })
  refusalNoticeGiven!: boolean;
}

@InputType()
export class JoinWelfareMembershipInput {
  @Field(() => ID) householdId!: string;
  @Field(() => MembershipConsentInput) consent!: MembershipConsentInput;
}

@ObjectType()
export class WelfareMembershipPayload {
  @Field(() => WelfareMembership, { nullable: true }) membership!: WelfareMembership | null;
  @Field(() => [UserError], { description: 'VALIDATION, FORBIDDEN, NOT_FOUND, CONFLICT, INVALID_STATE' })
  errors!: UserError[];
}

@InputType()
export class LeaveWelfareMembershipInput {
  @Field(() => ID) membershipId!: string;
}

@ObjectType({
  description: '맞춤형 급여 안내: one programme the household may now receive, or that pays more',
})
export class GuidanceMessage {
  @Field(() => ID) id!: string;
  @Field(() => BenefitProgramme) programme!: Programme;
  @Field(() => GuidanceKind) kind!: DomainGuidanceKind;
  @Field(() => SafeIntResolver, {
    nullable: true,
    description: 'Won a month, as estimated; null when in kind',
  })
  estimatedMonthlyAmount!: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: 'Won a month before the change, if any' })
  previousMonthlyAmount!: number | null;
  @Field(() => [String], { description: 'Why, from the evaluation (household totals, never one member’s)' })
  reasons!: string[];
  @Field(() => LocalDateScalar, { description: 'The date it was evaluated on' }) asOf!: string;
  @Field(() => Boolean, { description: '전국 단위 신청: any 읍면동 takes the application' })
  nationwide!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  householdId!: string;
}

@ObjectType()
export class GuidanceMessageConnection extends Connection(GuidanceMessage) {}

export const GUIDANCE_RUN_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type GuidanceRunStatusValue = (typeof GUIDANCE_RUN_STATUSES)[number];
export const GuidanceRunStatus = enumOf(GUIDANCE_RUN_STATUSES);
registerEnumType(GuidanceRunStatus, { name: 'GuidanceRunStatus' });

@ObjectType({
  description: 'Every member household evaluated at once (1 January’s new parameter year, or on demand)',
})
export class WelfareGuidanceRun {
  @Field(() => ID) id!: string;
  @Field(() => LocalDateScalar) asOf!: string;
  @Field(() => GuidanceRunStatus) status!: GuidanceRunStatusValue;
  @Field(() => Float, { description: '0 to 1' }) progress!: number;
  @Field(() => Int, { nullable: true }) membersTotal!: number | null;
  @Field(() => Int) membersDone!: number;
  @Field(() => Int, { description: 'Guidance messages written' }) messages!: number;
  @Field(() => String, { nullable: true }) failure!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

@InputType()
export class StartWelfareGuidanceRunInput {
  @Field(() => LocalDateScalar) asOf!: string;
}

@ObjectType()
export class StartWelfareGuidanceRunPayload {
  @Field(() => WelfareGuidanceRun, { nullable: true }) run!: WelfareGuidanceRun | null;
  @Field(() => [UserError], { description: 'VALIDATION, CONFLICT (a run is already queued or running)' })
  errors!: UserError[];
}
