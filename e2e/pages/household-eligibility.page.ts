import { type Locator, type Page } from '@playwright/test';
import { fill, ko } from '../i18n';

const e = ko.eligibility;

/** 소득·재산과 수급자격 판정 on the household page. */
export class HouseholdEligibilitySection {
  readonly section: Locator;
  readonly form: Locator;
  readonly openForm: Locator;
  readonly decideButton: Locator;
  readonly incomes: Locator;
  readonly decisions: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: e.title, exact: true });
    this.form = page.getByRole('form', { name: e.form.title });
    this.openForm = this.section.getByRole('button', { name: e.form.open });
    this.decideButton = this.section.getByRole('button', { name: e.decide.button });
    this.incomes = this.section.getByRole('table', { name: e.means.incomesCaption });
    this.decisions = this.section.getByRole('table', { name: e.decisions.caption });
  }

  incomeRow(n: number): Locator {
    return this.form.getByRole('group', { name: fill(e.form.incomeRow, { n }), exact: true });
  }

  propertyRow(n: number): Locator {
    return this.form.getByRole('group', { name: fill(e.form.propertyRow, { n }), exact: true });
  }

  async addIncome(
    n: number,
    row: { member: string; kind: keyof typeof e.incomeKind; amount: string; source: keyof typeof e.source },
  ) {
    await this.form.getByRole('button', { name: e.form.addIncome }).click();
    const group = this.incomeRow(n);
    await group.getByLabel(e.means.member).selectOption({ label: row.member });
    await group.getByLabel(e.means.kind).selectOption({ label: e.incomeKind[row.kind] });
    await group.getByLabel(e.means.monthlyAmount).fill(row.amount);
    await group.getByLabel(e.means.source).selectOption({ label: e.source[row.source] });
  }

  async addCar(n: number, car: { amount: string; engineCc: string; modelYear: string }) {
    await this.form.getByRole('button', { name: e.form.addProperty }).click();
    const group = this.propertyRow(n);
    await group.getByLabel(e.means.kind).selectOption({ label: e.propertyKind.CAR });
    await group.getByLabel(e.means.amount).fill(car.amount);
    await group.getByLabel(e.form.engineCc).fill(car.engineCc);
    await group.getByLabel(e.form.modelYear).fill(car.modelYear);
  }

  async save() {
    await this.form.getByRole('button', { name: e.form.submit }).click();
  }

  decisionRow(programme: keyof typeof e.programme): Locator {
    return this.decisions
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: e.programme[programme], exact: true }) });
  }

  trace(programme: keyof typeof e.programme): Locator {
    return this.section.getByRole('group').filter({
      has: this.page.getByText(fill(e.decisions.trace, { programme: e.programme[programme] }), {
        exact: true,
      }),
    });
  }
}
