import { expect, type Locator, type Page } from '@playwright/test';
import { ko } from '../i18n';

/** 사례 목록 with its filters (a supervisor's 동 and worker among them). */
export class CasesListPage {
  readonly heading: Locator;
  readonly filters: Locator;
  readonly status: Locator;
  readonly dong: Locator;
  readonly worker: Locator;
  readonly stalled: Locator;
  readonly overdue: Locator;
  readonly submit: Locator;
  readonly table: Locator;
  readonly emptyFiltered: Locator;

  constructor(readonly page: Page) {
    const l = ko.cases.list;
    this.heading = page.getByRole('heading', { level: 1, name: l.title });
    this.filters = page.getByRole('search', { name: l.filters });
    this.status = this.filters.getByLabel(l.status, { exact: true });
    this.dong = this.filters.getByLabel(l.dong, { exact: true });
    this.worker = this.filters.getByLabel(l.worker, { exact: true });
    this.stalled = this.filters.getByLabel(l.stalled, { exact: true });
    this.overdue = this.filters.getByLabel(l.overdue, { exact: true });
    this.submit = this.filters.getByRole('button', { name: l.submit });
    this.table = page.getByRole('table', { name: l.caption });
    this.emptyFiltered = page.getByText(l.emptyFiltered);
  }

  async goto() {
    await this.page.goto('/cases');
    await expect(this.heading).toBeVisible();
  }

  /** Picks a 동 of the district by name, once the list has loaded. */
  async chooseDong(name: string) {
    await expect(this.dong.getByRole('option', { name, exact: true })).toBeAttached();
    await this.dong.selectOption({ label: name });
  }

  async chooseStalled(label: string) {
    await this.stalled.selectOption({ label });
  }

  /** A case row, by its household's address. */
  row(address: string): Locator {
    return this.table.getByRole('row').filter({ hasText: address });
  }
}
