import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { FieldError } from './FieldError';

afterEach(() => act(() => void i18n.changeLanguage('ko')));

describe('FieldError', () => {
  it('says what to fix in Korean, naming the field and its limit', async () => {
    await act(() => i18n.changeLanguage('ko'));
    render(
      <FieldError
        id="note-error"
        label="메모"
        errors={[{ code: 'VALIDATION', message: 'Keep it short.', rule: 'TOO_LONG', limit: 2000 }]}
      />,
    );
    expect(screen.getByText('메모는 2,000자 이하로 입력해 주세요.')).toBeTruthy();
  });

  it('says a range in English, and falls back to the code for an error without a rule', async () => {
    await act(() => i18n.changeLanguage('en'));
    render(
      <FieldError
        id="half-life-error"
        errors={[
          { code: 'VALIDATION', message: '', rule: 'OUT_OF_RANGE', min: 1, max: 3650 },
          { code: 'CONFLICT', message: '' },
        ]}
      />,
    );
    expect(screen.getByText('Enter a value from 1 to 3,650.')).toBeTruthy();
    expect(screen.getByText(i18n.t('errors.CONFLICT'))).toBeTruthy();
  });
});
