// 정보제공 동의: a private agency sees a household's personal data only under the resident's consent
// (개인정보 보호법 제17조제1항제1호). Before consenting, the resident is told the recipient, the
// purpose, the items, the retention period, and the right to refuse with its consequences
// (제17조제2항); each scope below is one of those items. Public agencies act in their own area under
// their statutory duties (사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률), so they are not
// gated by consent here.
import { isIsoDate } from '../iso-date';
import type { FieldProblem, RuleBounds, ValidationRule } from '../validation/validation-rule';
import { addCalendarYears, instantOf, seoulDateOf } from '../calendar/calendar-date';

export const CONSENT_SCOPES = ['BASIC', 'HEALTH', 'FINANCES', 'CASE_NOTES'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export function isConsentScope(value: string): value is ConsentScope {
  return (CONSENT_SCOPES as readonly string[]).includes(value);
}

// HEALTH is 민감정보 (제23조): it needs its own consent, which a separate scope gives.
export const CONSENT_SCOPE_LABELS: Record<ConsentScope, { ko: string; en: string }> = {
  BASIC: {
    ko: '기본정보(성명·연락처·주소·가구 구성)',
    en: 'Basic information (name, contact details, address, household composition)',
  },
  HEALTH: { ko: '건강정보', en: 'Health information' },
  FINANCES: { ko: '소득·재산정보', en: 'Income and assets' },
  CASE_NOTES: { ko: '사례기록', en: 'Case notes' },
};

export interface ConsentRecord {
  id: string;
  householdId: string;
  /** The 제3자 the data is provided to (제17조제2항제1호). */
  granteeAgencyId: string;
  scopes: ConsentScope[];
  purpose: string;
  /** 'YYYY-MM-DD', inclusive */
  validFrom: string;
  /** 'YYYY-MM-DD', inclusive */
  validUntil: string;
  /** ISO datetime of the withdrawal (동의 철회), or null. */
  withdrawnAt: string | null;
  refusalRightNotified: boolean;
}

export interface ConsentInput {
  scopes: ConsentScope[];
  purpose: string;
  validFrom: string;
  validUntil: string;
  refusalRightNotified: boolean;
}

export interface ConsentProblem extends FieldProblem {
  field: 'scopes' | 'purpose' | 'validFrom' | 'validUntil' | 'refusalRightNotified';
}

const problem = (
  field: ConsentProblem['field'],
  rule: ValidationRule,
  message: string,
  bounds: RuleBounds = {},
): ConsentProblem => ({ field, rule, message, ...bounds });

export const CONSENT_PURPOSE_MIN = 2;
export const CONSENT_PURPOSE_MAX = 500;
// Ieum's policy bound, not a statutory maximum: a consent is renewed with the resident at least this often.
export const CONSENT_MAX_YEARS = 5;

const charLength = (s: string) => [...s].length;

/** Every problem with a consent about to be recorded; empty when it may be saved. */
export function checkConsentInput(input: ConsentInput, today: string): ConsentProblem[] {
  const problems: ConsentProblem[] = [];

  if (input.scopes.length === 0)
    problems.push(problem('scopes', 'TOO_FEW', 'choose at least one item to provide', { min: 1 }));
  const unknown = input.scopes.filter((s) => !isConsentScope(s));
  if (unknown.length > 0)
    problems.push(problem('scopes', 'NOT_ALLOWED_VALUE', `unknown scope ${unknown.join(', ')}`));
  if (new Set(input.scopes).size !== input.scopes.length)
    problems.push(problem('scopes', 'DUPLICATE_ITEM', 'each scope may be chosen once'));

  const purpose = charLength(input.purpose.trim());
  if (purpose < CONSENT_PURPOSE_MIN || purpose > CONSENT_PURPOSE_MAX) {
    problems.push(
      problem(
        'purpose',
        purpose === 0 ? 'REQUIRED' : purpose < CONSENT_PURPOSE_MIN ? 'TOO_SHORT' : 'TOO_LONG',
        `the purpose must be ${CONSENT_PURPOSE_MIN} to ${CONSENT_PURPOSE_MAX} characters`,
        { min: CONSENT_PURPOSE_MIN, max: CONSENT_PURPOSE_MAX },
      ),
    );
  }

  const fromOk = isIsoDate(input.validFrom);
  const untilOk = isIsoDate(input.validUntil);
  if (!fromOk) problems.push(problem('validFrom', 'INVALID_FORMAT', 'validFrom must be a date YYYY-MM-DD'));
  if (!untilOk)
    problems.push(problem('validUntil', 'INVALID_FORMAT', 'validUntil must be a date YYYY-MM-DD'));
  if (untilOk && input.validUntil < today)
    problems.push(problem('validUntil', 'DATE_IN_PAST', 'validUntil must not be in the past'));
  if (fromOk && untilOk) {
    if (input.validFrom > input.validUntil) {
      problems.push(problem('validUntil', 'DATE_BEFORE_START', 'validUntil must be on or after validFrom'));
    } else if (input.validUntil > addCalendarYears(input.validFrom, CONSENT_MAX_YEARS)) {
      problems.push(
        problem('validUntil', 'PERIOD_TOO_LONG', `a consent may last at most ${CONSENT_MAX_YEARS} years`, {
          limit: CONSENT_MAX_YEARS,
        }),
      );
    }
  }

  // 제17조제2항제4호: without notice of the right to refuse, the consent is not informed.
  if (input.refusalRightNotified !== true) {
    problems.push(
      problem(
        'refusalRightNotified',
        'MUST_BE_CONFIRMED',
        'the resident must be told of the right to refuse and its consequences',
      ),
    );
  }
  return problems;
}

/**
 * Active at the instant `at`: not withdrawn (동의 철회, 제37조제1항) at or before it, and the Korean
 * calendar date of `at` lies in [validFrom, validUntil]. `at` needs an offset ('…Z', '…+09:00').
 */
export function isConsentActive(c: ConsentRecord, at: string): boolean {
  if (c.withdrawnAt !== null && instantOf(c.withdrawnAt) <= instantOf(at)) return false;
  const date = seoulDateOf(at);
  return c.validFrom <= date && date <= c.validUntil;
}

function activeConsents(
  consents: readonly ConsentRecord[],
  agencyId: string,
  householdId: string,
  at: string,
): ConsentRecord[] {
  return consents.filter(
    (c) => c.granteeAgencyId === agencyId && c.householdId === householdId && isConsentActive(c, at),
  );
}

/** The union of scopes over the active consents naming this agency for this household. */
export function consentedScopes(
  consents: readonly ConsentRecord[],
  agencyId: string,
  householdId: string,
  at: string,
): Set<ConsentScope> {
  return new Set(activeConsents(consents, agencyId, householdId, at).flatMap((c) => c.scopes));
}

export type HouseholdAccess =
  | { kind: 'FULL' }
  | { kind: 'CONSENTED'; scopes: Set<ConsentScope>; consentIds: string[] }
  | { kind: 'NONE'; reason: 'NO_CONSENT' | 'OUT_OF_AREA' };

/**
 * What an actor may see of one household. Public: FULL in its own area (inPublicScope, from
 * household-scope.ts), else NONE. Private: only the scopes of active consents naming its agency,
 * with their ids so each provision can be traced to the consent that allowed it.
 */
export function householdAccess(
  actor: { agencySector: 'PUBLIC' | 'PRIVATE'; agencyId: string },
  inPublicScope: boolean,
  consents: readonly ConsentRecord[],
  householdId: string,
  at: string,
): HouseholdAccess {
  if (actor.agencySector === 'PUBLIC')
    return inPublicScope ? { kind: 'FULL' } : { kind: 'NONE', reason: 'OUT_OF_AREA' };
  const active = activeConsents(consents, actor.agencyId, householdId, at).filter((c) => c.scopes.length > 0);
  if (active.length === 0) return { kind: 'NONE', reason: 'NO_CONSENT' };
  return {
    kind: 'CONSENTED',
    scopes: new Set(active.flatMap((c) => c.scopes)),
    consentIds: [...new Set(active.map((c) => c.id))],
  };
}

export function canSee(access: HouseholdAccess, scope: ConsentScope): boolean {
  switch (access.kind) {
    case 'FULL':
      return true;
    case 'CONSENTED':
      return access.scopes.has(scope);
    case 'NONE':
      return false;
  }
}

/**
 * The item a referral to `receiver` would provide without consent, or null when it may be sent. A
 * referral hands the household's basic data to the receiver, so a private receiver needs an active
 * consent naming it that covers BASIC (제17조제1항제1호); public agencies act under their duties.
 */
export function missingReferralConsent(
  receiver: { id: string; sector: 'PUBLIC' | 'PRIVATE' },
  consents: readonly ConsentRecord[],
  householdId: string,
  at: string,
): ConsentScope | null {
  if (receiver.sector === 'PUBLIC') return null;
  return consentedScopes(consents, receiver.id, householdId, at).has('BASIC') ? null : 'BASIC';
}

/** What a household's active consents cover for one agency: every listed item until `validUntil`. */
export interface ConsentCoverage {
  agencyId: string;
  scopes: ConsentScope[];
  /** 'YYYY-MM-DD': the last day on which every listed scope is still covered. */
  validUntil: string;
}

/**
 * Per agency, the items the household's active consents give it, for the referral form. A scope
 * covered by two consents lasts as long as the later one; the agency's date is the earliest of its
 * scopes' dates, so nothing listed lapses before it.
 */
export function consentCoverage(
  consents: readonly ConsentRecord[],
  householdId: string,
  at: string,
): ConsentCoverage[] {
  const byAgency = new Map<string, Map<ConsentScope, string>>();
  for (const c of consents) {
    if (c.householdId !== householdId || !isConsentActive(c, at)) continue;
    const scopes = byAgency.get(c.granteeAgencyId) ?? new Map<ConsentScope, string>();
    for (const s of c.scopes) if ((scopes.get(s) ?? '') < c.validUntil) scopes.set(s, c.validUntil);
    byAgency.set(c.granteeAgencyId, scopes);
  }
  return [...byAgency]
    .filter(([, scopes]) => scopes.size > 0)
    .map(([agencyId, scopes]) => ({
      agencyId,
      scopes: CONSENT_SCOPES.filter((s) => scopes.has(s)),
      validUntil: [...scopes.values()].sort()[0],
    }));
}
