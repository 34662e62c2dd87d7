import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { emptyForm, estimateInputOf, newCar, parseWon, type CalculatorForm } from './calculator-form';
import { BenefitResultCard, type BenefitResult } from './components/BenefitResultCard';

afterEach(cleanup);

describe('parseWon', () => {
  it.each([
    { text: '', value: 0 },
    { text: '1200000', value: 1_200_000 },
    { text: '1,200,000', value: 1_200_000 },
    { text: ' 300,000원 ', value: 300_000 },
    { text: '-5000', value: null },
    { text: '12.5', value: null },
    { text: '백만', value: null },
    { text: '99999999999999999999', value: null },
  ])('reads "$text" as $value', ({ text, value }) => {
    expect(parseWon(text)).toBe(value);
  });
});

function filled(change: (form: CalculatorForm) => void = () => {}): CalculatorForm {
  const form = emptyForm('2026-12-01');
  form.sido = '1100000000';
  form.sigungu = '1111000000';
  form.members[0].birthYear = '1956';
  change(form);
  return form;
}

describe('estimateInputOf', () => {
  it('sends whole won, a birth date on the 1st for an unknown month and day, and the 시군구', () => {
    const result = estimateInputOf(
      filled((f) => {
        f.members[0].income.pension = '300,000';
        f.property.residential = '50,000,000';
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.input).toMatchObject({
      asOf: '2026-12-01',
      regionCode: '1111000000',
      members: [
        {
          birthDate: '1956-01-01',
          relationship: 'HEAD',
          monthlyIncome: { pension: 300_000, earned: 0, privateTransfer: 0 },
        },
      ],
      property: { residential: 50_000_000, general: 0, cars: [] },
      supportObligor: 'NONE',
    });
  });

  it('names each field it cannot read, at the path the API would use', () => {
    const result = estimateInputOf(
      filled((f) => {
        f.sigungu = '';
        f.members[0].birthYear = '';
        f.members[0].income.earned = '-1';
        f.cars = [{ ...newCar(), value: '3000000', engineCc: '', modelYear: '2012' }];
      }),
    );
    expect(result.input).toBeUndefined();
    expect(result.problems.map((p) => [p.path?.join('.'), p.rule ?? p.code])).toEqual([
      ['input.regionCode', 'REQUIRED'],
      ['input.members.0.birthDate', 'REQUIRED'],
      ['input.members.0.monthlyIncome.earned', 'INVALID_FORMAT'],
      ['input.property.cars.0.engineCc', 'REQUIRED'],
    ]);
  });

  it('refuses a day the month does not have', () => {
    const result = estimateInputOf(
      filled((f) => {
        f.members[0].birthYear = '2023';
        f.members[0].birthMonth = '2';
        f.members[0].birthDay = '30';
      }),
    );
    expect(result.problems.map((p) => p.path?.join('.'))).toEqual(['input.members.0.birthDate']);
  });
});

const result = (programme: string, unverified: boolean): BenefitResult => ({
  programme: programme as BenefitResult['programme'],
  eligible: true,
  monthlyAmount: 349_700,
  threshold: 2_470_000,
  incomeRecognized: 300_000,
  reasons: ['소득인정액 300,000원이 선정기준액 2,470,000원 이하입니다.'],
  trace: [
    {
      label: '기준연금액',
      formula: '349,700원',
      value: 349_700,
      parameters: [
        { name: 'basic_pension.base_amount', effectiveFrom: '2026-01-01', value: '349700', unverified },
      ],
    },
  ],
});

function renderCard(r: BenefitResult) {
  return render(
    <MemoryRouter>
      <BenefitResultCard result={r} directoryQuery={new URLSearchParams({ sigungu: '1111000000' })} />
    </MemoryRouter>,
  );
}

describe('BenefitResultCard', () => {
  it('shows the amount, threshold and reasons, and opens the trace with its parameter dates', async () => {
    await act(() => i18n.changeLanguage('ko'));
    renderCard(result('BASIC_PENSION', true));
    const card = screen.getByRole('article', { name: '기초연금' });
    expect(card.textContent).toContain('월 349,700원');
    expect(card.textContent).toContain('2,470,000원');
    expect(
      screen.getByRole('link', { name: '관련 복지서비스 찾기 (일상생활유지)' }).getAttribute('href'),
    ).toBe('/directory?sigungu=1111000000&domain=DAILY_LIVING');
    const button = screen.getByRole('button', { name: '기초연금 계산 과정 보기' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('region', { name: '기초연금 계산 과정' })).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const trace = screen.getByRole('region', { name: '기초연금 계산 과정' });
    expect(trace.textContent).toContain('basic_pension.base_amount = 349,700 (2026. 1. 1.부터 시행)');
    expect(trace.textContent).toContain('미확인');
  });

  it('names a programme the catalogue does not know yet by its code, with no domain link', async () => {
    await act(() => i18n.changeLanguage('ko'));
    renderCard(result('NEW_PROGRAMME', false));
    expect(screen.getByRole('heading', { name: 'NEW_PROGRAMME' })).toBeTruthy();
    expect(screen.getByRole('link', { name: '관련 복지서비스 찾기' }).getAttribute('href')).toBe(
      '/directory?sigungu=1111000000',
    );
  });

  it('speaks English when switched, amounts in KRW', async () => {
    await act(() => i18n.changeLanguage('en'));
    renderCard(result('DISABILITY_PENSION', false));
    const card = screen.getByRole('article', { name: 'Disability pension (장애인연금)' });
    expect(card.textContent).toContain('KRW 349,700 a month');
    await act(() => i18n.changeLanguage('ko'));
  });
});
