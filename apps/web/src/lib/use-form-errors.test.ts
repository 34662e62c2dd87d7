import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { PayloadError } from './errors';
import { required, useFormErrors } from './use-form-errors';

const at = (code: string, ...path: string[]): PayloadError => ({
  code,
  message: '',
  path: ['input', ...path],
});

describe('useFormErrors', () => {
  it('starts with no errors', () => {
    const { result } = renderHook(() => useFormErrors(['title']));
    expect(result.current.errors).toEqual([]);
    expect(result.current.others).toEqual([]);
    expect(result.current.field('title')).toBeUndefined();
  });

  it('puts each error beside its field and the rest in the summary', () => {
    const { result } = renderHook(() => useFormErrors(['title', 'participants']));
    const title = at('REQUIRED', 'title');
    const name = at('VALIDATION', 'participants', '2', 'name');
    const stray = at('FORBIDDEN');
    const unknown = at('VALIDATION', 'caseId');
    act(() => result.current.show([title, name, stray, unknown]));
    expect(result.current.field('title')).toEqual([title]);
    // A nested path belongs to the field it starts with.
    expect(result.current.field('participants')).toEqual([name]);
    expect(result.current.others).toEqual([stray, unknown]);
  });

  it('prefers the field that matches the whole path', () => {
    const { result } = renderHook(() => useFormErrors(['members', 'members.2.rrn']));
    const rrn = at('INVALID_RRN', 'members', '2', 'rrn');
    act(() => result.current.show([rrn]));
    expect(result.current.field('members.2.rrn')).toEqual([rrn]);
    expect(result.current.field('members')).toBeUndefined();
  });

  it('gives a nested path to the longest field it starts with, whatever the order of the fields', () => {
    const { result } = renderHook(() =>
      useFormErrors(['document.householdRules.0', 'document.householdRules.0.when.1']),
    );
    const age = at('VALIDATION', 'document', 'householdRules', '0', 'when', '1', 'age');
    act(() => result.current.show([age]));
    expect(result.current.field('document.householdRules.0.when.1')).toEqual([age]);
    expect(result.current.field('document.householdRules.0')).toBeUndefined();
  });

  it('moves focus to the summary after showing errors, and clears them', () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      callback(0);
      return 0;
    });
    const { result } = renderHook(() => useFormErrors(['title']));
    const summary = document.createElement('div');
    summary.tabIndex = -1;
    document.body.append(summary);
    result.current.summaryRef.current = summary;
    act(() => result.current.show([required('title')]));
    expect(document.activeElement).toBe(summary);
    act(() => result.current.clear());
    expect(result.current.errors).toEqual([]);
    summary.remove();
    frames.mockRestore();
  });
});

describe('required', () => {
  it('is a REQUIRED error on the named field, shaped like a payload error', () => {
    expect(required('participants.0.name')).toEqual({
      code: 'REQUIRED',
      message: '',
      path: ['input', 'participants', '0', 'name'],
    });
  });
});
