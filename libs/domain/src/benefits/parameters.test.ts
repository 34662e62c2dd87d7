import { describe, expect, it } from 'vitest';
import { literalParameters } from './literal-parameters';
import { parametersInForce, valueInForce } from './parameters';

const table = literalParameters({
  'child_allowance.age_limit': [
    ['2025-01-01', 8],
    ['2026-01-01', 9],
  ],
});

describe('valueInForce', () => {
  it.each([
    { date: '2025-01-01', value: 8 },
    { date: '2025-12-31', value: 8 },
    { date: '2026-01-01', value: 9 },
    { date: '2030-06-30', value: 9 },
  ])('valueInForce picks $value on $date', ({ date, value }) => {
    const r = valueInForce(table, 'child_allowance.age_limit', date);
    expect(r.ok && r.value.value).toBe(value);
  });

  it('valueInForce answers PARAMETER_MISSING naming the parameter and date before the first value', () => {
    const r = valueInForce(table, 'child_allowance.age_limit', '2024-12-31');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatchObject({
        code: 'PARAMETER_MISSING',
        parameter: 'child_allowance.age_limit',
        date: '2024-12-31',
      });
      expect(r.error.message).toContain('2025-01-01');
    }
  });

  it('valueInForce answers PARAMETER_MISSING for an unknown name', () => {
    const r = valueInForce(table, 'nope', '2026-01-01');
    expect(!r.ok && r.error.parameter).toBe('nope');
  });

  it('parametersInForce lists only those with a value on the date', () => {
    expect(parametersInForce(table, '2024-01-01')).toEqual([]);
    expect(parametersInForce(table, '2026-02-01').map((r) => r.inForce.effectiveFrom)).toEqual([
      '2026-01-01',
    ]);
  });
});
