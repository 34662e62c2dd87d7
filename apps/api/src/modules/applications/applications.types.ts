import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import {
  APPLICATION_ACTIONS,
  APPLICATION_PROGRAMMES,
  APPLICATION_STATUSES,
  type ApplicationAction as DomainAction,
  type ApplicationProgramme as DomainProgramme,
  type ApplicationStatus as DomainStatus,
} from '@ieum/domain';
import { Connection } from '../../graphql/connection';
import { enumOf } from '../../graphql/enums';
import { ErrorCode, UserError } from '../../graphql/errors';

// One enum for everything that can be applied for: the engine's programmes under the engine's own
// names (BenefitProgramme in the benefits module) and the services with no engine rule.
export const ApplicationProgramme = enumOf(APPLICATION_PROGRAMMES);
registerEnumType(ApplicationProgramme, {
  name: 'ApplicationProgramme',
  description:
    'What can be applied for: the eligibility engine’s programmes (same names as BenefitProgramme) and the services applied for without an engine rule (영유아보육료, 장제급여, 민간기관 신청 대행 services, …)',
});
export const BenefitApplicationStatus = enumOf(APPLICATION_STATUSES);
registerEnumType(BenefitApplicationStatus, {
  name: 'BenefitApplicationStatus',
  description: '신청, 검토 중, 서류 보완 요청, 승인, 반려, 철회',
});
export const BenefitApplicationAction = enumOf(APPLICATION_ACTIONS);
registerEnumType(BenefitApplicationAction, {
  name: 'BenefitApplicationAction',
  description: 'A step of an application: 검토, 서류 보완 요청, 승인, 반려, 철회',
});

export enum BenefitApplicationDirection {
  INCOMING = 'INCOMING',
  OUTGOING = 'OUTGOING',
}
registerEnumType(BenefitApplicationDirection, {
  name: 'BenefitApplicationDirection',
  description:
    'INCOMING: received at your 읍면동 (a supervisor: your 시군구) for its households; OUTGOING: taken or applied for by your agency',
});

@ObjectType({ description: 'A programme that can be applied for, and where and by whom' })
export class ApplicationProgrammeInfo {
  @Field(() => ApplicationProgramme) programme!: DomainProgramme;
  @Field(() => String, { description: 'Korean name (생계급여, 영유아보육료, …)' }) label!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => Boolean, { description: '전국 단위 신청: any 읍면동 in the country may take it' })
  nationwide!: boolean;
  @Field(() => Boolean, {
    description: '민간기관 신청 대행: a private agency may apply on the resident’s behalf',
  })
  onBehalfAllowed!: boolean;
  @Field(() => Boolean, { description: 'The eligibility engine decides it' }) engine!: boolean;
}

@ObjectType({ description: 'One step of an application, kept for good' })
export class BenefitApplicationEvent {
  @Field(() => String, { description: 'SUBMIT or a BenefitApplicationAction' }) action!: string;
  @Field(() => BenefitApplicationStatus, { nullable: true, description: 'null for the submission' })
  from!: DomainStatus | null;
  @Field(() => BenefitApplicationStatus) to!: DomainStatus;
  @Field(() => Date) at!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'Why: the rejection’s grounds, the documents asked for',
  })
  reason!: string | null;
  agencyId!: string;
  account!: string;
}

@ObjectType({
  description:
    '급여 신청: received by the household’s home 읍면동 whoever took it. The household is shown only through the household access rules.',
})
export class BenefitApplication {
  @Field(() => ID) id!: string;
  @Field(() => ApplicationProgramme) programme!: DomainProgramme;
  @Field(() => BenefitApplicationStatus) status!: DomainStatus;
  @Field(() => Boolean, { description: '민간기관 신청 대행' }) onBehalf!: boolean;
  @Field(() => String) note!: string;
  @Field(() => String, { nullable: true, description: 'The reason given with the current status, if any' })
  statusReason!: string | null;
  @Field(() => Date) submittedAt!: Date;
  @Field(() => Date) statusSince!: Date;
  householdId!: string;
  applicantPersonId!: string;
  applicantAgencyId!: string;
  receivingRegionCode!: string;
  submittedByAccount!: string;
}

@ObjectType()
export class BenefitApplicationConnection extends Connection(BenefitApplication) {}

@InputType()
export class BenefitApplicationFilter {
  @Field(() => BenefitApplicationDirection, { nullable: true, description: 'Default: both' })
  direction?: BenefitApplicationDirection;
  @Field(() => BenefitApplicationStatus, { nullable: true }) status?: DomainStatus;
}

@InputType()
export class SubmitBenefitApplicationInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The household, in your own area or under your agency’s consent; or give applicantRrn',
  })
  householdId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      '주민등록번호 of the applicant who is present, for a nationwide programme taken outside the household’s area; never stored or returned as given',
  })
  applicantRrn?: string | null;
  @Field(() => ApplicationProgramme) programme!: DomainProgramme;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: '민간기관 신청 대행 (private agencies only)',
  })
  onBehalf?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'The consent that covers 신청 대행 (private agencies)' })
  consentId?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType()
export class BenefitApplicationStepInput {
  @Field(() => ID) applicationId!: string;
}

@InputType()
export class RejectBenefitApplicationInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => String, { description: '반려 사유, told to the applicant' }) reason!: string;
}

@InputType()
export class RequestApplicationDocumentsInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => String, { description: 'Which documents to bring (보완 서류)' }) reason!: string;
}

@ObjectType({
  implements: UserError,
  description: 'A step the application cannot take from its status (code INVALID_TRANSITION)',
})
export class ApplicationTransitionError extends UserError {
  @Field(() => BenefitApplicationStatus, { description: 'The status the application is in' })
  from!: DomainStatus;
  @Field(() => BenefitApplicationAction, { description: 'The step that was asked for' })
  action!: DomainAction;
}

export function applicationTransitionError(
  from: DomainStatus,
  action: DomainAction,
  message: string,
  path: string[],
): ApplicationTransitionError {
  return Object.assign(new ApplicationTransitionError(), {
    code: ErrorCode.INVALID_TRANSITION,
    message,
    path,
    from,
    action,
  });
}

function payload(name: string, errors: string) {
  @ObjectType(name)
  class BenefitApplicationPayload {
    @Field(() => BenefitApplication, { nullable: true }) application!: BenefitApplication | null;
    @Field(() => [UserError], { description: errors }) errors!: UserError[];
  }
  return BenefitApplicationPayload;
}
const STEP = 'FORBIDDEN, INVALID_TRANSITION, CONFLICT, NOT_FOUND';
export const SubmitBenefitApplicationPayload = payload(
  'SubmitBenefitApplicationPayload',
  'VALIDATION, INVALID_RRN, NOT_FOUND, FORBIDDEN, NOT_NATIONWIDE, NO_CONSENT, DUPLICATE',
);
export const ReviewBenefitApplicationPayload = payload('ReviewBenefitApplicationPayload', STEP);
export const RequestApplicationDocumentsPayload = payload(
  'RequestApplicationDocumentsPayload',
  `${STEP}, VALIDATION`,
);
export const ApproveBenefitApplicationPayload = payload('ApproveBenefitApplicationPayload', STEP);
export const RejectBenefitApplicationPayload = payload(
  'RejectBenefitApplicationPayload',
  `${STEP}, VALIDATION`,
);
export const WithdrawBenefitApplicationPayload = payload('WithdrawBenefitApplicationPayload', STEP);
export type BenefitApplicationPayload = InstanceType<typeof SubmitBenefitApplicationPayload>;
