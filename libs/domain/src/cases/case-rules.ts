// 통합사례관리 (integrated case management) rules: 욕구사정 over the ten needs domains, goals that
// answer assessed needs, 사례회의, 모니터링 and 종결. The domains and their order follow the 희망복지
// 지원단 통합사례관리 guidelines as used by 복지로 (docs/sources/data-sources.md §3).
import {
  fieldProblem,
  type FieldProblem,
  type RuleBounds,
  type ValidationRule,
} from '../validation/validation-rule';
import { isIsoDate } from '../iso-date';
import type { ConsentScope } from '../consent/consent-policy';

export const NEEDS_DOMAINS = [
  'SAFETY',
  'HEALTH',
  'DAILY_LIVING',
  'FAMILY_RELATIONS',
  'SOCIAL_RELATIONS',
  'ECONOMY',
  'EDUCATION',
  'EMPLOYMENT',
  'LIVING_ENVIRONMENT',
  'RIGHTS_PROTECTION',
] as const;
export type NeedsDomain = (typeof NEEDS_DOMAINS)[number];

export function isNeedsDomain(value: string): value is NeedsDomain {
  return (NEEDS_DOMAINS as readonly string[]).includes(value);
}

export const NEEDS_DOMAIN_LABELS: Record<NeedsDomain, { ko: string; en: string }> = {
  SAFETY: { ko: '안전', en: 'Safety' },
  HEALTH: { ko: '건강', en: 'Health' },
  DAILY_LIVING: { ko: '일상생활유지', en: 'Daily living' },
  FAMILY_RELATIONS: { ko: '가족관계', en: 'Family relationships' },
  SOCIAL_RELATIONS: { ko: '사회적관계', en: 'Social relationships' },
  ECONOMY: { ko: '경제', en: 'Economy (income and finances)' },
  EDUCATION: { ko: '교육', en: 'Education' },
  EMPLOYMENT: { ko: '고용', en: 'Employment' },
  LIVING_ENVIRONMENT: { ko: '생활환경', en: 'Living environment (housing)' },
  RIGHTS_PROTECTION: { ko: '권익보장', en: 'Rights protection (legal and advocacy)' },
};

// What a partner agency must have consent to see before it may read that domain's notes: health
// notes are 민감정보 (개인정보 보호법 제23조), economy and employment notes reveal income and assets.
export const NEEDS_DOMAIN_CONSENT_SCOPE: Record<NeedsDomain, ConsentScope> = {
  SAFETY: 'CASE_NOTES',
  HEALTH: 'HEALTH',
  DAILY_LIVING: 'CASE_NOTES',
  FAMILY_RELATIONS: 'CASE_NOTES',
  SOCIAL_RELATIONS: 'CASE_NOTES',
  ECONOMY: 'FINANCES',
  EDUCATION: 'CASE_NOTES',
  EMPLOYMENT: 'FINANCES',
  LIVING_ENVIRONMENT: 'CASE_NOTES',
  RIGHTS_PROTECTION: 'CASE_NOTES',
};

export const NEED_LEVELS = ['NONE', 'LOW', 'MEDIUM', 'HIGH', 'URGENT'] as const;
export type NeedLevel = (typeof NEED_LEVELS)[number];

export const NEED_LEVEL_LABELS: Record<NeedLevel, { ko: string; en: string }> = {
  NONE: { ko: '욕구 없음', en: 'No need' },
  LOW: { ko: '낮음', en: 'Low' },
  MEDIUM: { ko: '보통', en: 'Medium' },
  HIGH: { ko: '높음', en: 'High' },
  URGENT: { ko: '긴급', en: 'Urgent' },
};

