import { describe, expect, it } from 'vitest';
import {
  availableReferralActions,
  FINAL_REFERRAL_STATUSES,
  nextReferralStatus,
  placesTaken,
  REFERRAL_ACTIONS,
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_OUTCOMES,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  REFERRAL_TRANSITIONS,
  type ReferralAction,
  type ReferralOutcome,
  type ReferralSide,
  type ReferralStatus,
} from './referral-state';

const DETAILS = { reason: '정원이 찼습니다', outcome: 'SERVED' as ReferralOutcome };

const ALLOWED: {
  name: string;
  from: ReferralStatus;
  action: ReferralAction;
  side: ReferralSide;
  to: ReferralStatus;
}[] = [
  {
    name: 'the receiver opening a sent referral makes it RECEIVED',
    from: 'SENT',
    action: 'RECEIVE',
    side: 'RECEIVER',
    to: 'RECEIVED',
  },
  {
    name: 'the receiver accepting a received referral makes it ACCEPTED',
    from: 'RECEIVED',
    action: 'ACCEPT',
    side: 'RECEIVER',
    to: 'ACCEPTED',
  },
  {
    name: 'the receiver declining a received referral with a reason makes it DECLINED',
    from: 'RECEIVED',
    action: 'DECLINE',
    side: 'RECEIVER',
    to: 'DECLINED',
  },
  {
    name: 'the receiver starting an accepted referral makes it IN_SERVICE',
    from: 'ACCEPTED',
    action: 'START_SERVICE',
    side: 'RECEIVER',
    to: 'IN_SERVICE',
  },
  {
    name: 'the receiver completing a referral in service with an outcome returns it as COMPLETED',
    from: 'IN_SERVICE',
    action: 'COMPLETE',
    side: 'RECEIVER',
    to: 'COMPLETED',
  },
  {
    name: 'the sender cancelling a sent referral makes it CANCELLED',
    from: 'SENT',
    action: 'CANCEL',
    side: 'SENDER',
    to: 'CANCELLED',
  },
  {
    name: 'the sender cancelling a received referral makes it CANCELLED',
    from: 'RECEIVED',
    action: 'CANCEL',
    side: 'SENDER',
    to: 'CANCELLED',
  },
];

// Every (status, action) pair not in ALLOWED, taken by the side that owns the action.
const FORBIDDEN: { from: ReferralStatus; action: ReferralAction }[] = [
  { from: 'RECEIVED', action: 'RECEIVE' },
  { from: 'ACCEPTED', action: 'RECEIVE' },
  { from: 'DECLINED', action: 'RECEIVE' },
  { from: 'IN_SERVICE', action: 'RECEIVE' },
  { from: 'COMPLETED', action: 'RECEIVE' },
  { from: 'CANCELLED', action: 'RECEIVE' },
  { from: 'SENT', action: 'ACCEPT' },
  { from: 'ACCEPTED', action: 'ACCEPT' },
  { from: 'DECLINED', action: 'ACCEPT' },
  { from: 'IN_SERVICE', action: 'ACCEPT' },
  { from: 'COMPLETED', action: 'ACCEPT' },
  { from: 'CANCELLED', action: 'ACCEPT' },
  { from: 'SENT', action: 'DECLINE' },
  { from: 'ACCEPTED', action: 'DECLINE' },
  { from: 'DECLINED', action: 'DECLINE' },
  { from: 'IN_SERVICE', action: 'DECLINE' },
  { from: 'COMPLETED', action: 'DECLINE' },
  { from: 'CANCELLED', action: 'DECLINE' },
  { from: 'SENT', action: 'START_SERVICE' },
  { from: 'RECEIVED', action: 'START_SERVICE' },
  { from: 'DECLINED', action: 'START_SERVICE' },
  { from: 'IN_SERVICE', action: 'START_SERVICE' },
  { from: 'COMPLETED', action: 'START_SERVICE' },
  { from: 'CANCELLED', action: 'START_SERVICE' },
  { from: 'SENT', action: 'COMPLETE' },
  { from: 'RECEIVED', action: 'COMPLETE' },
  { from: 'ACCEPTED', action: 'COMPLETE' },
  { from: 'DECLINED', action: 'COMPLETE' },
  { from: 'COMPLETED', action: 'COMPLETE' },
  { from: 'CANCELLED', action: 'COMPLETE' },
  { from: 'ACCEPTED', action: 'CANCEL' },
  { from: 'DECLINED', action: 'CANCEL' },
  { from: 'IN_SERVICE', action: 'CANCEL' },
  { from: 'COMPLETED', action: 'CANCEL' },
  { from: 'CANCELLED', action: 'CANCEL' },
];

