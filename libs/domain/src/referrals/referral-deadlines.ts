// Referral deadlines as data (docs/style.md §6): how long each side may leave a referral in a status
// before it shows as overdue. The numbers are Ieum's default policy, not statute; a region may pass
// its own. Working days follow working-days.ts (주말·공휴일 excluded).
import { addCalendarDays } from '../calendar/calendar-date';
import { addWorkingDays } from '../calendar/working-days';
import type { ReferralStatus } from './referral-state';

export interface ReferralDeadlinePolicy {
  /** SENT: the receiver opens the referral within this many working days of sentOn. */
  receiveWithinWorkingDays: number;
  /** RECEIVED: accept or decline within this many working days of sentOn, unless the sender set replyBy. */
  replyWithinWorkingDays: number;
  /** ACCEPTED: start the service within this many working days of acceptance. */
  startWithinWorkingDays: number;
  /** IN_SERVICE: complete (회송) within this many calendar days of the start. */
  completeWithinDays: number;
}

export const DEFAULT_REFERRAL_DEADLINES: ReferralDeadlinePolicy = {
  receiveWithinWorkingDays: 2,
  replyWithinWorkingDays: 5,
  startWithinWorkingDays: 10,
  completeWithinDays: 90,
};

export interface ReferralTimeline {
  status: ReferralStatus;
  /** 'YYYY-MM-DD' */
  sentOn: string;
  /** The reply date the sender asked for, when given. */
  replyBy: string | null;
  /** The date the current status began. */
  statusSince: string;
}

/** The reply date proposed when the sender gives none. */
export function defaultReplyBy(
  sentOn: string,
  policy: ReferralDeadlinePolicy,
  holidays: ReadonlySet<string>,
): string {
  return addWorkingDays(sentOn, policy.replyWithinWorkingDays, holidays);
}

/** The last day the current step may be done on; null once the referral is final. */
export function currentDeadline(
  r: ReferralTimeline,
  policy: ReferralDeadlinePolicy,
  holidays: ReadonlySet<string>,
): string | null {
  switch (r.status) {
    case 'SENT':
      return addWorkingDays(r.sentOn, policy.receiveWithinWorkingDays, holidays);
    case 'RECEIVED':
      return r.replyBy ?? defaultReplyBy(r.sentOn, policy, holidays);
    case 'ACCEPTED':
      return addWorkingDays(r.statusSince, policy.startWithinWorkingDays, holidays);
    case 'IN_SERVICE':
      return addCalendarDays(r.statusSince, policy.completeWithinDays);
    case 'DECLINED':
    case 'COMPLETED':
    case 'CANCELLED':
      return null;
  }
}

/** Overdue from the day after the deadline; the deadline day itself is still in time. */
export function isReferralOverdue(
  r: ReferralTimeline,
  today: string,
  policy: ReferralDeadlinePolicy,
  holidays: ReadonlySet<string>,
): boolean {
  const deadline = currentDeadline(r, policy, holidays);
  return deadline !== null && today > deadline;
}
