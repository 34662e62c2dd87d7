import DataLoader from 'dataloader';
import type { AppDeps } from './context';
import { agenciesById } from './modules/agencies/agencies.queries';
import type { Agency } from './modules/agencies/agencies.types';
import { type Colleague, type User } from './modules/auth/auth.types';
import {
  contactsByHousehold,
  householdsById,
  membersByHousehold,
  personsById,
} from './modules/households/households.queries';
import { colleaguesByAccount, usersById } from './modules/auth/auth.queries';
import { kindNames } from './modules/indicators/indicators.queries';
import {
  type Person,
  type Household,
  type HouseholdContact,
  type HouseholdMember,
} from './modules/households/households.types';
import { ancestriesByCode, regionsByCode } from './modules/regions/regions.queries';
import type { Region } from './modules/regions/regions.types';
import { type CaseSections } from './modules/cases/cases.service';
import { assessmentsByCase, casesById, partnersByCase, sectionsByCase } from './modules/cases/cases.queries';
import type { Case, NeedsAssessment } from './modules/cases/cases.types';
import { consentsByHousehold } from './modules/consents/consents.queries';
import { historyByReferral, referralsByCase, referralsById } from './modules/referrals/referrals.queries';
import type { Referral, ReferralEvent } from './modules/referrals/referrals.types';
import type { Consent } from './modules/consents/consents.types';
import {
  decisionsByHousehold,
  decisionsById,
  meansById,
  meansIdsByHousehold,
  parameterSetsById,
} from './modules/eligibility/eligibility.queries';
import type { EligibilityDecision, HouseholdMeans } from './modules/eligibility/eligibility.types';
import type { UsedParameter } from '@ieum/domain';
import { applicationsById, historyByApplication } from './modules/applications/applications.queries';
import type { BenefitApplication, BenefitApplicationEvent } from './modules/applications/applications.types';
import { candidatesById, roundTotals, visitsByCandidate } from './modules/screening/candidates.queries';
import { roundsById } from './modules/screening/rounds.queries';
import { ruleSetsById, type StoredRuleSet } from './modules/screening/rules.service';
import { resourcesById } from './modules/resources/resources.queries';
import type { Resource } from './modules/resources/resources.types';
import type { Candidate, OutreachVisit, ScreeningRound } from './modules/screening/screening.types';

// One DataLoader per entity, fresh per request, so a cache never crosses users or scopes and a
// list's statement count does not grow with its length.
export function createLoaders(services: AppDeps) {
  const db = services.dataSource;
  const ctx = { services };
  return {
    region: new DataLoader<string, Region | null>((codes) => regionsByCode(db, codes)),
    regionAncestry: new DataLoader<string, string[]>((codes) => ancestriesByCode(db, codes)),
    agency: new DataLoader<string, Agency | null>((ids) => agenciesById(db, ids)),
    resource: new DataLoader<string, Resource | null>((ids) => resourcesById(db, ids)),
    user: new DataLoader<string, User | null>((ids) => usersById(db, ids)),
    colleague: new DataLoader<string, Colleague | null>((accounts) => colleaguesByAccount(db, accounts)),
    household: new DataLoader<string, Household | null>((ids) => householdsById(ctx, ids)),
    householdMembers: new DataLoader<string, HouseholdMember[]>((ids) => membersByHousehold(ctx, ids)),
    householdContacts: new DataLoader<string, HouseholdContact[]>((ids) => contactsByHousehold(db, ids)),
    person: new DataLoader<string, Person | null>((ids) => personsById(db, ids)),
    screeningRound: new DataLoader<string, ScreeningRound | null>((ids) => roundsById(db, ids)),
    screeningRuleSet: new DataLoader<string, StoredRuleSet | null>((ids) => ruleSetsById(db, ids)),
    candidate: new DataLoader<string, Candidate | null>((ids) => candidatesById(db, ids)),
    outreachVisits: new DataLoader<string, OutreachVisit[]>((ids) => visitsByCandidate(db, ids)),
    roundTotals: new DataLoader<string, { visits: number; hits: number }>((ids) => roundTotals(db, ids)),
    case: new DataLoader<string, Case | null>((ids) => casesById(db, ids)),
    casePartners: new DataLoader<string, string[]>((ids) => partnersByCase(db, ids)),
    assessments: new DataLoader<string, NeedsAssessment[]>((ids) => assessmentsByCase(db, ids)),
    caseSections: new DataLoader<string, CaseSections>((ids) => sectionsByCase(db, ids)),
    caseReferrals: new DataLoader<string, Referral[]>((ids) => referralsByCase(db, ids)),
    referral: new DataLoader<string, Referral | null>((ids) => referralsById(db, ids)),
    referralHistory: new DataLoader<string, ReferralEvent[]>((ids) => historyByReferral(db, ids)),
    consentsOfHousehold: new DataLoader<string, Consent[]>((ids) => consentsByHousehold(db, ids)),
    meansRecord: new DataLoader<string, HouseholdMeans | null>((ids) => meansById(db, ids)),
    meansOfHousehold: new DataLoader<string, string[]>((ids) => meansIdsByHousehold(db, ids)),
    decision: new DataLoader<string, EligibilityDecision | null>((ids) => decisionsById(db, ids)),
    decisionsOfHousehold: new DataLoader<string, EligibilityDecision[]>((ids) =>
      decisionsByHousehold(db, ids),
    ),
    parameterSet: new DataLoader<number, ReadonlyMap<string, UsedParameter>>((ids) =>
      parameterSetsById(db, ids),
    ),
    benefitApplication: new DataLoader<string, BenefitApplication | null>((ids) => applicationsById(db, ids)),
    benefitApplicationHistory: new DataLoader<string, BenefitApplicationEvent[]>((ids) =>
      historyByApplication(db, ids),
    ),
    indicatorKindNames: new DataLoader<'ko' | 'en', Map<string, string>>((langs) => kindNames(db, langs)),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
