import { describe, expect, it } from 'vitest';
import { household, member, PARAMETERS } from './benefit-fixtures.test-data';
import { emergencyLivelihood } from './emergency-livelihood';
import type { BenefitHousehold, HouseholdProperty, PensionRegionClass } from './household';
import { ParameterReader } from './trace';

interface Case {
  asOf?: string;
  income?: number;
  size?: number;
  crisis?: boolean;
  property?: Partial<HouseholdProperty>;
  pension?: PensionRegionClass;
}
const run = ({ asOf = '2026-03-01', income = 0, size = 1, crisis = true, property, pension }: Case) => {
  const members = [member({ income: { earned: income } })];
  for (let i = 1; i < size; i++) members.push(member({ relationship: 'CHILD', birthDate: '2010-01-01' }));
  const h: BenefitHousehold = household({
    asOf,
    members,
    crisisSituation: crisis,
    regionClass: { livelihood: 'OTHER', pension: pension ?? 'SMALL_CITY' },
    property: { residential: 0, general: 0, financial: 0, debt: 0, cars: [], ...property },
  });
  return emergencyLivelihood(
    h,
    new ParameterReader(PARAMETERS, asOf),
    members.map(() => 0),
  );
};

describe('긴급복지지원 생계지원 (emergency livelihood)', () => {
  // 2026 1인: 2,564,238 × 75 % = 1,923,178.5 → 1,923,179
  it.each([
    { income: 1923178, eligible: true },
    { income: 1923179, eligible: true },
    { income: 1923180, eligible: false },
  ])('emergencyLivelihood 1인 2026 at income $income: eligible $eligible', ({ income, eligible }) => {
    const r = run({ income });
    expect([r.eligible, r.threshold, r.monthlyAmount]).toEqual([eligible, 1923179, eligible ? 783000 : null]);
  });

  it('emergencyLivelihood needs a 위기사유: without one it is not eligible, and says so', () => {
    const r = run({ crisis: false });
    expect([r.eligible, r.monthlyAmount]).toEqual([false, null]);
    expect(r.reasons.join(' ')).toContain('위기사유');
  });

  it('emergencyLivelihood treats an absent 위기사유 as none', () => {
    const h = household({ members: [member()] });
    expect(emergencyLivelihood(h, new ParameterReader(PARAMETERS, h.asOf), [0]).eligible).toBe(false);
  });

  it.each([
    { size: 1, amount: 783000 },
    { size: 2, amount: null },
    { size: 3, amount: null },
    { size: 4, amount: 1995000 },
    { size: 5, amount: null },
  ])('emergencyLivelihood for $size persons pays $amount (only sizes with a figure)', ({ size, amount }) => {
    const r = run({ size });
    expect([r.eligible, r.monthlyAmount]).toEqual([true, amount]);
    if (amount === null)
      expect(r.reasons.join(' ')).toContain(`${size}인 가구의 생계지원 금액은 확인된 자료가 없어`);
  });

  it.each([
    { asOf: '2025-12-31', amount: null },
    { asOf: '2026-01-01', amount: 783000 },
  ])('emergencyLivelihood on $asOf pays $amount (no 2025 figure)', ({ asOf, amount }) => {
    expect(run({ asOf }).monthlyAmount).toBe(amount);
  });

  it.each([
    { pension: 'BIG_CITY', general: 241000000, eligible: true },
    { pension: 'BIG_CITY', general: 241000001, eligible: false },
    { pension: 'SMALL_CITY', general: 151999999, eligible: true },
    { pension: 'SMALL_CITY', general: 152000001, eligible: false },
    { pension: 'RURAL', general: 130000000, eligible: true },
    { pension: 'RURAL', general: 130000001, eligible: false },
  ] as const)(
    'emergencyLivelihood with 재산 $general in $pension: eligible $eligible',
    ({ pension, general, eligible }) => {
      expect(run({ pension, property: { general } }).eligible).toBe(eligible);
    },
  );

  it.each([
    { asOf: '2025-12-31', eligible: true },
    { asOf: '2026-01-01', eligible: false },
  ])('emergencyLivelihood 농어촌 재산 1억3,200만 on $asOf: eligible $eligible', ({ asOf, eligible }) => {
    expect(run({ asOf, pension: 'RURAL', property: { general: 132000000 } }).eligible).toBe(eligible);
  });

  it.each([
    { financial: 5999999, eligible: true },
    { financial: 6000000, eligible: true },
    { financial: 6000001, eligible: false },
  ])('emergencyLivelihood with 금융재산 $financial: eligible $eligible', ({ financial, eligible }) => {
    expect(run({ property: { financial } }).eligible).toBe(eligible);
  });

  it('emergencyLivelihood traces the income criterion with its parameters', () => {
    const r = run({});
    expect(r.trace).toContainEqual(
      expect.objectContaining({
        label: '긴급복지 소득기준',
        formula: '기준 중위소득 2,564,238원 × 75% = 1,923,179원 (원 단위 반올림)',
      }),
    );
  });
});
