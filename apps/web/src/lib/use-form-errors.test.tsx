import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { required, useFormErrors } from './use-form-errors';

describe('useFormErrors', () => {
  it('puts each error beside the field that owns its path and the rest in the summary', () => {
    const { result } = renderHook(() => useFormErrors(['purpose', 'participants']));
    act(() =>
      result.current.show([
        required('purpose'),
        { code: 'VALIDATION', message: '', path: ['input', 'participants', '2', 'name'] },
        { code: 'FORBIDDEN', message: '', path: ['input', 'householdId'] },
      ]),
    );
    expect(result.current.field('purpose')?.map((e) => e.code)).toEqual(['REQUIRED']);
    expect(result.current.field('participants')).toHaveLength(1);
    expect(result.current.others.map((e) => e.code)).toEqual(['FORBIDDEN']);
    act(() => result.current.clear());
    expect(result.current.errors).toEqual([]);
  });
});