export const CASE_STATUSES = ['OPEN', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_CLOSURE_REASONS = [
  'GOALS_ACHIEVED',
  'MOVED_AWAY',
  'REFUSED_SERVICES',
  'DECEASED',
  'TRANSFERRED',
  'NO_CONTACT',
  'OTHER',
] as const;
export type CaseClosureReason = (typeof CASE_CLOSURE_REASONS)[number];

export const CASE_CLOSURE_REASON_LABELS: Record<CaseClosureReason, { ko: string; en: string }> = {
  GOALS_ACHIEVED: { ko: '목표 달성', en: 'Goals achieved' },
  MOVED_AWAY: { ko: '관할 외 전출', en: 'Moved away' },
  REFUSED_SERVICES: { ko: '서비스 거부', en: 'Refused services' },
  DECEASED: { ko: '사망', en: 'Deceased' },
  TRANSFERRED: { ko: '타 기관 이관', en: 'Transferred' },
  NO_CONTACT: { ko: '연락 두절', en: 'No contact' },
  OTHER: { ko: '기타', en: 'Other' },
};

/**
 * A VALIDATION problem names the input path ('items.2.domain') and the rule it broke; an
 * INVALID_STATE problem is about the case itself (closed, referrals still open).
 */
export type CaseProblem =
  | ({ code: 'VALIDATION' } & FieldProblem)
  | { code: 'INVALID_STATE'; field: null; message: string; openReferrals?: number };

export const ASSESSMENT_NOTE_MAX = 2000;
export const GOAL_TITLE_MIN = 2;
export const GOAL_TITLE_MAX = 200;
export const CLOSURE_NOTE_MAX = 2000;
export const CONFERENCE_MAX_PARTICIPANTS = 30;
export const CONFERENCE_MAX_DECISIONS = 20;
export const CONFERENCE_DECISION_MAX = 1000;
export const PROGRESS_NOTE_MAX = 4000;

// Code points, as PostgreSQL's char_length counts them.
const charLength = (s: string) => [...s].length;
const isBlank = (s: string) => s.trim() === '';
const invalid = (
  field: string,
  rule: ValidationRule,
  message: string,
  bounds: RuleBounds = {},
): CaseProblem => ({
  code: 'VALIDATION',
  ...fieldProblem(field, rule, message, bounds),
});

/** A closed case is read-only: every change to it (and its plan, notes, conferences) is refused. */
export function checkCaseOpen(status: CaseStatus): CaseProblem | null {
  return status === 'CLOSED'
    ? { code: 'INVALID_STATE', field: null, message: 'the case is closed and can no longer be changed' }
    : null;
}

/** 욕구사정: 1 to 10 domains, each at most once, with a note of at most 2000 characters. */
export function checkAssessment(
  items: { domain: NeedsDomain; level: NeedLevel; note: string }[],
): CaseProblem[] {
  const problems: CaseProblem[] = [];
  if (items.length < 1 || items.length > NEEDS_DOMAINS.length) {
    problems.push(
      invalid(
        'items',
        items.length < 1 ? 'TOO_FEW' : 'TOO_MANY',
        `assess 1 to ${NEEDS_DOMAINS.length} domains`,
        { min: 1, max: NEEDS_DOMAINS.length },
      ),
    );
  }
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (!isNeedsDomain(item.domain))
      problems.push(
        invalid(`items.${i}.domain`, 'NOT_ALLOWED_VALUE', `unknown needs domain '${item.domain}'`),
      );
    else if (seen.has(item.domain))
      problems.push(invalid(`items.${i}.domain`, 'DUPLICATE_ITEM', `${item.domain} is assessed twice`));
    seen.add(item.domain);
    if (!(NEED_LEVELS as readonly string[]).includes(item.level))
      problems.push(invalid(`items.${i}.level`, 'NOT_ALLOWED_VALUE', `unknown need level '${item.level}'`));
    if (charLength(item.note) > ASSESSMENT_NOTE_MAX)
      problems.push(
        invalid(`items.${i}.note`, 'TOO_LONG', `the note must be at most ${ASSESSMENT_NOTE_MAX} characters`, {
          limit: ASSESSMENT_NOTE_MAX,
        }),
      );
  });
  return problems;
}

/** The domains with an assessed need (level other than NONE): what a goal may address. */
export function domainsInNeed(items: readonly { domain: NeedsDomain; level: NeedLevel }[]): Set<NeedsDomain> {
  return new Set(items.filter((item) => item.level !== 'NONE').map((item) => item.domain));
}

/**
 * A service plan goal answers needs found in the assessment: `assessedDomains` holds the domains
 * assessed with a level other than NONE (domainsInNeed).
 */
export function checkGoal(
  goal: { title: string; targetDate: string; needs: NeedsDomain[] },
  assessedDomains: ReadonlySet<NeedsDomain>,
  today: string,
): CaseProblem[] {
  const problems: CaseProblem[] = [];
  const title = charLength(goal.title.trim());
  if (title < GOAL_TITLE_MIN || title > GOAL_TITLE_MAX)
    problems.push(
      invalid(
        'title',
        title < GOAL_TITLE_MIN ? (title === 0 ? 'REQUIRED' : 'TOO_SHORT') : 'TOO_LONG',
        `the title must be ${GOAL_TITLE_MIN} to ${GOAL_TITLE_MAX} characters`,
        { min: GOAL_TITLE_MIN, max: GOAL_TITLE_MAX },
      ),
    );
  if (!isIsoDate(goal.targetDate))
    problems.push(invalid('targetDate', 'INVALID_FORMAT', 'the target date must be a date YYYY-MM-DD'));
  else if (goal.targetDate < today)
    problems.push(invalid('targetDate', 'DATE_IN_PAST', 'the target date must not be in the past'));
  if (goal.needs.length < 1 || goal.needs.length > NEEDS_DOMAINS.length) {
    problems.push(
      invalid(
        'needs',
        goal.needs.length < 1 ? 'TOO_FEW' : 'TOO_MANY',
        `a goal addresses 1 to ${NEEDS_DOMAINS.length} needs domains`,
        { min: 1, max: NEEDS_DOMAINS.length },
      ),
    );
  }
  if (new Set(goal.needs).size !== goal.needs.length)
    problems.push(invalid('needs', 'DUPLICATE_ITEM', 'each needs domain may be named once'));
  const unassessed = [...new Set(goal.needs)].filter((d) => !assessedDomains.has(d));
  if (unassessed.length > 0)
    problems.push(invalid('needs', 'NOT_ALLOWED_VALUE', `not assessed as a need: ${unassessed.join(', ')}`));
  return problems;
}

