// The app's own catalogues: locators use the same words the user sees (docs/style.md §11).
import koCommon from '../apps/web/src/i18n/ko/common.json';
import koErrors from '../apps/web/src/i18n/ko/errors.json';
import koAuth from '../apps/web/src/i18n/ko/auth.json';
import koShell from '../apps/web/src/i18n/ko/shell.json';
import koHouseholds from '../apps/web/src/i18n/ko/households.json';
import koAccessLog from '../apps/web/src/i18n/ko/access-log.json';
import koApiKeys from '../apps/web/src/i18n/ko/api-keys.json';
import koScreening from '../apps/web/src/i18n/ko/screening.json';
import koIndicators from '../apps/web/src/i18n/ko/indicators.json';
import koConsents from '../apps/web/src/i18n/ko/consents.json';
import koCases from '../apps/web/src/i18n/ko/cases.json';
import koReferrals from '../apps/web/src/i18n/ko/referrals.json';
import koNotifications from '../apps/web/src/i18n/ko/notifications.json';
import koDashboard from '../apps/web/src/i18n/ko/dashboard.json';
import enCommon from '../apps/web/src/i18n/en/common.json';
import enAuth from '../apps/web/src/i18n/en/auth.json';
import enShell from '../apps/web/src/i18n/en/shell.json';
import enHouseholds from '../apps/web/src/i18n/en/households.json';

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
};

export const en = { common: enCommon, auth: enAuth, shell: enShell, households: enHouseholds };

/** Fills {{placeholders}} the way i18next does. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));
}
