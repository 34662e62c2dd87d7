import { describe, expect, it } from 'vitest';
import { household, member, PARAMETERS } from './benefit-fixtures.test-data';
import type { HouseholdProperty, LivelihoodRegionClass } from './household';
import { incomeEvaluation, propertyIncome } from './income-recognition';
import { ParameterReader } from './trace';

const evaluate = (asOf: string, birthDate: string, earned: number) => {
  const h = household({ asOf, members: [member({ birthDate, income: { earned } })] });
  return incomeEvaluation(h, new ParameterReader(PARAMETERS, asOf), [0]);
};

describe('incomeEvaluation', () => {
  it.each([
    // 2025: 만 29세 이하 400,000원 then 30 %; 2026: 만 19–34세 600,000원 then 30 %
    { asOf: '2025-12-31', birth: '1996-01-01', earned: 1200000, expected: 560000, why: '29세, 2025 youth' },
    {
      asOf: '2025-12-31',
      birth: '1995-06-01',
      earned: 1200000,
      expected: 840000,
      why: '30세, not youth in 2025',
    },
    {
      asOf: '2026-01-01',
      birth: '1995-06-01',
      earned: 1200000,
      expected: 420000,
      why: '30세, youth in 2026',
    },
    { asOf: '2026-01-01', birth: '1991-01-02', earned: 1200000, expected: 420000, why: '34세, 35 tomorrow' },
    {
      asOf: '2026-01-01',
      birth: '1991-01-01',
      earned: 1200000,
      expected: 840000,
      why: '35세 today: not youth',
    },
    {
      asOf: '2026-01-01',
      birth: '2007-06-01',
      earned: 1200000,
      expected: 840000,
      why: '18세: under 19 in 2026',
    },
    { asOf: '2026-01-01', birth: '1980-01-01', earned: 1200000, expected: 840000, why: '46세' },
    {
      asOf: '2026-01-01',
      birth: '2000-01-01',
      earned: 500000,
      expected: 0,
      why: 'youth below the fixed amount',
    },
  ])('counts $expected of $earned earned on $asOf ($why)', ({ asOf, birth, earned, expected }) => {
    expect(evaluate(asOf, birth, earned).value).toBe(expected);
  });

  it('writes a readable trace line', () => {
    const r = evaluate('2026-03-01', '1980-01-01', 1200000);
    expect(r.steps[0]).toMatchObject({
      formula: '1,200,000원 × 70% = 840,000원',
      value: 840000,
      parameters: [{ name: 'income.earned_deduction_pct', effectiveFrom: '2026-01-01', value: '30' }],
    });
  });

  it('counts public transfers and the computed 기초연금 in full', () => {
    const h = household({ members: [member({ income: { publicTransfer: 100000, pension: 200000 } })] });
    expect(incomeEvaluation(h, new ParameterReader(PARAMETERS, h.asOf), [349700]).value).toBe(649700);
  });
});

describe('propertyIncome', () => {
  const convert = (property: Partial<HouseholdProperty>, cls: LivelihoodRegionClass = 'SEOUL') => {
    const h = household({
      regionClass: { livelihood: cls, pension: 'BIG_CITY' },
      property: { residential: 0, general: 0, financial: 0, debt: 0, cars: [], ...property },
    });
    return propertyIncome(h, new ParameterReader(PARAMETERS, h.asOf)).value;
  };

  it.each([
    { what: '주거용 within the 기본재산액', p: { residential: 99000000 }, expected: 0 },
    { what: '주거용 one won over the 기본재산액', p: { residential: 99000001 }, expected: 0 },
    { what: '주거용 1억7,200만 (the cap)', p: { residential: 172000000 }, expected: 759200 },
    // 2억: 2,800만 over the cap → 일반 4.17 %; 1억7,200만 − 9,900만 = 7,300만 × 1.04 %
    { what: '주거용 2억 (over the cap)', p: { residential: 200000000 }, expected: 759200 + 1167600 },
    { what: 'debt joins the pool', p: { residential: 172000000, debt: 73000000 }, expected: 0 },
    { what: '금융 less 생활준비금', p: { financial: 5000000 + 99000000 + 1000000 }, expected: 62600 },
    { what: 'a small cheap car as 일반재산', p: { cars: [car(1500, 3000000)] }, expected: 0 },
    { what: 'a car one won below 500만원', p: { cars: [car(1998, 4999999)] }, expected: 0 },
    { what: 'a car at 500만원 converts at 100%', p: { cars: [car(1998, 5000000)] }, expected: 5000000 },
    { what: 'a 2,000cc car converts at 100%', p: { cars: [car(2000, 3000000)] }, expected: 3000000 },
    { what: 'a business car as 일반재산', p: { cars: [car(2500, 20000000, 'BUSINESS')] }, expected: 0 },
  ])('$what → $expected', ({ p, expected }) => {
    expect(convert(p)).toBe(expected);
  });

  it('takes the 기본재산액 of the region class', () => {
    expect(convert({ general: 99000000 }, 'SEOUL')).toBe(0);
    expect(convert({ general: 99000000 }, 'OTHER')).toBe(1918200); // (9,900만 − 5,300만) × 4.17 %
  });
});

function car(engineCc: number, value: number, use: 'PRIVATE' | 'BUSINESS' | 'DISABILITY' = 'PRIVATE') {
  return { engineCc, value, modelYear: 2015, use };
}