/** 종결: no open referral may be left behind (each must be completed, declined or cancelled first). */
export function checkClosure(reason: CaseClosureReason, note: string, openReferrals: number): CaseProblem[] {
  const problems: CaseProblem[] = [];
  if (openReferrals > 0) {
    const what = openReferrals === 1 ? 'the 1 open referral' : `the ${openReferrals} open referrals`;
    problems.push({
      code: 'INVALID_STATE',
      field: null,
      message: `close or cancel ${what} first`,
      openReferrals,
    });
  }
  if (!(CASE_CLOSURE_REASONS as readonly string[]).includes(reason))
    problems.push(invalid('reason', 'NOT_ALLOWED_VALUE', `unknown closure reason '${reason}'`));
  if (reason === 'OTHER' && isBlank(note))
    problems.push(invalid('note', 'REQUIRED', 'explain the closure when the reason is OTHER'));
  if (charLength(note) > CLOSURE_NOTE_MAX)
    problems.push(
      invalid('note', 'TOO_LONG', `the note must be at most ${CLOSURE_NOTE_MAX} characters`, {
        limit: CLOSURE_NOTE_MAX,
      }),
    );
  return problems;
}

/** 사례회의: held already, 1 to 30 named participants, 1 to 20 decisions of 1 to 1000 characters. */
export function checkConference(
  c: { heldOn: string; participants: { agencyId: string; name: string }[]; decisions: string[] },
  today: string,
): CaseProblem[] {
  const problems: CaseProblem[] = [];
  if (!isIsoDate(c.heldOn))
    problems.push(invalid('heldOn', 'INVALID_FORMAT', 'the meeting date must be a date YYYY-MM-DD'));
  else if (c.heldOn > today)
    problems.push(invalid('heldOn', 'DATE_IN_FUTURE', 'a conference is recorded after it was held'));
  if (c.participants.length < 1 || c.participants.length > CONFERENCE_MAX_PARTICIPANTS) {
    problems.push(
      invalid(
        'participants',
        c.participants.length < 1 ? 'TOO_FEW' : 'TOO_MANY',
        `list 1 to ${CONFERENCE_MAX_PARTICIPANTS} participants`,
        { min: 1, max: CONFERENCE_MAX_PARTICIPANTS },
      ),
    );
  }
  c.participants.forEach((p, i) => {
    if (isBlank(p.name))
      problems.push(invalid(`participants.${i}.name`, 'REQUIRED', 'each participant needs a name'));
  });
  if (c.decisions.length < 1 || c.decisions.length > CONFERENCE_MAX_DECISIONS) {
    problems.push(
      invalid(
        'decisions',
        c.decisions.length < 1 ? 'TOO_FEW' : 'TOO_MANY',
        `record 1 to ${CONFERENCE_MAX_DECISIONS} decisions`,
        { min: 1, max: CONFERENCE_MAX_DECISIONS },
      ),
    );
  }
  c.decisions.forEach((d, i) => {
    if (isBlank(d) || charLength(d) > CONFERENCE_DECISION_MAX) {
      problems.push(
        invalid(
          `decisions.${i}`,
          isBlank(d) ? 'REQUIRED' : 'TOO_LONG',
          `each decision must be 1 to ${CONFERENCE_DECISION_MAX} characters`,
          { limit: CONFERENCE_DECISION_MAX },
        ),
      );
    }
  });
  return problems;
}

/** 모니터링(점검) 기록: 1 to 4000 characters, dated today or earlier. */
export function checkProgressNote(n: { text: string; notedOn: string }, today: string): CaseProblem[] {
  const problems: CaseProblem[] = [];
  if (isBlank(n.text) || charLength(n.text) > PROGRESS_NOTE_MAX)
    problems.push(
      invalid(
        'text',
        isBlank(n.text) ? 'REQUIRED' : 'TOO_LONG',
        `the note must be 1 to ${PROGRESS_NOTE_MAX} characters`,
        { limit: PROGRESS_NOTE_MAX },
      ),
    );
  if (!isIsoDate(n.notedOn))
    problems.push(invalid('notedOn', 'INVALID_FORMAT', 'the date must be a date YYYY-MM-DD'));
  else if (n.notedOn > today)
    problems.push(invalid('notedOn', 'DATE_IN_FUTURE', 'a note cannot be dated in the future'));
  return problems;
}
