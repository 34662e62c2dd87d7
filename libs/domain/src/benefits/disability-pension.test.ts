import { describe, expect, it } from 'vitest';
import { household, member, PARAMETERS } from './benefit-fixtures.test-data';
import { disabilityPension } from './disability-pension';
import type { BenefitMember } from './household';
import { ParameterReader } from './trace';

const severe = (overrides: Parameters<typeof member>[0] = {}) =>
  member({ disabled: true, disabilitySevere: true, ...overrides });
const run = (members: BenefitMember[], opts: { asOf?: string; livelihoodOrMedical?: boolean } = {}) => {
  const asOf = opts.asOf ?? '2026-03-01';
  return disabilityPension({
    household: household({ asOf, members }),
    reader: new ParameterReader(PARAMETERS, asOf),
    livelihoodOrMedical: opts.livelihoodOrMedical ?? true,
  });
};
const single = (income: number, opts: { asOf?: string; livelihoodOrMedical?: boolean } = {}) =>
  run([severe({ income: { publicTransfer: income } })], opts);

describe('장애인연금 (disability pension)', () => {
  it.each([
    { income: 1399999, eligible: true, amount: 439700 },
    { income: 1400000, eligible: true, amount: 439700 },
    { income: 1400001, eligible: false, amount: null },
  ])('disabilityPension single 2026 at $income: eligible $eligible', ({ income, eligible, amount }) => {
    const r = single(income);
    expect([r.eligible, r.monthlyAmount, r.threshold, r.incomeRecognized]).toEqual([
      eligible,
      amount,
      1400000,
      income,
    ]);
  });

  it.each([
    { income: 2239999, eligible: true },
    { income: 2240000, eligible: true },
    { income: 2240001, eligible: false },
  ])('disabilityPension couple 2026 at $income: eligible $eligible', ({ income, eligible }) => {
    const r = run([severe({ income: { publicTransfer: income } }), member({ relationship: 'SPOUSE' })]);
    expect([r.eligible, r.threshold]).toEqual([eligible, 2240000]);
  });

  it.each([
    { asOf: '2025-12-31', threshold: 1380000, amount: 342510 + 90000 },
    { asOf: '2026-01-01', threshold: 1400000, amount: 349700 + 90000 },
  ])('disabilityPension on $asOf uses threshold $threshold', ({ asOf, threshold, amount }) => {
    const r = single(1390000, { asOf });
    expect([r.threshold, r.eligible, r.monthlyAmount]).toEqual([
      threshold,
      threshold >= 1390000,
      r.eligible ? amount : null,
    ]);
    expect(single(0, { asOf }).monthlyAmount).toBe(amount);
  });

  it('disabilityPension traces 기초급여 and 부가급여 with the dates of their values', () => {
    const r = single(0);
    expect(r.trace).toContainEqual(
      expect.objectContaining({
        label: '가구원 1 기초급여',
        formula: '349,700원',
        parameters: [
          {
            name: 'disability_pension.basic_benefit',
            effectiveFrom: '2026-01-01',
            value: '349700',
            unverified: false,
          },
        ],
      }),
    );
    expect(r.trace.at(-1)).toMatchObject({
      label: '장애인연금액',
      formula: '기초급여 + 부가급여 = 439,700원',
    });
  });

  it.each([
    { what: 'not disabled', m: member(), reason: '장애인인 가구원이 없습니다.' },
    { what: 'disabled, not severe', m: member({ disabled: true }), reason: /중증장애인/ },
    { what: 'severe, 만 17세', m: severe({ birthDate: '2008-03-02' }), reason: /만 18세 이상/ },
  ])('disabilityPension is not for a member $what', ({ m, reason }) => {
    const r = run([m]);
    expect([r.eligible, r.monthlyAmount]).toEqual([false, null]);
    expect(r.reasons[0]).toMatch(reason);
  });

  it('disabilityPension is for a severe member on their 18th birthday', () => {
    expect(run([severe({ birthDate: '2008-03-01' })]).eligible).toBe(true);
  });

  it('disabilityPension cuts the 기초급여 by 20 % each when both of a couple receive it', () => {
    const r = run([severe(), severe({ relationship: 'SPOUSE' })]);
    expect(r.monthlyAmount).toBe(2 * (279760 + 90000));
  });

  it('disabilityPension gives no amount where the 부가급여 of the status is not in the data', () => {
    const r = single(0, { livelihoodOrMedical: false });
    expect([r.eligible, r.monthlyAmount]).toEqual([true, null]);
    expect(r.reasons.join(' ')).toContain('기초급여 349,700원');
  });

  it('disabilityPension pays no 기초급여 from 65 (기초연금 instead) and so no amount', () => {
    const r = run([severe({ birthDate: '1961-03-01' })]);
    expect([r.eligible, r.monthlyAmount]).toEqual([true, null]);
    expect(r.trace).toContainEqual(expect.objectContaining({ label: '가구원 1 기초급여', value: 0 }));
  });

  it('disabilityPension counts earned income after the 기본공제, at 70 %', () => {
    const r = run([severe({ income: { earned: 2000000 } })]);
    expect(r.incomeRecognized).toBe(588000);
    expect(r.trace[0]?.formula).toBe('(2,000,000원 − 1,160,000원) × 70% = 588,000원');
  });

  it('disabilityPension converts property after the 기본재산액 of the region class', () => {
    const r = disabilityPension({
      household: household({
        members: [severe()],
        property: { residential: 100000000, general: 0, financial: 0, debt: 0, cars: [] },
      }),
      reader: new ParameterReader(PARAMETERS, '2026-03-01'),
      livelihoodOrMedical: false,
    });
    expect(r.incomeRecognized).toBe(50000); // (1억 − 8,500만) × 4 % ÷ 12
  });
});
