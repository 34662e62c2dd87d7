import { describe, expect, it } from 'vitest';
import { VALIDATION_RULES } from '@ieum/domain';
import { en, ko } from '../i18n/catalogues';
import { errorMessage } from './error-text';
import type { PayloadError } from './errors';

const validation = (rule: string, bounds: Partial<PayloadError> = {}): PayloadError => ({
  code: 'VALIDATION',
  message: 'refused',
  path: ['input', 'note'],
  rule,
  ...bounds,
});

/** A key as i18next would fill it, read from a catalogue (nested values given already translated). */
function fill(catalogue: typeof ko, key: string, params: Record<string, string>): string {
  const template = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogue);
  if (typeof template !== 'string') throw new Error(`no sentence for ${key}`);
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? `{{${name}}}`);
}

describe('errorMessage', () => {
  it('names the field and formats the limit with thousands separators', () => {
    const message = errorMessage(validation('TOO_LONG', { limit: 2000 }), { label: '메모' });
    expect(message.key).toBe('errors.validationField.TOO_LONG');
    expect(fill(ko, message.key, message.params)).toBe('메모는 2,000자 이하로 입력해 주세요.');
  });

  it.each([
    { label: '메모', rule: 'TOO_LONG', said: '메모는 2,000자 이하로 입력해 주세요.' },
    { label: '목적', rule: 'TOO_LONG', said: '목적은 2,000자 이하로 입력해 주세요.' },
    { label: '메모', rule: 'REQUIRED', said: '메모를 입력해 주세요.' },
    { label: '이용 목적', rule: 'REQUIRED', said: '이용 목적을 입력해 주세요.' },
  ])('picks the particle after "$label" for $rule', ({ label, rule, said }) => {
    const message = errorMessage(validation(rule, { limit: 2000 }), { label });
    expect(fill(ko, message.key, message.params)).toBe(said);
  });

  it('takes the particle of the word before a bracketed note', () => {
    const message = errorMessage(validation('REQUIRED'), { label: '동의 유효기간(까지)' });
    expect(fill(ko, message.key, message.params)).toBe('동의 유효기간(까지)을 입력해 주세요.');
  });

  it('asks to choose, not to enter, a missing choice', () => {
    const named = errorMessage(validation('REQUIRED'), { label: '결과', choice: true });
    expect(fill(ko, named.key, named.params)).toBe('결과를 선택해 주세요.');
    expect(fill(en, named.key, { ...named.params, label: 'Outcome' })).toBe(
      'Outcome is required: choose one.',
    );
    expect(errorMessage(validation('REQUIRED'), { choice: true }).key).toBe(
      'errors.validation.REQUIRED_CHOICE',
    );
    // Only a missing value is a choice: a too-long value reads the same in any control.
    expect(errorMessage(validation('TOO_LONG', { limit: 5 }), { choice: true }).key).toBe(
      'errors.validation.TOO_LONG',
    );
  });

  it('says the rule without a label when the field is not known', () => {
    const message = errorMessage(validation('TOO_LONG', { limit: 2000 }));
    expect(message).toEqual({ key: 'errors.validation.TOO_LONG', params: { limit: '2,000' }, nested: {} });
  });

  it('writes English with the label as it is', () => {
    const message = errorMessage(validation('TOO_LONG', { limit: 2000 }), { label: 'Note', language: 'en' });
    expect(fill(en, message.key, message.params)).toBe('Note must be at most 2,000 characters.');
  });

  it.each([
    { bounds: { min: 1, max: 100 }, key: 'OUT_OF_RANGE' },
    { bounds: { min: 0 }, key: 'OUT_OF_RANGE_MIN' },
    { bounds: { max: 1000 }, key: 'OUT_OF_RANGE_MAX' },
  ])('says a range by the bounds it has: $key', ({ bounds, key }) => {
    expect(errorMessage(validation('OUT_OF_RANGE', bounds)).key).toBe(`errors.validation.${key}`);
  });

  it('takes the bound that fits the rule when the API sent no limit', () => {
    expect(errorMessage(validation('TOO_SHORT', { min: 2, max: 50 })).params).toEqual({ limit: '2' });
    expect(errorMessage(validation('TOO_MANY', { min: 1, max: 1500 })).params).toEqual({ limit: '1,500' });
  });

  it('falls back to errors.VALIDATION when a bounded rule comes without its bound', () => {
    expect(errorMessage(validation('TOO_LONG')).key).toBe('errors.VALIDATION');
    expect(errorMessage(validation('OUT_OF_RANGE')).key).toBe('errors.VALIDATION');
  });

  it('says a plain InputError by its code, as the API sends today', () => {
    const message = errorMessage({ code: 'VALIDATION', message: 'Note too long', path: ['input', 'note'] });
    expect(message).toEqual({ key: 'errors.VALIDATION', params: {}, nested: {} });
  });

  it('treats a client-side required check as the REQUIRED rule', () => {
    const message = errorMessage(
      { code: 'REQUIRED', message: '', path: ['input', 'title'] },
      { label: '목표' },
    );
    expect(fill(ko, message.key, message.params)).toBe('목표를 입력해 주세요.');
  });

  it('names the status and the step of a refused transition through the referral catalogue', () => {
    const message = errorMessage({
      code: 'INVALID_TRANSITION',
      message: '',
      from: 'DECLINED',
      action: 'ACCEPT',
    });
    expect(message).toEqual({
      key: 'errors.transition',
      params: {},
      nested: { from: 'referrals.status.DECLINED', action: 'referrals.action.ACCEPT' },
    });
  });

  it('names the consent scope that is missing', () => {
    const message = errorMessage({ code: 'NO_CONSENT', message: '', householdId: 'h1', scope: 'HEALTH' });
    expect(message.nested).toEqual({ scope: 'consents.scope.HEALTH' });
    expect(message.key).toBe('errors.consentRequired');
  });

  it.each(['FORMAT', 'BIRTH_DATE', 'SEX_DIGIT'])('says which part of the RRN is wrong: %s', (problem) => {
    expect(errorMessage({ code: 'INVALID_RRN', message: '', problem }).key).toBe(`errors.rrn.${problem}`);
  });

  it('says an unknown RRN problem by its code', () => {
    expect(errorMessage({ code: 'INVALID_RRN', message: '', problem: 'NEW' }).key).toBe('errors.INVALID_RRN');
  });

  it('says until when an account is locked', () => {
    const message = errorMessage({
      code: 'ACCOUNT_LOCKED',
      message: '',
      lockedUntil: '2026-11-24T00:05:00Z',
    });
    expect(message.key).toBe('errors.accountLocked');
    expect(message.params.until).toMatch(/^2026\. 11\. 2[34]\. \d\d:05$/);
  });

  it('names the benefit parameter and the date that have no value', () => {
    const message = errorMessage({
      code: 'PARAMETER_MISSING',
      message: '',
      parameter: 'median_income.size_1',
      date: '2001-01-01',
    });
    expect(fill(ko, message.key, message.params)).toBe(
      '2001. 1. 1.에 시행 중인 급여 기준(median_income.size_1)이 없습니다. 다른 날짜를 선택해 주세요.',
    );
  });

  it('has a Korean and an English sentence for every rule, with and without a label', () => {
    for (const rule of VALIDATION_RULES) {
      for (const label of [undefined, '메모']) {
        const message = errorMessage(validation(rule, { limit: 3, min: 1, max: 5 }), { label });
        for (const catalogue of [ko, en])
          expect(fill(catalogue, message.key, message.params)).not.toMatch(/\{\{/);
      }
    }
  });
});
