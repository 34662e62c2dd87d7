import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PayloadError } from '../../lib/errors';
import { useFormErrors } from '../../lib/use-form-errors';
import { draftFromDocument } from './rule-document';
import { ruleErrorPaths } from './rule-error-paths';

const draft = draftFromDocument({
  schemaVersion: 1,
  lookbackDays: 90,
  halfLifeDays: 30,
  minScore: 2,
  quota: 10,
  indicators: { POWER_CUT: { weight: 1 } },
  householdRules: [
    {
      code: 'LOW_SIGNAL',
      label: '단전 위험',
      points: 2,
      when: [{ type: 'RURAL' }, { type: 'SIGNAL_VALUE_BELOW', kind: 'POWER_USE', threshold: 10 }],
    },
  ],
});

const at = (...path: string[]): PayloadError => ({
  code: 'VALIDATION',
  message: '',
  path: ['input', 'document', ...path],
});

describe('ruleErrorPaths', () => {
  it('names the basics, every known kind and the conditions the draft has', () => {
    const paths = ruleErrorPaths(draft, ['POWER_CUT', 'RENT_ARREARS']);
    expect(paths).toEqual(
      expect.arrayContaining([
        'document.lookbackDays',
        'document.quota',
        'document.indicators.RENT_ARREARS.weight',
        'document.indicators.POWER_CUT.maxUnits',
        'document.householdRules.0.points',
        'document.householdRules.0.when.1.kind',
        'document.householdRules.0.when.1.threshold',
      ]),
    );
    // A RURAL condition takes no number, and only a signal condition names a kind.
    expect(paths).not.toContain('document.householdRules.0.when.0.age');
    expect(paths).not.toContain('document.householdRules.0.when.0.kind');
  });

  it('lets the editor show errors beside its fields and the rest in the summary', () => {
    const points = at('householdRules', '0', 'points');
    const age = at('householdRules', '0', 'when', '0', 'age');
    const removedRule = at('householdRules', '3', 'code');
    const unknownKind = at('indicators', 'NOT_A_KIND', 'weight');
    const whole = at();
    const { result } = renderHook(() => useFormErrors(ruleErrorPaths(draft, ['POWER_CUT'])));
    act(() => result.current.show([points, age, removedRule, unknownKind, whole]));
    expect(result.current.field('document.householdRules.0.points')).toEqual([points]);
    // A number a RURAL condition does not take is said at the condition itself.
    expect(result.current.field('document.householdRules.0.when.0')).toEqual([age]);
    expect(result.current.others).toEqual([removedRule, unknownKind, whole]);
  });
});
