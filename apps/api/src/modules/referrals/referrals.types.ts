import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  REFERRAL_ACTIONS,
  REFERRAL_OUTCOMES,
  REFERRAL_STATUSES,
  type ReferralAction as DomainAction,
  type ReferralOutcome as DomainOutcome,
  type ReferralStatus as DomainStatus,
} from '@ieum/domain';
import { Connection, SortDirection } from '../../graphql/connection';
import { enumOf } from '../../graphql/enums';
import { ErrorCode, UserError } from '../../graphql/errors';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../agencies/agencies.types';

export const ReferralStatus = enumOf(REFERRAL_STATUSES);
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: '의뢰, 접수, 수락, 거절, 서비스 중, 완료(회송), 취소',
});
export const ReferralOutcome = enumOf(REFERRAL_OUTCOMES);
registerEnumType(ReferralOutcome, { name: 'ReferralOutcome', description: '회송 결과' });
export const ReferralAction = enumOf(REFERRAL_ACTIONS);
registerEnumType(ReferralAction, { name: 'ReferralAction' });
@ObjectType({
  implements: UserError,
  description: 'A step the referral cannot take from its status (code INVALID_TRANSITION)',
})
export class InvalidTransitionError extends UserError {
  @Field(() => ReferralStatus, { description: 'The status the referral is in' }) from!: DomainStatus;
  @Field(() => ReferralAction, { description: 'The step that was asked for' }) action!: DomainAction;
}

export function invalidTransition(
  from: DomainStatus,
  action: DomainAction,
  path: string[],
): InvalidTransitionError {
  return Object.assign(new InvalidTransitionError(), {
    code: ErrorCode.INVALID_TRANSITION,
    message: `A referral that is ${from} cannot take ${action}.`,
    path,
    from,
    action,
  });
}

export enum ReferralDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
  DISTRICT = 'DISTRICT',
}
registerEnumType(ReferralDirection, {
  name: 'ReferralDirection',
  description:
    "받은 의뢰 / 보낸 의뢰 of your agency; DISTRICT: every referral sent or received by an agency of a supervisor's 시군구",
});

@ObjectType({ description: 'One step of a referral, kept for good' })
export class ReferralEvent {
  @Field(() => ReferralStatus) status!: DomainStatus;
  @Field(() => Date) at!: Date;
  agencyId!: string;
  @Field(() => Agency) agency?: Agency;
  @Field(() => String) account!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType({ description: '서비스 의뢰: an agency asks another for a service for a household on a case' })
export class Referral {
  @Field(() => ID) id!: string;
  @Field(() => ReferralStatus) status!: DomainStatus;
  @Field(() => ReferralOutcome, { nullable: true }) outcome!: DomainOutcome | null;
  @Field(() => String, { nullable: true }) outcomeNote!: string | null;
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => String) service!: string;
  @Field(() => String) note!: string;
  @Field(() => LocalDateScalar) sentOn!: string;
  @Field(() => LocalDateScalar) replyBy!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'When the current step is due' }) deadline!:
    string | null;
  @Field(() => Boolean, { description: 'The current step is past its deadline' }) overdue!: boolean;
  @Field(() => ID) caseId!: string;
  @Field(() => Int, { description: 'The case’s 사례번호' }) caseNumber!: number;
  fromAgencyId!: string;
  toAgencyId!: string;
  resourceId!: string | null;
  householdId!: string;
  regionCode!: string;
  sentByAccount!: string;
  statusSince!: Date;
  version!: number;
}

@ObjectType()
export class ReferralConnection extends Connection(Referral) {}

@InputType()
export class ReferralFilter {
  @Field(() => ReferralDirection, { nullable: true, description: 'Default: both' })
  direction?: ReferralDirection;
  @Field(() => ReferralStatus, { nullable: true }) status?: DomainStatus;
  @Field(() => Boolean, { nullable: true }) overdue?: boolean;
  @Field(() => String, {
    nullable: true,
    description: "Households in this region (a 읍면동 of the district); inside the caller's area",
  })
  regionCode?: string;
  @Field(() => ID, { nullable: true, description: 'Sent or received by this agency (DISTRICT)' })
  agencyId?: string;
}

export enum ReferralOrderField {
  SENT_AT = 'SENT_AT',
  REPLY_BY = 'REPLY_BY',
  DEADLINE = 'DEADLINE',
  STATUS = 'STATUS',
  SERVICE = 'SERVICE',
  FROM_AGENCY = 'FROM_AGENCY',
  TO_AGENCY = 'TO_AGENCY',
}
registerEnumType(ReferralOrderField, {
  name: 'ReferralOrderField',
  description:
    'SENT_AT, REPLY_BY, DEADLINE (the current step; finished ones last), STATUS (in the order of the loop), SERVICE, FROM_AGENCY and TO_AGENCY by name',
});

@InputType()
export class ReferralOrder {
  @Field(() => ReferralOrderField) field!: ReferralOrderField;
  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC }) direction?: SortDirection;
}

@InputType()
export class SendReferralInput {
  @Field(() => ID) caseId!: string;
  @Field(() => ID, {
    nullable: true,
    description: "The agency asked to serve; with resourceId it may be left out (the resource's agency)",
  })
  toAgencyId?: string;
  @Field(() => ID, {
    nullable: true,
    description: 'A directory resource (복지자원) asked for: accepting takes one of its counted places',
  })
  resourceId?: string;
  @Field(() => String, {
    description: "The service asked for; with resourceId, empty means the resource's name",
  })
  service!: string;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Reply wanted by; defaults to 5 working days',
  })
  replyBy?: string;
}

@InputType()
export class ReferralStepInput {
  @Field(() => ID) referralId!: string;
}

@InputType()
export class DeclineReferralInput {
  @Field(() => ID) referralId!: string;
  @Field(() => String) reason!: string;
}

@InputType()
export class CompleteReferralInput {
  @Field(() => ID) referralId!: string;
  @Field(() => ReferralOutcome) outcome!: DomainOutcome;
  @Field(() => String, { nullable: true }) note?: string;
}

const ERRORS = 'INVALID_TRANSITION, FORBIDDEN, VALIDATION, CONFLICT, NOT_FOUND';
function payload(name: string, errors = ERRORS) {
  @ObjectType(name)
  class ReferralPayload {
    @Field(() => Referral, { nullable: true }) referral!: Referral | null;
    @Field(() => [UserError], { description: errors }) errors!: UserError[];
  }
  return ReferralPayload;
}
export const SendReferralPayload = payload(
  'SendReferralPayload',
  'NO_CONSENT, FORBIDDEN, VALIDATION, INVALID_STATE, NOT_FOUND',
);
export const ReceiveReferralPayload = payload('ReceiveReferralPayload');
export const AcceptReferralPayload = payload('AcceptReferralPayload', `${ERRORS}, NO_CAPACITY`);
export const DeclineReferralPayload = payload('DeclineReferralPayload');
export const StartReferralServicePayload = payload('StartReferralServicePayload');
export const CompleteReferralPayload = payload('CompleteReferralPayload');
export const CancelReferralPayload = payload('CancelReferralPayload');
export type ReferralPayload = InstanceType<typeof SendReferralPayload>;
