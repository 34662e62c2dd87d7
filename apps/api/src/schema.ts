import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import {
  BenefitApplicationEventResolver,
  BenefitApplicationsResolver,
} from './modules/applications/applications.resolver';
import { AgenciesResolver } from './modules/agencies/agencies.resolver';
import { BenefitsResolver } from './modules/benefits/benefits.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { RoleAuthChecker } from './modules/auth/auth-checker';
import { ApiKeysResolver, UsersResolver } from './modules/auth/auth.resolver';
import { COLLEAGUE_RESOLVERS } from './modules/auth/colleague.resolver';
import { ELIGIBILITY_RESOLVERS } from './modules/eligibility/eligibility.resolver';
import { EligibilityEvaluationResolver } from './modules/eligibility/evaluations.resolver';
import { HouseholdsResolver } from './modules/households/households.resolver';
import {
  CaseServiceResolver,
  CasesResolver,
  ConferenceParticipantResolver,
  NeedsAssessmentResolver,
  ProgressNoteResolver,
  ReferralFlowResolver,
  WorkerCaseloadResolver,
  DistrictWorkerResolver,
} from './modules/cases/cases.resolver';
import { ConsentCoverageResolver, ConsentsResolver } from './modules/consents/consents.resolver';
import { IndicatorsResolver } from './modules/indicators/indicators.resolver';
import { liveEvents } from './modules/notifications/live-events';
import { NotificationsResolver } from './modules/notifications/notifications.resolver';
import { ReferralEventResolver, ReferralsResolver } from './modules/referrals/referrals.resolver';
import { RegionCodeReviewsResolver, RegionsResolver } from './modules/regions/regions.resolver';
import { ProvisionsResolver } from './modules/provisions/provisions.resolver';
import { OverlapDashboardResolver } from './modules/provisions/overlap-dashboard.resolver';
import { WelfareMembershipResolver } from './modules/membership/membership.resolver';
import {
  ReverificationChangeResolver,
  ReverificationResolver,
} from './modules/reverification/reverification.resolver';
import { ResourcesResolver } from './modules/resources/resources.resolver';
import {
  CandidatesResolver,
  ScreeningRoundsResolver,
  ScreeningRulesResolver,
} from './modules/screening/screening.resolver';

export const RESOLVERS = [
  UsersResolver,
  ApiKeysResolver,
  RegionsResolver,
  RegionCodeReviewsResolver,
  AgenciesResolver,
  HouseholdsResolver,
  AuditResolver,
  IndicatorsResolver,
  ScreeningRulesResolver,
  ScreeningRoundsResolver,
  CandidatesResolver,
  ConsentsResolver,
  WelfareMembershipResolver,
  ReverificationResolver,
  ReverificationChangeResolver,
  ConsentCoverageResolver,
  CasesResolver,
  NeedsAssessmentResolver,
  CaseServiceResolver,
  ProgressNoteResolver,
  ConferenceParticipantResolver,
  WorkerCaseloadResolver,
  DistrictWorkerResolver,
  ReferralFlowResolver,
  ReferralsResolver,
  ReferralEventResolver,
  NotificationsResolver,
  ResourcesResolver,
  ProvisionsResolver,
  OverlapDashboardResolver,
  BenefitsResolver,
  ...ELIGIBILITY_RESOLVERS,
  BenefitApplicationsResolver,
  BenefitApplicationEventResolver,
  EligibilityEvaluationResolver,
  ...COLLEAGUE_RESOLVERS,
] as const;

let built: Promise<GraphQLSchema> | null = null;

export function ieumSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker: RoleAuthChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeISOResolver }],
    validate: false,
    pubSub: liveEvents,
  });
  return built;
}
