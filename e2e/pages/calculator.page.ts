import { expect, type Locator, type Page } from '@playwright/test';
import { fill, ko } from '../i18n';

type Catalogue = Pick<typeof ko, 'benefits' | 'households'>;

export interface CalculatorMember {
  birthYear: number;
  /** Monthly incomes in won, by kind. */
  income?: Partial<Record<keyof typeof ko.benefits.calculator.income, number>>;
}

/** 복지계산기 (/calculator): the public form and its results. */
export class CalculatorPage {
  readonly heading: Locator;
  readonly form: Locator;
  readonly sido: Locator;
  readonly sigungu: Locator;
  readonly asOf: Locator;
  readonly submit: Locator;
  readonly alert: Locator;
  readonly results: Locator;

  constructor(
    readonly page: Page,
    readonly catalogue: Catalogue = ko,
  ) {
    const c = catalogue.benefits.calculator;
    this.heading = page.getByRole('heading', { level: 1, name: c.title });
    this.form = page.locator('form');
    this.sido = page.getByLabel(catalogue.households.region.sido, { exact: true });
    this.sigungu = page.getByLabel(catalogue.households.region.sigungu, { exact: true });
    this.asOf = page.getByLabel(c.asOf, { exact: true });
    this.submit = page.getByRole('button', { name: c.submit, exact: true });
    this.alert = page.getByRole('alert').filter({ hasText: c.failed });
    this.results = page.getByRole('region', { name: c.resultsTitle });
  }

  async goto() {
    await this.page.goto('/calculator');
    await expect(this.heading).toBeVisible();
  }

  /** Member n's fieldset (1-based), named by its legend. */
  member(number: number): Locator {
    return this.page.getByRole('group', {
      name: fill(this.catalogue.benefits.calculator.memberLegend, { number }),
      exact: true,
    });
  }

  async chooseRegion(sido: string, sigungu: string) {
    await this.sido.selectOption({ label: sido });
    await expect(this.sigungu.getByRole('option', { name: sigungu, exact: true })).toBeAttached();
    await this.sigungu.selectOption({ label: sigungu });
  }

  async fillMember(number: number, m: CalculatorMember) {
    const c = this.catalogue.benefits.calculator;
    const group = this.member(number);
    await group.getByLabel(c.birthYear).selectOption(String(m.birthYear));
    for (const [kind, amount] of Object.entries(m.income ?? {})) {
      await group.getByLabel(c.income[kind as keyof typeof c.income], { exact: true }).fill(String(amount));
    }
  }

  /** The result card of one programme, named by its heading. */
  result(programme: keyof typeof ko.benefits.programme): Locator {
    return this.results.getByRole('article', { name: this.catalogue.benefits.programme[programme] });
  }

  /** The button that opens and closes the trace; its words follow its state (aria-expanded). */
  traceButton(programme: keyof typeof ko.benefits.programme): Locator {
    const c = this.catalogue.benefits.calculator;
    const label = this.catalogue.benefits.programme[programme];
    const names = [c.showTrace, c.hideTrace].map((s) => escapeRegExp(fill(s, { programme: label })));
    return this.result(programme).getByRole('button', { name: new RegExp(`^(${names.join('|')})$`) });
  }

  trace(programme: keyof typeof ko.benefits.programme): Locator {
    return this.result(programme).getByRole('region', {
      name: fill(this.catalogue.benefits.calculator.traceTitle, {
        programme: this.catalogue.benefits.programme[programme],
      }),
    });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
