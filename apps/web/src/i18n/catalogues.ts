import koCommon from './ko/common.json';
import koErrors from './ko/errors.json';
import koAuth from './ko/auth.json';
import koShell from './ko/shell.json';
import koHouseholds from './ko/households.json';
import koAccessLog from './ko/access-log.json';
import koApiKeys from './ko/api-keys.json';
import koScreening from './ko/screening.json';
import koIndicators from './ko/indicators.json';
import koConsents from './ko/consents.json';
import koCases from './ko/cases.json';
import koReferrals from './ko/referrals.json';
import koNotifications from './ko/notifications.json';
import koDashboard from './ko/dashboard.json';
import koRegions from './ko/regions.json';
import koDirectory from './ko/directory.json';
import koResources from './ko/resources.json';
import koBenefits from './ko/benefits.json';
import koEligibility from './ko/eligibility.json';
import koApplications from './ko/applications.json';
import koProvisions from './ko/provisions.json';
import koMembership from './ko/membership.json';
import enCommon from './en/common.json';
import enErrors from './en/errors.json';
import enAuth from './en/auth.json';
import enShell from './en/shell.json';
import enHouseholds from './en/households.json';
import enAccessLog from './en/access-log.json';
import enApiKeys from './en/api-keys.json';
import enScreening from './en/screening.json';
import enIndicators from './en/indicators.json';
import enConsents from './en/consents.json';
import enCases from './en/cases.json';
import enReferrals from './en/referrals.json';
import enNotifications from './en/notifications.json';
import enDashboard from './en/dashboard.json';
import enRegions from './en/regions.json';
import enDirectory from './en/directory.json';
import enResources from './en/resources.json';
import enBenefits from './en/benefits.json';
import enEligibility from './en/eligibility.json';
import enApplications from './en/applications.json';
import enProvisions from './en/provisions.json';
import enMembership from './en/membership.json';

// One namespace, one top-level key per feature file, so keys read `households.search.submit`
// and `t('errors.' + code)` works everywhere.
export const ko = {
  common: koCommon,
  errors: koErrors,
  auth: koAuth,
  shell: koShell,
  households: koHouseholds,
  accessLog: koAccessLog,
  apiKeys: koApiKeys,
  screening: koScreening,
  indicators: koIndicators,
  consents: koConsents,
  cases: koCases,
  referrals: koReferrals,
  notifications: koNotifications,
  dashboard: koDashboard,
  regions: koRegions,
  directory: koDirectory,
  resources: koResources,
  benefits: koBenefits,
  eligibility: koEligibility,
  applications: koApplications,
  provisions: koProvisions,
  membership: koMembership,
};

export const en: typeof ko = {
  common: enCommon,
  errors: enErrors,
  auth: enAuth,
  shell: enShell,
  households: enHouseholds,
  accessLog: enAccessLog,
  apiKeys: enApiKeys,
  screening: enScreening,
  indicators: enIndicators,
  consents: enConsents,
  cases: enCases,
  referrals: enReferrals,
  notifications: enNotifications,
  dashboard: enDashboard,
  regions: enRegions,
  directory: enDirectory,
  resources: enResources,
  benefits: enBenefits,
  eligibility: enEligibility,
  applications: enApplications,
  provisions: enProvisions,
  membership: enMembership,
};
