import { expect, type Locator, type Page } from '@playwright/test';
import { fill, ko } from '../i18n';

export class ApiKeysPage {
  readonly heading: Locator;
  readonly agency: Locator;
  readonly name: Locator;
  readonly role: Locator;
  readonly submit: Locator;
  readonly secret: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    const issue = ko.apiKeys.issue;
    this.heading = page.getByRole('heading', { level: 1, name: ko.apiKeys.title });
    const form = page.getByRole('region', { name: issue.title });
    this.agency = form.getByLabel(issue.agency, { exact: true });
    this.name = form.getByLabel(issue.name, { exact: true });
    this.role = form.getByLabel(issue.role, { exact: true });
    this.submit = form.getByRole('button', { name: issue.submit, exact: true });
    this.secret = page.getByLabel(issue.secretLabel, { exact: true });
    this.table = page.getByRole('table', { name: ko.apiKeys.caption });
  }

  async issue({ agency, name }: { agency: string; name: string }) {
    await expect(this.agency.getByRole('option', { name: agency })).toBeAttached();
    await this.agency.selectOption({ label: agency });
    await this.name.fill(name);
    await this.submit.click();
    await expect(
      this.page.getByRole('heading', { name: fill(ko.apiKeys.issue.issued, { name }) }),
    ).toBeVisible();
  }

  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async revoke(name: string) {
    await this.row(name)
      .getByRole('button', { name: fill(ko.apiKeys.revoke.button, { name }) })
      .click();
    await expect(this.row(name)).toContainText(fill(ko.apiKeys.revoke.confirm, { name }));
    await this.row(name).getByRole('button', { name: ko.apiKeys.revoke.yes, exact: true }).click();
  }
}
