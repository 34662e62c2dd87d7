import { expect, type Locator, type Page } from '@playwright/test';
import { ko } from '../i18n';

/** 대시보드 for supervisors: every chart comes with its table. */
export class DashboardPage {
  readonly heading: Locator;
  readonly caseloadTable: Locator;
  readonly flowTable: Locator;
  readonly statusTable: Locator;
  readonly regionFilter: Locator;
  readonly sido: Locator;
  readonly sigungu: Locator;
  readonly empty: Locator;

  constructor(readonly page: Page) {
    const d = ko.dashboard;
    this.heading = page.getByRole('heading', { level: 1, name: d.title });
    this.caseloadTable = page.getByRole('table', { name: d.caseload.caption });
    this.flowTable = page.getByRole('table', { name: d.flow.caption });
    this.statusTable = page.getByRole('table', { name: d.status.caption });
    this.regionFilter = page.getByRole('search', { name: d.region.legend });
    this.sido = this.regionFilter.getByLabel(ko.households.region.sido, { exact: true });
    this.sigungu = this.regionFilter.getByLabel(ko.households.region.sigungu, { exact: true });
    this.empty = page.getByText(d.empty).first();
  }

  async goto() {
    await this.page.goto('/dashboard');
    await expect(this.heading).toBeVisible();
    await expect(this.statusTable).toBeVisible();
  }
}
