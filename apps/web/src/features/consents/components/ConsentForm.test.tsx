import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../../i18n';
import { ko } from '../../../i18n/catalogues';
import { descriptionOf, runFramesAtOnce } from '../../../test/dom';
import { ConsentForm } from './ConsentForm';

const f = ko.consents.form;
const AGENCIES = [{ id: 'a1', name: '행복종합사회복지관' }];

beforeAll(() => act(() => void i18n.changeLanguage('ko')));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderForm(onRecord = vi.fn()) {
  // The summary takes focus on the next frame; run it at once.
  runFramesAtOnce(vi.spyOn);
  render(<ConsentForm householdId="h1" agencies={AGENCIES} loading={false} onRecord={onRecord} />);
  return { form: screen.getByRole('form', { name: f.title }), onRecord };
}

describe('ConsentForm', () => {
  it('sends nothing while required answers are missing, and says what each needs', async () => {
    const { form, onRecord } = renderForm();
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: f.submit }));
    });
    expect(onRecord).not.toHaveBeenCalled();
    const summary = within(form).getByRole('alert');
    expect(summary.textContent).toContain(f.failed);
    expect(document.activeElement).toBe(summary);

    const grantee = within(form).getByLabelText(f.grantee);
    expect(grantee.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(grantee)).toBe('제공받는 기관을 선택해 주세요.');
    expect(descriptionOf(within(form).getByRole('group', { name: f.scopesLegend }))).toBe(
      '제공 항목을 선택해 주세요.',
    );
    expect(descriptionOf(within(form).getByLabelText(f.purpose))).toBe(
      `${f.purposeHint} 이용 목적을 입력해 주세요.`,
    );
    // The notice of the right to refuse is confirmed by ticking it, not typed.
    const notice = within(form).getByRole('checkbox', { name: f.notice });
    expect(notice.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(notice)).toBe(`${ko.errors.validation.MUST_BE_CONFIRMED}`);
  });

  it('shows the API’s rule beside the field it names, with its limit', async () => {
    const onRecord = vi.fn().mockResolvedValue({
      errors: [
        {
          code: 'VALIDATION',
          message: 'purpose too long',
          path: ['input', 'purpose'],
          rule: 'TOO_LONG',
          limit: 200,
        },
      ],
    });
    const { form } = renderForm(onRecord);
    fireEvent.change(within(form).getByLabelText(f.grantee), { target: { value: 'a1' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: ko.consents.scope.BASIC }));
    fireEvent.change(within(form).getByLabelText(f.purpose), { target: { value: '목적'.repeat(150) } });
    fireEvent.click(within(form).getByRole('checkbox', { name: f.notice }));
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: f.submit }));
    });
    expect(onRecord).toHaveBeenCalledOnce();
    expect(descriptionOf(within(form).getByLabelText(f.purpose))).toBe(
      `${f.purposeHint} 이용 목적은 200자 이하로 입력해 주세요.`,
    );
  });
});
