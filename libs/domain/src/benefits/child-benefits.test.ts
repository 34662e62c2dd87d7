import { describe, expect, it } from 'vitest';
import { household, member, PARAMETERS } from './benefit-fixtures.test-data';
import { childAllowance } from './child-allowance';
import { parentBenefit } from './parent-benefit';
import { ParameterReader } from './trace';

const withChild = (birthDate: string, asOf: string) =>
  household({ asOf, members: [member(), member({ birthDate, relationship: 'CHILD' })] });

describe('아동수당 (child allowance)', () => {
  it.each([
    { birth: '2017-06-01', asOf: '2025-12-31', amount: null, why: '만 8세, limit 8 in 2025' },
    { birth: '2017-06-01', asOf: '2026-01-01', amount: 100000, why: '만 8세, limit 9 from 2026' },
    { birth: '2017-01-01', asOf: '2026-01-01', amount: null, why: '만 9세 on the day' },
    { birth: '2017-01-02', asOf: '2026-01-01', amount: 100000, why: '만 9세 tomorrow' },
  ])('childAllowance for a child born $birth on $asOf: $amount ($why)', ({ birth, asOf, amount }) => {
    const h = withChild(birth, asOf);
    expect(childAllowance(h, new ParameterReader(PARAMETERS, asOf)).monthlyAmount).toBe(amount);
  });
});

describe('부모급여 (parent benefit)', () => {
  it.each([
    { birth: '2025-03-15', asOf: '2026-03-14', amount: 1000000, why: '11개월' },
    { birth: '2025-03-15', asOf: '2026-03-15', amount: 500000, why: '12개월' },
    { birth: '2024-03-15', asOf: '2026-03-14', amount: 500000, why: '23개월' },
    { birth: '2024-03-15', asOf: '2026-03-15', amount: null, why: '24개월' },
  ])('parentBenefit for a child born $birth on $asOf: $amount ($why)', ({ birth, asOf, amount }) => {
    const h = withChild(birth, asOf);
    expect(parentBenefit(h, new ParameterReader(PARAMETERS, asOf)).monthlyAmount).toBe(amount);
  });
});
