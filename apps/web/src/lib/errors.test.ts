import { describe, expect, it } from 'vitest';
import { errorsByField, joinErrors, type PayloadError } from './errors';

const error = (code: string, path?: string[] | null): PayloadError => ({ code, message: '', path });

describe('errorsByField', () => {
  it('keys each error by its path without the leading input', () => {
    const rrn = error('INVALID_RRN', ['input', 'members', '2', 'rrn']);
    expect([...errorsByField([rrn])]).toEqual([['members.2.rrn', [rrn]]]);
  });

  it('keeps a path that does not start with input as it is', () => {
    const weight = error('VALIDATION', ['document', 'minScore']);
    expect(errorsByField([weight]).get('document.minScore')).toEqual([weight]);
  });

  it.each([
    { name: 'no path', path: undefined },
    { name: 'a null path', path: null },
    { name: 'a path of just input', path: ['input'] },
  ])('puts an error with $name under the empty key', ({ path }) => {
    const e = error('FORBIDDEN', path);
    expect(errorsByField([e]).get('')).toEqual([e]);
  });

  it('gathers several errors of one field in their order', () => {
    const first = error('REQUIRED', ['input', 'note']);
    const second = error('VALIDATION', ['input', 'note']);
    const other = error('REQUIRED', ['input', 'title']);
    const byField = errorsByField([first, other, second]);
    expect(byField.get('note')).toEqual([first, second]);
    expect(byField.get('title')).toEqual([other]);
  });

  it('is empty for no errors', () => {
    expect(errorsByField([]).size).toBe(0);
  });
});

describe('joinErrors', () => {
  it('says the errors of several paths together, in order', () => {
    const whole = error('VALIDATION', ['input', 'members', '1']);
    const rrn = error('INVALID_RRN', ['input', 'members', '1', 'rrn']);
    expect(joinErrors([whole], undefined, [rrn])).toEqual([whole, rrn]);
  });

  it('is undefined when no path has an error, so the field shows no error state', () => {
    expect(joinErrors(undefined, [])).toBeUndefined();
  });
});
