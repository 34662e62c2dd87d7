import { describe, expect, it } from 'vitest';
import { PARAMETERS, household } from '../benefits/benefit-fixtures.test-data';
import { estimateBenefits } from '../benefits/estimate';
import {
  canonicalParameterSet,
  compactTrace,
  expandTrace,
  parameterSetOf,
  parametersUsed,
} from './decision-record';

describe('decision record', () => {
  it('a stored trace reads back as the trace the engine gave, values and dates from the set', () => {
    const r = estimateBenefits(PARAMETERS, household());
    if (!r.ok) throw new Error(r.error.message);
    const set = parameterSetOf(PARAMETERS, '2026-03-01');
    const byName = new Map(set.map((p) => [p.name, p]));
    for (const result of r.value.results) {
      const stored = JSON.parse(JSON.stringify(compactTrace(result.trace)));
      expect(expandTrace(stored, byName)).toEqual(result.trace);
    }
  });

  it('the canonical parameter set does not depend on order and changes with a value or a date', () => {
    const set = parameterSetOf(PARAMETERS, '2026-03-01');
    expect(canonicalParameterSet([...set].reverse())).toBe(canonicalParameterSet(set));
    const changed = set.map((p, i) => (i === 0 ? { ...p, value: p.value + '1' } : p));
    expect(canonicalParameterSet(changed)).not.toBe(canonicalParameterSet(set));
    expect(canonicalParameterSet(parameterSetOf(PARAMETERS, '2025-12-31'))).not.toBe(
      canonicalParameterSet(set),
    );
  });

  it('the parameter set of a date before every value is empty', () => {
    expect(parameterSetOf(PARAMETERS, '2000-01-01')).toEqual([]);
  });

  it('parametersUsed lists each parameter of a trace once', () => {
    const step = (names: string[]) => ({
      label: 'l',
      formula: 'f',
      value: 1,
      parameters: names.map((name) => ({ name, effectiveFrom: '2026-01-01', value: '1', unverified: false })),
    });
    expect(parametersUsed([step(['a', 'b']), step(['b', 'c'])]).map((p) => p.name)).toEqual(['a', 'b', 'c']);
  });

  it('expandTrace refuses a step naming a parameter outside the set', () => {
    expect(() => expandTrace([['l', 'f', 1, ['nope']]], new Map())).toThrow(/nope/);
  });
});
