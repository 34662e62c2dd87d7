import { describe, expect, it } from 'vitest';
import { basicPension } from './basic-pension';
import { household, member, PARAMETERS } from './benefit-fixtures.test-data';
import type { BenefitMember, HouseholdProperty } from './household';
import { ParameterReader } from './trace';

const ELDER = '1950-01-01';
const run = (members: BenefitMember[], asOf = '2026-03-01', property?: Partial<HouseholdProperty>) => {
  const h = household({
    asOf,
    members,
    property: { residential: 0, general: 0, financial: 0, debt: 0, cars: [], ...property },
  });
  return basicPension(h, new ParameterReader(PARAMETERS, asOf));
};
const single = (income: number, asOf?: string) =>
  run([member({ birthDate: ELDER, income: { publicTransfer: income } })], asOf);

describe('기초연금 (basic pension)', () => {
  it.each([
    { income: 0, eligible: true, amount: 349700 },
    { income: 2120300, eligible: true, amount: 349700 }, // 2,120,300 + 349,700 = 2,470,000: no cut
    { income: 2120301, eligible: true, amount: 349699 }, // 소득역전 방지: cut to the gap
    { income: 2300000, eligible: true, amount: 170000 },
    { income: 2440000, eligible: true, amount: 34970 }, // the gap 30,000 is below the 10 % floor
    { income: 2470000, eligible: true, amount: 34970 },
    { income: 2470001, eligible: false, amount: null },
  ])('basicPension single 2026 at $income: $amount', ({ income, eligible, amount }) => {
    const r = single(income);
    expect([r.eligible, r.monthlyAmount, r.threshold, r.incomeRecognized]).toEqual([
      eligible,
      amount,
      2470000,
      income,
    ]);
  });

  it.each([
    { asOf: '2025-12-31', amount: 342510, threshold: 2280000 },
    { asOf: '2026-01-01', amount: 349700, threshold: 2470000 },
  ])('basicPension on $asOf pays $amount', ({ asOf, amount, threshold }) => {
    const r = single(0, asOf);
    expect([r.monthlyAmount, r.threshold]).toEqual([amount, threshold]);
  });

  it('basicPension cuts 20 % each when both of a couple receive it', () => {
    const r = run([member({ birthDate: ELDER }), member({ birthDate: ELDER, relationship: 'SPOUSE' })]);
    expect([r.monthlyAmount, r.threshold, r.byMember]).toEqual([559520, 3952000, [279760, 279760]]);
  });

  it('basicPension pays the full amount when only one of a couple is of age', () => {
    const r = run([
      member({ birthDate: ELDER }),
      member({ birthDate: '1970-01-01', relationship: 'SPOUSE' }),
    ]);
    expect([r.monthlyAmount, r.threshold, r.byMember]).toEqual([349700, 3952000, [349700, 0]]);
  });

  it('basicPension counts earned income after the 기본공제, at 70 %', () => {
    const r = run([member({ birthDate: ELDER, income: { earned: 2000000 } })]);
    expect(r.incomeRecognized).toBe(588000); // (2,000,000 − 1,160,000) × 70 %
    expect(r.trace[0]?.formula).toBe('(2,000,000원 − 1,160,000원) × 70% = 588,000원');
  });

  it('basicPension converts property at 4 % a year after the deductions', () => {
    // (2억 − 8,500만) + (3,000만 − 2,000만) − 0 = 1억2,500만 × 4 % ÷ 12 = 416,667
    const r = run([member({ birthDate: ELDER })], '2026-03-01', {
      residential: 200000000,
      financial: 30000000,
    });
    expect(r.incomeRecognized).toBe(416667);
  });

  it('basicPension is not for a household without anyone of 65', () => {
    const r = run([member({ birthDate: '1961-03-02' })]);
    expect([r.eligible, r.monthlyAmount]).toEqual([false, null]);
    expect(run([member({ birthDate: '1961-03-01' })]).eligible).toBe(true);
  });

  it('basicPension counts the property once in a household without a 가구주', () => {
    const r = run(
      [
        member({ birthDate: ELDER, relationship: 'OTHER' }),
        member({ birthDate: ELDER, relationship: 'OTHER' }),
      ],
      '2026-03-01',
      { residential: 200000000 },
    );
    expect(r.incomeRecognized).toBe(383333); // (2억 − 8,500만) × 4 % ÷ 12, once
  });
});
