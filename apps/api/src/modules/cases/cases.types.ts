import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CASE_CLOSURE_REASONS,
  CASE_STATUSES,
  NEED_LEVELS,
  NEEDS_DOMAINS,
  type CaseClosureReason as DomainClosure,
  type CaseStatus as DomainCaseStatus,
  type ConsentScope,
  type NeedLevel as DomainLevel,
  type NeedsDomain as DomainDomain,
  type ReferralStatus as DomainReferralStatus,
} from '@ieum/domain';
import { Connection, SortDirection } from '../../graphql/connection';
import { enumOf } from '../../graphql/enums';
import { UserError } from '../../graphql/errors';
import { LocalDateScalar } from '../../graphql/scalars';
import { Agency } from '../agencies/agencies.types';
import { User } from '../auth/auth.types';
import { ConsentScope as ConsentScopeEnum } from '../consents/consents.types';
import { ReferralStatus as ReferralStatusEnum } from '../referrals/referrals.types';

export const CaseStatus = enumOf(CASE_STATUSES);
registerEnumType(CaseStatus, { name: 'CaseStatus', description: '진행 중 / 종결' });
export const NeedsDomain = enumOf(NEEDS_DOMAINS);
registerEnumType(NeedsDomain, { name: 'NeedsDomain', description: '욕구 영역 (통합사례관리 10대 영역)' });
export const NeedLevel = enumOf(NEED_LEVELS);
registerEnumType(NeedLevel, { name: 'NeedLevel' });
export const CaseClosureReason = enumOf(CASE_CLOSURE_REASONS);
registerEnumType(CaseClosureReason, { name: 'CaseClosureReason', description: '종결 사유' });

@ObjectType({
  description:
    'What the viewer may see of a case: all of it in their own area, or the items a consent allows',
})
export class CaseAccess {
  @Field(() => Boolean) full!: boolean;
  @Field(() => [ConsentScopeEnum]) scopes!: ConsentScope[];
}

@ObjectType()
export class NeedsAssessmentItem {
  @Field(() => NeedsDomain) domain!: DomainDomain;
  @Field(() => NeedLevel) level!: DomainLevel;
  @Field(() => String) note!: string;
}

@ObjectType({ description: '욕구사정' })
export class NeedsAssessment {
  @Field(() => ID) id!: string;
  @Field(() => Date) recordedAt!: Date;
  @Field(() => String) recordedBy!: string;
  agencyId!: string;
  @Field(() => Agency) agency?: Agency;
  @Field(() => [NeedsAssessmentItem]) items!: NeedsAssessmentItem[];
}

@ObjectType({ description: '서비스 계획의 목표' })
export class CaseGoal {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => LocalDateScalar) targetDate!: string;
  @Field(() => [NeedsDomain]) needs!: DomainDomain[];
  @Field(() => Date) createdAt!: Date;
}

@ObjectType({ description: '서비스 제공 기록, by any agency on the case' })
export class CaseService {
  @Field(() => ID) id!: string;
  @Field(() => String) service!: string;
  @Field(() => LocalDateScalar) providedOn!: string;
  @Field(() => String) note!: string;
  agencyId!: string;
  @Field(() => Agency) agency?: Agency;
  @Field(() => ID, { nullable: true }) referralId!: string | null;
  @Field(() => ID, { nullable: true }) goalId!: string | null;
  @Field(() => String) recordedBy!: string;
}

@ObjectType()
export class ConferenceParticipant {
  agencyId!: string | null;
  @Field(() => Agency, { nullable: true }) agency?: Agency | null;
  @Field(() => String) name!: string;
}

@ObjectType({ description: '사례회의' })
export class CaseConference {
  @Field(() => ID) id!: string;
  @Field(() => LocalDateScalar) heldOn!: string;
  @Field(() => [ConferenceParticipant]) participants!: ConferenceParticipant[];
  @Field(() => [String]) decisions!: string[];
  @Field(() => String) recordedBy!: string;
}

@ObjectType({ description: '모니터링(점검) 기록' })
export class ProgressNote {
  @Field(() => ID) id!: string;
  @Field(() => LocalDateScalar) notedOn!: string;
  @Field(() => String) text!: string;
  @Field(() => ID, { nullable: true }) goalId!: string | null;
  agencyId!: string;
  @Field(() => Agency) agency?: Agency;
  @Field(() => String) recordedBy!: string;
}

@ObjectType({
  description:
    'One step of the case, as codes and parameters a client words in its language ("의뢰 접수: 정서지원")',
})
export class CaseEvent {
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'OPENED, ASSESSED, GOAL, SERVICE, CONFERENCE, NOTE, REFERRAL, CLOSED' })
  kind!: string;
  @Field(() => String, { description: 'The step in Korean, for clients that do not word it themselves' })
  label!: string;
  @Field(() => String, {
    nullable: true,
    description: "What the worker wrote that names the step: a goal's title, a service, a note's start",
  })
  detail!: string | null;
  @Field(() => ReferralStatusEnum, { nullable: true, description: 'REFERRAL: the status the referral took' })
  referralStatus!: DomainReferralStatus | null;
  @Field(() => Int, { nullable: true, description: 'ASSESSED: how many needs domains were assessed' })
  count!: number | null;
}

