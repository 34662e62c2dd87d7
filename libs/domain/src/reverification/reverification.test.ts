import { describe, expect, it } from 'vitest';
import { step, type UsedParameter } from '../benefits/trace';
import {
  parameterFamilyLabel,
  reverificationExplanation,
  reverificationOutcome,
  traceDifferences,
} from './reverification';

describe('reverificationOutcome', () => {
  it.each([
    {
      name: 'same amount',
      current: { eligible: true, monthlyAmount: 500000 },
      now: { eligible: true, monthlyAmount: 500000 },
      expected: { kind: 'CONTINUE', oldAmount: 500000, newAmount: 500000, endsOn: null },
    },
    {
      name: 'in kind, still eligible',
      current: { eligible: true, monthlyAmount: null },
      now: { eligible: true, monthlyAmount: null },
      expected: { kind: 'CONTINUE', oldAmount: null, newAmount: null, endsOn: null },
    },
    {
      name: 'amount falls',
      current: { eligible: true, monthlyAmount: 500000 },
      now: { eligible: true, monthlyAmount: 320000 },
      expected: { kind: 'AMOUNT_CHANGED', oldAmount: 500000, newAmount: 320000, endsOn: null },
    },
    {
      name: 'amount rises',
      current: { eligible: true, monthlyAmount: 500000 },
      now: { eligible: true, monthlyAmount: 530000 },
      expected: { kind: 'AMOUNT_CHANGED', oldAmount: 500000, newAmount: 530000, endsOn: null },
    },
    {
      name: 'no longer eligible: ends after the notice period',
      current: { eligible: true, monthlyAmount: 500000 },
      now: { eligible: false, monthlyAmount: null },
      expected: { kind: 'ENDS_ON', oldAmount: 500000, newAmount: null, endsOn: '2026-12-31' },
    },
  ])('$name', ({ current, now, expected }) => {
    expect(reverificationOutcome(current, now, '2026-12-01', 30)).toEqual(expected);
  });

  it('counts the notice period across a month and a year end', () => {
    const r = reverificationOutcome(
      { eligible: true, monthlyAmount: 1 },
      { eligible: false, monthlyAmount: null },
      '2026-12-15',
      30,
    );
    expect(r.endsOn).toBe('2027-01-14');
  });
});

const param = (name: string, effectiveFrom: string): UsedParameter => ({
  name,
  effectiveFrom,
  value: '1',
  unverified: false,
});
const describeParam = (name: string) =>
  name.startsWith('median_income.')
    ? '기준 중위소득'
    : name.startsWith('livelihood.')
      ? '생계급여 선정기준'
      : name;

describe('traceDifferences', () => {
  it.each([
    {
      name: 'an income changed',
      before: [step('가구주 근로소득', '…', 1200000), step('소득평가액', '…', 840000)],
      after: [step('가구주 근로소득', '…', 1650000), step('소득평가액', '…', 840000)],
      lines: ['가구주 근로소득 1,200,000원 → 1,650,000원'],
    },
    {
      name: 'the parameter year changed',
      before: [step('기준 중위소득', '…', 6000000, [param('median_income.size_4', '2026-01-01')])],
      after: [step('기준 중위소득', '…', 6000000, [param('median_income.size_4', '2027-01-01')])],
      lines: ['기준 중위소득 2026 → 2027'],
    },
    {
      name: 'a step appears and one goes',
      before: [step('재산의 소득환산액', '…', 120000)],
      after: [step('가구원 근로소득', '…', 300000)],
      lines: ['가구원 근로소득 없음 → 300,000원', '재산의 소득환산액 120,000원 → 없음'],
    },
    {
      name: 'two members with the same label are told apart by order',
      before: [step('근로소득', '…', 100), step('근로소득', '…', 200)],
      after: [step('근로소득', '…', 100), step('근로소득', '…', 250)],
      lines: ['근로소득 (2) 200원 → 250원'],
    },
    {
      name: 'nothing changed',
      before: [step('소득평가액', '…', 1, [param('livelihood.pct', '2026-01-01')])],
      after: [step('소득평가액', '…', 1, [param('livelihood.pct', '2026-01-01')])],
      lines: [],
    },
  ])('$name', ({ before, after, lines }) => {
    expect(traceDifferences(before, after, describeParam)).toEqual(lines);
  });
});

describe('parameterFamilyLabel', () => {
  it.each([
    ['기준 중위소득 4인 가구 (월)', '기준 중위소득'],
    ['기초연금 선정기준액 단독가구 (월)', '기초연금 선정기준액'],
    ['확인조사 후 급여 중지까지의 사전 통지 기간 (일)', '확인조사 후 급여 중지까지의 사전 통지 기간'],
    ['생계급여 선정기준', '생계급여 선정기준'],
  ])('%s → %s', (description, label) => {
    expect(parameterFamilyLabel(description)).toBe(label);
  });
});

describe('reverificationExplanation', () => {
  it('leads with the outcome, then the differences', () => {
    const outcome = reverificationOutcome(
      { eligible: true, monthlyAmount: 500000 },
      { eligible: true, monthlyAmount: 320000 },
      '2026-12-01',
      30,
    );
    expect(reverificationExplanation(outcome, ['가구주 근로소득 1,200,000원 → 1,650,000원'])).toBe(
      '급여액 500,000원 → 320,000원; 가구주 근로소득 1,200,000원 → 1,650,000원',
    );
  });
});