describe('nextReferralStatus', () => {
  it.each(ALLOWED)('$name', ({ from, action, side, to }) => {
    expect(nextReferralStatus(from, action, side, DETAILS)).toEqual({ ok: true, value: to });
  });

  it.each(FORBIDDEN)('$action is refused as INVALID_TRANSITION on a $from referral', ({ from, action }) => {
    const side = REFERRAL_TRANSITIONS[action].by;
    const result = nextReferralStatus(from, action, side, DETAILS);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', from, action } });
  });

  it('the allowed and forbidden tables together cover every status and action', () => {
    const pairs = [...ALLOWED, ...FORBIDDEN].map((r) => `${r.from}:${r.action}`);
    expect(new Set(pairs).size).toBe(REFERRAL_STATUSES.length * REFERRAL_ACTIONS.length);
    expect(pairs).toHaveLength(REFERRAL_STATUSES.length * REFERRAL_ACTIONS.length);
  });

  it.each<{ name: string; from: ReferralStatus; action: ReferralAction; side: ReferralSide }>([
    { name: 'the sender cannot receive its own referral', from: 'SENT', action: 'RECEIVE', side: 'SENDER' },
    { name: 'the sender cannot accept its own referral', from: 'RECEIVED', action: 'ACCEPT', side: 'SENDER' },
    {
      name: 'the sender cannot decline its own referral',
      from: 'RECEIVED',
      action: 'DECLINE',
      side: 'SENDER',
    },
    {
      name: 'the sender cannot start the service',
      from: 'ACCEPTED',
      action: 'START_SERVICE',
      side: 'SENDER',
    },
    {
      name: 'the sender cannot complete the service',
      from: 'IN_SERVICE',
      action: 'COMPLETE',
      side: 'SENDER',
    },
    { name: 'the receiver cannot cancel a sent referral', from: 'SENT', action: 'CANCEL', side: 'RECEIVER' },
    {
      name: 'the receiver cannot cancel a received referral',
      from: 'RECEIVED',
      action: 'CANCEL',
      side: 'RECEIVER',
    },
    {
      name: 'the wrong side is FORBIDDEN even when the status is also wrong',
      from: 'COMPLETED',
      action: 'CANCEL',
      side: 'RECEIVER',
    },
    {
      name: 'the sender is FORBIDDEN to accept a cancelled referral, not told it is cancelled',
      from: 'CANCELLED',
      action: 'ACCEPT',
      side: 'SENDER',
    },
  ])('$name', ({ from, action, side }) => {
    expect(nextReferralStatus(from, action, side, DETAILS)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', side, action },
    });
  });

  type Details = Parameters<typeof nextReferralStatus>[3];
  it.each<{ name: string; from: ReferralStatus; action: ReferralAction; details: Details; expected: object }>(
    [
      {
        name: 'declining without details is a VALIDATION error on reason',
        from: 'RECEIVED',
        action: 'DECLINE',
        details: undefined,
        expected: { ok: false, error: { code: 'VALIDATION', field: 'reason' } },
      },
      {
        name: 'declining with a null reason is a VALIDATION error on reason',
        from: 'RECEIVED',
        action: 'DECLINE',
        details: { reason: null },
        expected: { ok: false, error: { code: 'VALIDATION', field: 'reason' } },
      },
      {
        name: 'declining with a blank reason is a VALIDATION error on reason',
        from: 'RECEIVED',
        action: 'DECLINE',
        details: { reason: '  \n ' },
        expected: { ok: false, error: { code: 'VALIDATION', field: 'reason' } },
      },
      {
        name: 'declining with a reason of exactly 1000 characters is allowed',
        from: 'RECEIVED',
        action: 'DECLINE',
        details: { reason: '가'.repeat(1000) },
        expected: { ok: true, value: 'DECLINED' },
      },
      {
        name: 'declining with a reason of 1001 characters is a VALIDATION error on reason',
        from: 'RECEIVED',
        action: 'DECLINE',
        details: { reason: '가'.repeat(1001) },
        expected: { ok: false, error: { code: 'VALIDATION', field: 'reason' } },
      },
      {
        name: 'completing without details is a VALIDATION error on outcome',
        from: 'IN_SERVICE',
        action: 'COMPLETE',
        details: undefined,
        expected: { ok: false, error: { code: 'VALIDATION', field: 'outcome' } },
      },
      {
        name: 'completing with a null outcome is a VALIDATION error on outcome',
        from: 'IN_SERVICE',
        action: 'COMPLETE',
        details: { outcome: null },
        expected: { ok: false, error: { code: 'VALIDATION', field: 'outcome' } },
      },
      {
        name: 'completing with an unknown outcome is a VALIDATION error on outcome',
        from: 'IN_SERVICE',
        action: 'COMPLETE',
        details: { outcome: 'DONE' as ReferralOutcome },
        expected: { ok: false, error: { code: 'VALIDATION', field: 'outcome' } },
      },
      {
        name: 'completing with NOT_ELIGIBLE is allowed',
        from: 'IN_SERVICE',
        action: 'COMPLETE',
        details: { outcome: 'NOT_ELIGIBLE' },
        expected: { ok: true, value: 'COMPLETED' },
      },
      {
        name: 'accepting needs no details',
        from: 'RECEIVED',
        action: 'ACCEPT',
        details: undefined,
        expected: { ok: true, value: 'ACCEPTED' },
      },
      {
        name: 'cancelling needs no reason',
        from: 'SENT',
        action: 'CANCEL',
        details: undefined,
        expected: { ok: true, value: 'CANCELLED' },
      },
      {
        name: 'a wrong status is reported before missing details',
        from: 'SENT',
        action: 'DECLINE',
        details: undefined,
        expected: { ok: false, error: { code: 'INVALID_TRANSITION', from: 'SENT' } },
      },
    ],
  )('$name', ({ from, action, details, expected }) => {
    expect(nextReferralStatus(from, action, REFERRAL_TRANSITIONS[action].by, details)).toMatchObject(
      expected,
    );
  });
});

