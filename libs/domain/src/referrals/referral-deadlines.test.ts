import { describe, expect, it } from 'vitest';
import { KOREAN_PUBLIC_HOLIDAYS } from '../calendar/working-days';
import {
  currentDeadline,
  DEFAULT_REFERRAL_DEADLINES as P,
  defaultReplyBy,
  isReferralOverdue,
  type ReferralTimeline,
} from './referral-deadlines';

const H = KOREAN_PUBLIC_HOLIDAYS;
const NO_HOLIDAYS: ReadonlySet<string> = new Set();
// 2026-03-09 is a Monday with no holiday that week or the next two.
const t = (
  status: ReferralTimeline['status'],
  sentOn: string,
  statusSince = sentOn,
  replyBy: string | null = null,
): ReferralTimeline => ({
  status,
  sentOn,
  replyBy,
  statusSince,
});

describe('currentDeadline', () => {
  it.each<{ name: string; r: ReferralTimeline; holidays?: ReadonlySet<string>; deadline: string | null }>([
    {
      name: 'a referral sent on Monday is due to be received by Wednesday',
      r: t('SENT', '2026-03-09'),
      deadline: '2026-03-11',
    },
    {
      name: 'a referral sent on Thursday is due to be received by the next Monday',
      r: t('SENT', '2026-03-12'),
      deadline: '2026-03-16',
    },
    {
      name: 'a referral sent on a Saturday is due to be received by Tuesday',
      r: t('SENT', '2026-03-14'),
      deadline: '2026-03-17',
    },
    {
      name: 'a referral sent before 설날 skips the three holidays',
      r: t('SENT', '2026-02-13'),
      deadline: '2026-02-20',
    },
    {
      name: 'without holidays the same referral is due on the Tuesday',
      r: t('SENT', '2026-02-13'),
      holidays: NO_HOLIDAYS,
      deadline: '2026-02-17',
    },
    {
      name: 'a received referral is due a reply 5 working days after it was sent',
      r: t('RECEIVED', '2026-03-09', '2026-03-10'),
      deadline: '2026-03-16',
    },
    {
      name: 'a received referral is due a reply by the sender’s replyBy when given',
      r: t('RECEIVED', '2026-03-09', '2026-03-10', '2026-03-31'),
      deadline: '2026-03-31',
    },
    {
      name: 'a replyBy earlier than the default still wins',
      r: t('RECEIVED', '2026-03-09', '2026-03-10', '2026-03-10'),
      deadline: '2026-03-10',
    },
    {
      name: 'an accepted referral is due to start 10 working days after acceptance',
      r: t('ACCEPTED', '2026-03-02', '2026-03-09'),
      deadline: '2026-03-23',
    },
    {
      name: 'an accepted referral before 추석 skips 추석 and the 개천절 substitute holiday',
      r: t('ACCEPTED', '2026-09-14', '2026-09-21'),
      deadline: '2026-10-08',
    },
    {
      name: 'a referral in service is due to complete 90 calendar days after the start',
      r: t('IN_SERVICE', '2026-01-02', '2026-01-05'),
      deadline: '2026-04-05',
    },
    { name: 'a declined referral has no deadline', r: t('DECLINED', '2026-03-09'), deadline: null },
    { name: 'a completed referral has no deadline', r: t('COMPLETED', '2026-03-09'), deadline: null },
    { name: 'a cancelled referral has no deadline', r: t('CANCELLED', '2026-03-09'), deadline: null },
  ])('$name', ({ r, holidays, deadline }) => {
    expect(currentDeadline(r, P, holidays ?? H)).toBe(deadline);
  });

  it('a custom policy changes the deadline', () => {
    expect(currentDeadline(t('SENT', '2026-03-09'), { ...P, receiveWithinWorkingDays: 0 }, H)).toBe(
      '2026-03-09',
    );
  });
});

describe('isReferralOverdue', () => {
  it.each<{ name: string; r: ReferralTimeline; today: string; overdue: boolean }>([
    {
      name: 'a sent referral is not overdue on its deadline',
      r: t('SENT', '2026-03-09'),
      today: '2026-03-11',
      overdue: false,
    },
    {
      name: 'a sent referral is overdue the day after its deadline',
      r: t('SENT', '2026-03-09'),
      today: '2026-03-12',
      overdue: true,
    },
    {
      name: 'a received referral is not overdue before replyBy',
      r: t('RECEIVED', '2026-03-09', '2026-03-10', '2026-03-20'),
      today: '2026-03-19',
      overdue: false,
    },
    {
      name: 'a received referral is overdue after replyBy',
      r: t('RECEIVED', '2026-03-09', '2026-03-10', '2026-03-20'),
      today: '2026-03-21',
      overdue: true,
    },
    {
      name: 'a referral in service is not overdue on day 90',
      r: t('IN_SERVICE', '2026-01-02', '2026-01-05'),
      today: '2026-04-05',
      overdue: false,
    },
    {
      name: 'a referral in service is overdue on day 91',
      r: t('IN_SERVICE', '2026-01-02', '2026-01-05'),
      today: '2026-04-06',
      overdue: true,
    },
    {
      name: 'a completed referral is never overdue',
      r: t('COMPLETED', '2025-01-02'),
      today: '2026-12-31',
      overdue: false,
    },
  ])('$name', ({ r, today, overdue }) => {
    expect(isReferralOverdue(r, today, P, H)).toBe(overdue);
  });
});

describe('defaultReplyBy', () => {
  it.each([
    {
      name: 'a referral sent on Monday gets a reply date the next Monday',
      sentOn: '2026-03-09',
      replyBy: '2026-03-16',
    },
    {
      name: 'a referral sent before the 부처님오신날 substitute holiday skips it',
      sentOn: '2026-05-20',
      replyBy: '2026-05-28',
    },
    {
      name: 'a referral sent before the 2025 추석 연휴 waits past the substitute holiday',
      sentOn: '2025-10-02',
      replyBy: '2025-10-16',
    },
  ])('$name', ({ sentOn, replyBy }) => {
    expect(defaultReplyBy(sentOn, P, H)).toBe(replyBy);
  });
});
