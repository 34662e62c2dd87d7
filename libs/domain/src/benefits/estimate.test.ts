import { describe, expect, it } from 'vitest';
import { household, member, PARAMETERS } from './benefit-fixtures.test-data';
import { estimateBenefits } from './estimate';

describe('estimateBenefits', () => {
  it('estimateBenefits counts 기초연금 first as income of 생계급여', () => {
    const r = estimateBenefits(PARAMETERS, household({ members: [member({ birthDate: '1950-01-01' })] }));
    if (!r.ok) throw new Error(r.error.message);
    const by = Object.fromEntries(r.value.results.map((x) => [x.programme, x]));
    expect(by.BASIC_PENSION?.monthlyAmount).toBe(349700);
    expect(r.value.incomeRecognized).toBe(349700);
    expect(by.LIVELIHOOD?.monthlyAmount).toBe(820556 - 349700);
    expect([r.value.householdSize, r.value.medianIncome]).toEqual([1, 2564238]);
  });

  it('estimateBenefits answers every programme', () => {
    const r = estimateBenefits(PARAMETERS, household());
    expect(r.ok && r.value.results.map((x) => x.programme)).toEqual([
      'LIVELIHOOD',
      'MEDICAL',
      'HOUSING',
      'EDUCATION',
      'BASIC_PENSION',
      'CHILD_ALLOWANCE',
      'PARENT_BENEFIT',
      'DISABILITY_PENSION',
      'EMERGENCY_LIVELIHOOD',
    ]);
  });

  it('estimateBenefits pays the 생계·의료급여 수급자 부가급여 of 장애인연금 when 생계급여 applies', () => {
    const severe = member({ disabled: true, disabilitySevere: true });
    const r = estimateBenefits(PARAMETERS, household({ members: [severe] }));
    if (!r.ok) throw new Error(r.error.message);
    const by = Object.fromEntries(r.value.results.map((x) => [x.programme, x]));
    expect(by.LIVELIHOOD?.eligible).toBe(true);
    expect(by.DISABILITY_PENSION?.monthlyAmount).toBe(349700 + 90000);
  });

  it('estimateBenefits computes the 주거급여 amount from the housing input and the 급지', () => {
    const h = household({
      regionClass: { livelihood: 'SEOUL', pension: 'BIG_CITY', housing: 1 },
      housing: { tenure: 'RENT', monthlyRent: 250000, deposit: 10000000 },
    });
    const r = estimateBenefits(PARAMETERS, h);
    const housing = r.ok && r.value.results.find((x) => x.programme === 'HOUSING');
    // 250,000 + 1,000만 × 4 % ÷ 12 (33,333) = 283,333 → 283,340 (10원 단위 올림)
    expect(housing && housing.monthlyAmount).toBe(283340);
  });

  it('estimateBenefits answers PARAMETER_MISSING before the first value', () => {
    const r = estimateBenefits(PARAMETERS, household({ asOf: '2024-12-31' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'PARAMETER_MISSING', date: '2024-12-31' });
  });
});