describe('the referral loop as data', () => {
  it.each(FINAL_REFERRAL_STATUSES.map((status) => ({ status })))(
    'no action leaves a $status referral',
    ({ status }) => {
      expect(REFERRAL_ACTIONS.filter((a) => REFERRAL_TRANSITIONS[a].from.includes(status))).toEqual([]);
    },
  );

  it.each<{ name: string; status: ReferralStatus; side: ReferralSide; actions: ReferralAction[] }>([
    {
      name: 'the receiver may only receive a sent referral',
      status: 'SENT',
      side: 'RECEIVER',
      actions: ['RECEIVE'],
    },
    {
      name: 'the sender may only cancel a sent referral',
      status: 'SENT',
      side: 'SENDER',
      actions: ['CANCEL'],
    },
    {
      name: 'the receiver may accept or decline a received referral',
      status: 'RECEIVED',
      side: 'RECEIVER',
      actions: ['ACCEPT', 'DECLINE'],
    },
    {
      name: 'the sender may no longer act on an accepted referral',
      status: 'ACCEPTED',
      side: 'SENDER',
      actions: [],
    },
    {
      name: 'the receiver may only complete a referral in service',
      status: 'IN_SERVICE',
      side: 'RECEIVER',
      actions: ['COMPLETE'],
    },
    { name: 'nobody may act on a completed referral', status: 'COMPLETED', side: 'RECEIVER', actions: [] },
  ])('$name', ({ status, side, actions }) => {
    expect(availableReferralActions(status, side)).toEqual(actions);
  });

  it('every status and outcome has a Korean and an English label', () => {
    for (const s of REFERRAL_STATUSES)
      expect(REFERRAL_STATUS_LABELS[s].ko && REFERRAL_STATUS_LABELS[s].en).toBeTruthy();
    for (const o of REFERRAL_OUTCOMES)
      expect(REFERRAL_OUTCOME_LABELS[o].ko && REFERRAL_OUTCOME_LABELS[o].en).toBeTruthy();
    expect(REFERRAL_STATUS_LABELS.COMPLETED.ko).toBe('완료(회송)');
  });
});

describe('places of a resource held by referrals', () => {
  it.each<{ action: ReferralAction; taken: -1 | 0 | 1 }>([
    { action: 'RECEIVE', taken: 0 },
    { action: 'ACCEPT', taken: 1 },
    { action: 'DECLINE', taken: 0 },
    { action: 'START_SERVICE', taken: 0 },
    { action: 'COMPLETE', taken: -1 },
    { action: 'CANCEL', taken: 0 },
  ])('$action changes the places taken by $taken', ({ action, taken }) => {
    const { from, to } = REFERRAL_TRANSITIONS[action];
    for (const f of from) expect(placesTaken(f, to)).toBe(taken);
  });

  it('every path from SENT to a final status gives back each place it took', () => {
    const ends = (s: ReferralStatus, taken: number): number[] =>
      isFinal(s)
        ? [taken]
        : REFERRAL_ACTIONS.filter((a) => REFERRAL_TRANSITIONS[a].from.includes(s)).flatMap((a) =>
            ends(REFERRAL_TRANSITIONS[a].to, taken + placesTaken(s, REFERRAL_TRANSITIONS[a].to)),
          );
    expect(new Set(ends('SENT', 0))).toEqual(new Set([0]));
  });
});

const isFinal = (s: ReferralStatus) => FINAL_REFERRAL_STATUSES.includes(s);
