import { describe, expect, it } from 'vitest';
import { errorsByField } from './errors';
import { errorText, withTopicParticle } from './error-text';

describe('errorsByField', () => {
  it('keys errors by their path without the leading input, and puts path-less errors under ""', () => {
    const rrn = { code: 'INVALID_RRN', message: '', path: ['input', 'members', '2', 'rrn'] };
    const note = { code: 'VALIDATION', message: '', path: ['input', 'note'] };
    const whole = { code: 'FORBIDDEN', message: '', path: null };
    const byField = errorsByField([rrn, note, whole]);
    expect([...byField.keys()]).toEqual(['members.2.rrn', 'note', '']);
    expect(byField.get('members.2.rrn')).toEqual([rrn]);
  });
});

describe('errorText', () => {
  it.each([
    { label: '메모', expected: '메모는' },
    { label: '목적', expected: '목적은' },
    { label: '이름 (선택)', expected: '이름 (선택)은(는)' },
  ])('puts the right topic particle after $label', ({ label, expected }) => {
    expect(withTopicParticle(label)).toBe(expected);
  });

  it('says a TOO_LONG by its rule, with the limit in the locale and the field label', () => {
    const e = { code: 'VALIDATION', message: 'x', path: ['input', 'note'], rule: 'TOO_LONG', limit: 2000 };
    expect(errorText(e, 'ko', '메모')).toEqual({
      key: 'errors.validationOf.TOO_LONG',
      params: expect.objectContaining({ limit: '2,000', topic: '메모는', field: '메모' }),
      fallbacks: ['errors.validation.TOO_LONG', 'errors.VALIDATION', 'errors.UNKNOWN'],
    });
    expect(errorText(e, 'ko').key).toBe('errors.validation.TOO_LONG');
  });

  it.each([
    { min: 1, max: 3650, range: 'errors.range.between' },
    { min: 1, max: null, range: 'errors.range.atLeast' },
    { min: null, max: 100, range: 'errors.range.atMost' },
  ])('names an OUT_OF_RANGE by the bounds it has ($range)', ({ min, max, range }) => {
    const e = { code: 'VALIDATION', message: '', rule: 'OUT_OF_RANGE', min, max };
    expect(errorText(e, 'ko').params.rangeKey).toBe(range);
  });

  it('says a refused referral step by its status and action, and a missing consent by its item', () => {
    const step = { code: 'INVALID_TRANSITION', message: '', from: 'SENT', action: 'ACCEPT' };
    expect(errorText(step, 'ko')).toMatchObject({
      key: 'errors.transition',
      params: { fromKey: 'referrals.status.SENT', actionKey: 'referrals.action.ACCEPT' },
    });
    const consent = { code: 'NO_CONSENT', message: '', scope: 'HEALTH', householdId: 'h' };
    expect(errorText(consent, 'ko')).toMatchObject({
      key: 'errors.consentRequired',
      params: { scopeKey: 'consents.scope.HEALTH' },
    });
  });

  it('falls back to the code, then to the generic sentence, for errors without a rule', () => {
    expect(errorText({ code: 'CONFLICT', message: '' }, 'en')).toEqual({
      key: 'errors.CONFLICT',
      params: {},
      fallbacks: ['errors.UNKNOWN'],
    });
  });
});
