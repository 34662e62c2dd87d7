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
    ]);
  });

  it('estimateBenefits answers PARAMETER_MISSING before the first value', () => {
    const r = estimateBenefits(PARAMETERS, household({ asOf: '2024-12-31' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'PARAMETER_MISSING', date: '2024-12-31' });
  });
});
