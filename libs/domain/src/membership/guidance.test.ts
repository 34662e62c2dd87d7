import { describe, expect, it } from 'vitest';
import type { Programme, ProgrammeResult } from '../benefits/programme';
import { guidanceChanges, programmesConsentedTo, type ProgrammeStanding } from './guidance';
import { checkMembershipConsent } from './membership-rules';

const result = (programme: Programme, eligible: boolean, monthlyAmount: number | null): ProgrammeResult => ({
  programme,
  eligible,
  monthlyAmount,
  threshold: null,
  incomeRecognized: null,
  reasons: [`${programme} reason`],
  trace: [],
});

describe('guidanceChanges', () => {
  it.each<{
    name: string;
    before: ProgrammeStanding | undefined;
    now: ProgrammeResult;
    kind: string | null;
  }>([
    {
      name: 'first evaluation, eligible',
      before: undefined,
      now: result('LIVELIHOOD', true, 100),
      kind: 'NEWLY_AVAILABLE',
    },
    {
      name: 'first evaluation, not eligible',
      before: undefined,
      now: result('LIVELIHOOD', false, null),
      kind: null,
    },
    {
      name: 'was not eligible, now is',
      before: { eligible: false, monthlyAmount: null },
      now: result('MEDICAL', true, null),
      kind: 'NEWLY_AVAILABLE',
    },
    {
      name: 'amount up by one won',
      before: { eligible: true, monthlyAmount: 100 },
      now: result('LIVELIHOOD', true, 101),
      kind: 'AMOUNT_RAISED',
    },
    {
      name: 'same amount',
      before: { eligible: true, monthlyAmount: 100 },
      now: result('LIVELIHOOD', true, 100),
      kind: null,
    },
    {
      name: 'amount down',
      before: { eligible: true, monthlyAmount: 100 },
      now: result('LIVELIHOOD', true, 99),
      kind: null,
    },
    {
      name: 'no longer eligible',
      before: { eligible: true, monthlyAmount: 100 },
      now: result('LIVELIHOOD', false, null),
      kind: null,
    },
    {
      name: 'in kind, still eligible',
      before: { eligible: true, monthlyAmount: null },
      now: result('MEDICAL', true, null),
      kind: null,
    },
  ])('$name', ({ before, now, kind }) => {
    const baseline = new Map(before ? [[now.programme, before]] : []);
    const changes = guidanceChanges(baseline, [now]);
    expect(changes.map((c) => c.kind)).toEqual(kind ? [kind] : []);
    if (kind)
      expect(changes[0]).toMatchObject({
        previousMonthlyAmount: before?.monthlyAmount ?? null,
        reasons: now.reasons,
      });
  });
});

describe('programmesConsentedTo', () => {
  it('leaves out 장애인연금 without consent to HEALTH', () => {
    expect(programmesConsentedTo(['LIVELIHOOD', 'DISABILITY_PENSION'], ['BASIC', 'FINANCES'])).toEqual([
      'LIVELIHOOD',
    ]);
    expect(
      programmesConsentedTo(['LIVELIHOOD', 'DISABILITY_PENSION'], ['BASIC', 'FINANCES', 'HEALTH']),
    ).toEqual(['LIVELIHOOD', 'DISABILITY_PENSION']);
  });
});

describe('checkMembershipConsent', () => {
  const today = '2026-12-02';
  const good = {
    items: ['BASIC', 'FINANCES'] as const,
    purpose: '맞춤형 급여 안내',
    validUntil: '2027-12-01',
    refusalNoticeGiven: true,
  };
  it('takes a consent to BASIC and FINANCES', () => {
    expect(checkMembershipConsent(good, today)).toEqual([]);
  });
  it('names the missing item and the consent fields as the input spells them', () => {
    const problems = checkMembershipConsent(
      { ...good, items: ['BASIC'], refusalNoticeGiven: false, validUntil: '2026-01-01' },
      today,
    );
    expect(problems.map((p) => [p.field, p.rule])).toEqual(
      expect.arrayContaining([
        ['consent.items', 'REQUIRED_ITEM'],
        ['consent.refusalNoticeGiven', 'MUST_BE_CONFIRMED'],
        ['consent.validUntil', 'DATE_IN_PAST'],
      ]),
    );
  });
});