@ObjectType({ description: '사례 (통합사례관리): one household, one responsible worker, partner agencies' })
export class Case {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '사례번호: short, for people to say and tell cases apart by' })
  number!: number;
  @Field(() => CaseStatus) status!: DomainCaseStatus;
  @Field(() => Date) openedAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => CaseClosureReason, { nullable: true }) closureReason!: DomainClosure | null;
  @Field(() => String, { nullable: true }) closureNote!: string | null;
  householdId!: string;
  regionCode!: string;
  leadAgencyId!: string;
  responsibleUserId!: string;
  version!: number;
}

@ObjectType()
export class CaseConnection extends Connection(Case) {}

@InputType()
export class CaseFilter {
  @Field(() => CaseStatus, { nullable: true }) status?: DomainCaseStatus;
  @Field(() => Boolean, { nullable: true, description: 'Only cases I am responsible for' }) mine?: boolean;
  @Field(() => ID, { nullable: true }) householdId?: string;
  @Field(() => String, {
    nullable: true,
    description:
      "Households in this region (a 읍면동 of the district); inside the caller's area (FORBIDDEN otherwise)",
  })
  regionCode?: string;
  @Field(() => ID, { nullable: true, description: 'The responsible worker' }) responsibleUserId?: string;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: open cases with a referral open past its deadline or a goal past its target date; false: the others',
  })
  overdue?: boolean;
  @Field(() => Int, {
    nullable: true,
    description:
      'Open cases with no recorded activity (assessment, goal, service, conference, note, referral step) for at least this many days (1 to 3650)',
  })
  stalledDays?: number;
}

export enum CaseOrderField {
  OPENED_AT = 'OPENED_AT',
  STATUS = 'STATUS',
  ADDRESS = 'ADDRESS',
  LEAD_AGENCY = 'LEAD_AGENCY',
  RESPONSIBLE = 'RESPONSIBLE',
}
registerEnumType(CaseOrderField, {
  name: 'CaseOrderField',
  description:
    'OPENED_AT, STATUS (open first), ADDRESS (natural order; public staff of the area only), LEAD_AGENCY and RESPONSIBLE by name',
});

@InputType()
export class CaseOrder {
  @Field(() => CaseOrderField) field!: CaseOrderField;
  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC }) direction?: SortDirection;
}

@InputType()
export class OpenCaseInput {
  @Field(() => ID) householdId!: string;
  @Field(() => ID, { nullable: true, description: 'The blind-spot candidate the case starts from' })
  candidateId?: string;
  @Field(() => ID, { nullable: true, description: 'A worker of your agency; defaults to you' })
  responsibleUserId?: string;
}

@ObjectType()
export class OpenCasePayload {
  @Field(() => Case, { nullable: true }) case!: Case | null;
  @Field(() => [UserError], {
    description: 'CONFLICT (an open case exists), FORBIDDEN, NOT_FOUND, VALIDATION',
  })
  errors!: UserError[];
}

@InputType()
export class NeedsAssessmentItemInput {
  @Field(() => NeedsDomain) domain!: DomainDomain;
  @Field(() => NeedLevel) level!: DomainLevel;
  @Field(() => String, { nullable: true, defaultValue: '' }) note?: string;
}

@InputType()
export class AssessNeedsInput {
  @Field(() => ID) caseId!: string;
  @Field(() => [NeedsAssessmentItemInput]) items!: NeedsAssessmentItemInput[];
}

@ObjectType()
export class AssessNeedsPayload {
  @Field(() => NeedsAssessment, { nullable: true }) assessment!: NeedsAssessment | null;
  @Field(() => [UserError], { description: 'VALIDATION, INVALID_STATE, FORBIDDEN, NOT_FOUND' })
  errors!: UserError[];
}

@InputType()
export class AddServicePlanGoalInput {
  @Field(() => ID) caseId!: string;
  @Field(() => String) title!: string;
  @Field(() => LocalDateScalar) targetDate!: string;
  @Field(() => [NeedsDomain]) needs!: DomainDomain[];
}

@ObjectType()
export class AddServicePlanGoalPayload {
  @Field(() => CaseGoal, { nullable: true }) goal!: CaseGoal | null;
  @Field(() => [UserError], { description: 'VALIDATION, INVALID_STATE, FORBIDDEN, NOT_FOUND' })
  errors!: UserError[];
}

@InputType()
export class RecordServiceInput {
  @Field(() => ID) caseId!: string;
  @Field(() => String) service!: string;
  @Field(() => LocalDateScalar, { nullable: true }) providedOn?: string;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => ID, { nullable: true }) goalId?: string;
}

