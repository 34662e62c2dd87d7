import { expect, type Locator, type Page } from '@playwright/test';
import { ko } from '../i18n';

export class AccessLogPage {
  readonly heading: Locator;
  readonly person: Locator;
  readonly user: Locator;
  readonly submit: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    const f = ko.accessLog.filters;
    this.heading = page.getByRole('heading', { level: 1, name: ko.accessLog.title });
    const form = page.getByRole('search', { name: f.legend });
    this.person = form.getByLabel(f.person);
    this.user = form.getByLabel(f.user);
    this.submit = form.getByRole('button', { name: f.submit });
    this.table = page.getByRole('table', { name: ko.accessLog.caption });
  }

  async goto() {
    await this.page.goto('/access-log');
    await expect(this.heading).toBeVisible();
  }

  async filterBy(filter: { person?: string; user?: string }) {
    if (filter.person !== undefined) await this.person.fill(filter.person);
    if (filter.user !== undefined) await this.user.fill(filter.user);
    await this.submit.click();
    if (filter.person)
      await expect(this.page).toHaveURL(new RegExp(`person=${encodeURIComponent(filter.person)}`));
  }

  rows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }
}
