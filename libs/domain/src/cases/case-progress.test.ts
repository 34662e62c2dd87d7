import { describe, expect, it } from 'vitest';
import { isCaseOverdue, isCaseStalled, isStalledDays, stalledOnOrBefore } from './case-progress';

const TODAY = '2026-03-10';

describe('isCaseOverdue', () => {
  it.each([
    {
      name: 'an open case with nothing due is not overdue',
      status: 'OPEN',
      referrals: [],
      goals: [],
      overdue: false,
    },
    {
      name: 'a referral open past its deadline makes the case overdue',
      status: 'OPEN',
      referrals: [{ status: 'SENT', deadline: '2026-03-09' }],
      goals: [],
      overdue: true,
    },
    {
      name: 'a referral due today is still in time',
      status: 'OPEN',
      referrals: [{ status: 'RECEIVED', deadline: TODAY }],
      goals: [],
      overdue: false,
    },
    {
      name: 'a completed referral past its old deadline is not overdue',
      status: 'OPEN',
      referrals: [{ status: 'COMPLETED', deadline: '2026-01-01' }],
      goals: [],
      overdue: false,
    },
    {
      name: 'a goal past its target date makes the case overdue',
      status: 'OPEN',
      referrals: [],
      goals: [{ targetDate: '2026-03-09' }],
      overdue: true,
    },
    {
      name: 'a goal due today is still in time',
      status: 'OPEN',
      referrals: [],
      goals: [{ targetDate: TODAY }],
      overdue: false,
    },
    {
      name: 'a closed case is never overdue',
      status: 'CLOSED',
      referrals: [{ status: 'SENT', deadline: '2026-01-01' }],
      goals: [{ targetDate: '2026-01-01' }],
      overdue: false,
    },
  ] as const)('$name', ({ status, referrals, goals, overdue }) => {
    expect(isCaseOverdue({ status, referrals, goals }, TODAY)).toBe(overdue);
  });
});

describe('isCaseStalled', () => {
  it.each([
    { name: 'activity today is not a stall', last: TODAY, days: 1, stalled: false },
    { name: 'exactly N days without activity is stalled', last: '2026-02-08', days: 30, stalled: true },
    { name: 'one day short of N is not stalled', last: '2026-02-09', days: 30, stalled: false },
    {
      name: 'the count crosses 29 February in a leap year',
      last: '2028-02-28',
      days: 2,
      stalled: true,
      today: '2028-03-01',
    },
  ])('$name', ({ last, days, stalled, today }) => {
    expect(isCaseStalled({ status: 'OPEN', lastActivityOn: last }, today ?? TODAY, days)).toBe(stalled);
  });

  it('a closed case is never stalled', () => {
    expect(isCaseStalled({ status: 'CLOSED', lastActivityOn: '2020-01-01' }, TODAY, 30)).toBe(false);
  });

  it('stalledOnOrBefore gives the last day that still counts as stalled', () => {
    expect(stalledOnOrBefore(TODAY, 30)).toBe('2026-02-08');
  });

  it.each([
    { days: 0, ok: false },
    { days: 1, ok: true },
    { days: 3650, ok: true },
    { days: 3651, ok: false },
    { days: 1.5, ok: false },
  ])('isStalledDays($days) is $ok', ({ days, ok }) => {
    expect(isStalledDays(days)).toBe(ok);
  });
});
