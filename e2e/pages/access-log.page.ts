import { expect, type Locator, type Page } from '@playwright/test';
import { ko } from '../i18n';

export class AccessLogPage {
  readonly heading: Locator;
  readonly personId: Locator;
  readonly userId: Locator;
  readonly submit: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    const f = ko.accessLog.filters;
    this.heading = page.getByRole('heading', { level: 1, name: ko.accessLog.title });
    const form = page.getByRole('search', { name: f.legend });
    this.personId = form.getByLabel(f.personId);
    this.userId = form.getByLabel(f.userId);
    this.submit = form.getByRole('button', { name: f.submit });
    this.table = page.getByRole('table', { name: ko.accessLog.caption });
  }

  async goto() {
    await this.page.goto('/access-log');
    await expect(this.heading).toBeVisible();
  }

  async filterByPerson(personId: string) {
    await this.personId.fill(personId);
    await this.submit.click();
    await expect(this.page).toHaveURL(new RegExp(`personId=${encodeURIComponent(personId)}`));
  }

  rows(): Locator {
    return this.table.locator('tbody').getByRole('row');
  }
}