@ObjectType()
export class RecordServicePayload {
  @Field(() => CaseService, { nullable: true }) service!: CaseService | null;
  @Field(() => [UserError], { description: 'VALIDATION, INVALID_STATE, FORBIDDEN, NO_CONSENT, NOT_FOUND' })
  errors!: UserError[];
}

@InputType()
export class ConferenceParticipantInput {
  @Field(() => ID, { nullable: true }) agencyId?: string;
  @Field(() => String) name!: string;
}

@InputType()
export class RecordCaseConferenceInput {
  @Field(() => ID) caseId!: string;
  @Field(() => LocalDateScalar) heldOn!: string;
  @Field(() => [ConferenceParticipantInput]) participants!: ConferenceParticipantInput[];
  @Field(() => [String]) decisions!: string[];
}

@ObjectType()
export class RecordCaseConferencePayload {
  @Field(() => CaseConference, { nullable: true }) conference!: CaseConference | null;
  @Field(() => [UserError], { description: 'VALIDATION, INVALID_STATE, FORBIDDEN, NOT_FOUND' })
  errors!: UserError[];
}

@InputType()
export class AddProgressNoteInput {
  @Field(() => ID) caseId!: string;
  @Field(() => ID, { nullable: true }) goalId?: string;
  @Field(() => LocalDateScalar, { nullable: true }) notedOn?: string;
  @Field(() => String) text!: string;
}

@ObjectType()
export class AddProgressNotePayload {
  @Field(() => ProgressNote, { nullable: true }) note!: ProgressNote | null;
  @Field(() => [UserError], { description: 'VALIDATION, INVALID_STATE, FORBIDDEN, NO_CONSENT, NOT_FOUND' })
  errors!: UserError[];
}

@InputType()
export class CloseCaseInput {
  @Field(() => ID) caseId!: string;
  @Field(() => CaseClosureReason) reason!: DomainClosure;
  @Field(() => String, { nullable: true }) note?: string;
}

@ObjectType()
export class CloseCasePayload {
  @Field(() => Case, { nullable: true }) case!: Case | null;
  @Field(() => [UserError], {
    description: 'VALIDATION, INVALID_STATE (open referrals, already closed), FORBIDDEN, CONFLICT',
  })
  errors!: UserError[];
}

@ObjectType()
export class WorkerCaseload {
  workerId!: string;
  @Field(() => User) worker?: User;
  @Field(() => Int) open!: number;
  @Field(() => Int) closed!: number;
}

@ObjectType()
export class CaseStatusCount {
  @Field(() => CaseStatus) status!: DomainCaseStatus;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ReferralFlow {
  fromAgencyId!: string;
  toAgencyId!: string;
  @Field(() => Agency) fromAgency?: Agency;
  @Field(() => Agency) toAgency?: Agency;
  @Field(() => Int) sent!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int) declined!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Float, { nullable: true }) medianDaysToReply!: number | null;
}

@ObjectType()
export class NeedsDomainCount {
  @Field(() => NeedsDomain) domain!: DomainDomain;
  @Field(() => Int, { description: 'Cases whose latest assessment rates this domain MEDIUM or above' })
  cases!: number;
}

@InputType({ description: 'Days from and to, both included (Korean calendar days)' })
export class DatePeriod {
  @Field(() => LocalDateScalar) from!: string;
  @Field(() => LocalDateScalar) to!: string;
}

@ObjectType({
  description: '발굴 성과: the candidates of rounds sent in the period, and their outreach visits',
})
export class ScreeningFigures {
  @Field(() => Int, { description: 'Candidates of the rounds sent in the period' }) candidates!: number;
  @Field(() => Int, { description: 'Of them, visited (an outreach visit recorded)' }) visited!: number;
  @Field(() => Int, { description: 'Of the visited, found needing support (NEEDS_SUPPORT or REFERRED)' })
  needingSupport!: number;
  @Field(() => Float, { nullable: true, description: 'visited / candidates; null without candidates' })
  visitRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'needingSupport / visited; null without visits' })
  needingSupportRate!: number | null;
}

@ObjectType({ description: 'A public worker of the district, as its supervisor picks them in a list' })
export class DistrictWorker {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  agencyId!: string;
  @Field(() => Agency) agency?: Agency;
}

@ObjectType({ description: "A 시군구's caseload, referral flow and needs" })
export class CaseDashboard {
  @Field(() => [WorkerCaseload]) caseloadByWorker!: WorkerCaseload[];
  @Field(() => [CaseStatusCount]) casesByStatus!: CaseStatusCount[];
  @Field(() => [ReferralFlow], { description: 'Referrals sent in the period (all of them without one)' })
  referralFlow!: ReferralFlow[];
  @Field(() => [NeedsDomainCount]) casesByNeedsDomain!: NeedsDomainCount[];
  @Field(() => ScreeningFigures, { description: 'Rounds sent in the period (all of them without one)' })
  screening!: ScreeningFigures;
}
