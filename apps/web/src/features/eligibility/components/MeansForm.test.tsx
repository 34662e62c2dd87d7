import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../../i18n';
import { ko } from '../../../i18n/catalogues';
import { runFramesAtOnce } from '../../../test/dom';
import { MeansForm } from './MeansForm';

const e = ko.eligibility;
const MEMBERS = [{ person: { id: 'p1', name: '가구주' } }, { person: { id: 'p2', name: '자녀' } }];

beforeAll(() => act(() => void i18n.changeLanguage('ko')));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function renderForm(onRecord = vi.fn(async () => ({ value: { id: 'm1' }, errors: [] as [] }))) {
  runFramesAtOnce(vi.spyOn);
  const onDone = vi.fn();
  render(
    <MeansForm
      householdId="h1"
      members={MEMBERS}
      current={null}
      loading={false}
      onRecord={onRecord}
      onDone={onDone}
    />,
  );
  return { form: screen.getByRole('form', { name: e.form.title }), onRecord, onDone };
}

const change = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });

describe('MeansForm', () => {
  it('asks for a car’s engine and year before sending, beside those fields', async () => {
    const { form, onRecord } = renderForm();
    fireEvent.click(within(form).getByRole('button', { name: e.form.addProperty }));
    const row = within(form).getByRole('group', { name: '재산 1' });
    change(within(row).getByLabelText(e.means.kind), 'CAR');
    change(within(row).getByLabelText(e.means.amount), '3,000,000');
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: e.form.submit }));
    });
    expect(onRecord).not.toHaveBeenCalled();
    expect(within(row).getByLabelText(e.form.engineCc).getAttribute('aria-invalid')).toBe('true');
    expect(within(row).getByLabelText(e.form.modelYear).getAttribute('aria-invalid')).toBe('true');
  });

  it('sends whole won, household-wide property without an owner, car fields only for a car, and the facts ticked', async () => {
    const { form, onRecord, onDone } = renderForm();
    fireEvent.click(within(form).getByRole('button', { name: e.form.addIncome }));
    const income = within(form).getByRole('group', { name: '소득 1' });
    change(within(income).getByLabelText(e.means.kind), 'PUBLIC_TRANSFER');
    change(within(income).getByLabelText(e.means.monthlyAmount), '1,200,000');
    change(within(income).getByLabelText(e.means.source), 'QUERIED');
    fireEvent.click(within(form).getByRole('button', { name: e.form.addProperty }));
    change(
      within(within(form).getByRole('group', { name: '재산 1' })).getByLabelText(e.means.amount),
      '50000000',
    );
    fireEvent.click(within(form).getByLabelText('자녀: 장애'));
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: e.form.submit }));
    });
    expect(onRecord).toHaveBeenCalledWith({
      householdId: 'h1',
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      incomes: [{ personId: 'p1', kind: 'PUBLIC_TRANSFER', monthlyAmount: 1_200_000, source: 'QUERIED' }],
      property: [
        {
          personId: null,
          kind: 'RESIDENTIAL',
          amount: 50_000_000,
          source: 'REPORTED',
          engineCc: null,
          modelYear: null,
          use: null,
        },
      ],
      facts: [{ personId: 'p2', disabled: true, student: false }],
    });
    expect(onDone).toHaveBeenCalledWith(true);
  });

  it('shows the API’s refusal beside the field its path names', async () => {
    const onRecord = vi.fn(async () => ({
      errors: [
        {
          code: 'VALIDATION',
          rule: 'OUT_OF_RANGE',
          min: 0,
          max: 1_000_000_000,
          message: '',
          path: ['input', 'incomes', '0', 'monthlyAmount'],
        },
      ],
    }));
    const { form } = renderForm(onRecord as never);
    fireEvent.click(within(form).getByRole('button', { name: e.form.addIncome }));
    const amount = within(within(form).getByRole('group', { name: '소득 1' })).getByLabelText(
      e.means.monthlyAmount,
    );
    change(amount, '-5');
    await act(async () => {
      fireEvent.click(within(form).getByRole('button', { name: e.form.submit }));
    });
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByRole('alert').textContent).toContain(e.form.failed);
  });
});
