// Which cases a supervisor should look at first (희망복지지원단 사례 점검): the overdue ones and the
// stalled ones. The case list's overdue and stalledDays filters run these rules in SQL
// (apps/api/src/modules/cases/cases.service.ts caseProgressSql), so the two must say the same.
import { addCalendarDays, dayNumberOf } from '../calendar/calendar-date';
import { isFinalReferralStatus, type ReferralStatus } from '../referrals/referral-state';
import type { CaseStatus } from './case-rules';

/** The longest stall a filter may ask about (about ten years): anything longer is every case. */
export const STALLED_DAYS_MAX = 3650;

/**
 * 기한 초과 사례: an open case with a referral still open past its deadline (the referral rules'
 * overdue: from the day after the deadline) or a service-plan goal whose target date has passed.
 * A closed case has nothing due.
 */
export function isCaseOverdue(
  c: {
    status: CaseStatus;
    referrals: readonly { status: ReferralStatus; deadline: string | null }[];
    goals: readonly { targetDate: string }[];
  },
  today: string,
): boolean {
  if (c.status !== 'OPEN') return false;
  return (
    c.referrals.some((r) => !isFinalReferralStatus(r.status) && r.deadline !== null && today > r.deadline) ||
    c.goals.some((g) => today > g.targetDate)
  );
}

/**
 * 정체 사례: an open case with no recorded activity (opening, assessment, goal, service, conference,
 * progress note or a referral step) for at least `days` days, counted in Korean calendar days.
 */
export function isCaseStalled(
  c: { status: CaseStatus; lastActivityOn: string },
  today: string,
  days: number,
): boolean {
  return c.status === 'OPEN' && dayNumberOf(today) - dayNumberOf(c.lastActivityOn) >= days;
}

/** The latest day of last activity that makes a case stalled for `days` days. */
export function stalledOnOrBefore(today: string, days: number): string {
  return addCalendarDays(today, -days);
}

/** A stalledDays filter is a whole number of days from 1 to STALLED_DAYS_MAX. */
export function isStalledDays(days: number): boolean {
  return Number.isInteger(days) && days >= 1 && days <= STALLED_DAYS_MAX;
}
