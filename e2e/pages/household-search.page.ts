import { expect, type Locator, type Page } from '@playwright/test';
import { fill, ko } from '../i18n';

export class HouseholdSearchPage {
  readonly heading: Locator;
  readonly sido: Locator;
  readonly sigungu: Locator;
  readonly eupmyeondong: Locator;
  readonly name: Locator;
  readonly submit: Locator;
  readonly results: Locator;
  readonly status: Locator;
  readonly registerLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: ko.households.search.title });
    const form = page.getByRole('search', { name: ko.households.search.legend });
    this.sido = form.getByLabel(ko.households.region.sido, { exact: true });
    this.sigungu = form.getByLabel(ko.households.region.sigungu, { exact: true });
    this.eupmyeondong = form.getByLabel(ko.households.region.eupmyeondong, { exact: true });
    this.name = form.getByLabel(ko.households.search.name);
    this.submit = form.getByRole('button', { name: ko.households.search.submit });
    this.results = page.getByRole('table', { name: ko.households.search.resultsCaption });
    this.status = page.getByRole('status').filter({ hasText: /총 \d+가구/ });
    this.registerLink = page.getByRole('link', { name: ko.households.search.register });
  }

  async goto() {
    await this.page.goto('/households');
    await expect(this.heading).toBeVisible();
  }

  /** Picks 시도 → 시군구 → 읍면동 by name, waiting for each list to load. */
  async chooseRegion(sido: string, sigungu?: string, eupmyeondong?: string) {
    await expect(this.sido.getByRole('option', { name: sido })).toBeAttached();
    await this.sido.selectOption({ label: sido });
    if (!sigungu) return;
    await expect(this.sigungu.getByRole('option', { name: sigungu, exact: true })).toBeAttached();
    await this.sigungu.selectOption({ label: sigungu });
    if (!eupmyeondong) return;
    await expect(this.eupmyeondong.getByRole('option', { name: eupmyeondong, exact: true })).toBeAttached();
    await this.eupmyeondong.selectOption({ label: eupmyeondong });
  }

  async search({ name }: { name?: string } = {}) {
    if (name !== undefined) await this.name.fill(name);
    await this.submit.click();
    await expect(this.status).toBeVisible();
  }

  /** The household links in the results table (one per row, named by address). */
  householdLinks(): Locator {
    return this.results.getByRole('link');
  }

  async totalCount(): Promise<number> {
    const text = (await this.status.textContent()) ?? '';
    return Number(/(\d+)/.exec(text)?.[1] ?? NaN);
  }

  pageButton(which: 'next' | 'previous'): Locator {
    return this.page
      .getByRole('navigation', { name: ko.common.pagination })
      .getByRole('button', { name: ko.common[which] });
  }

  /** The sort button in a column header of the results ('주소', '읍면동'). */
  sortButton(column: string): Locator {
    return this.results.getByRole('button', { name: column, exact: true });
  }

  sortHeader(column: string): Locator {
    return this.results.getByRole('columnheader', { name: column, exact: true });
  }

  /** The addresses of the rows shown, in order. */
  async addresses(): Promise<string[]> {
    return (await this.householdLinks().allTextContents()).map((a) => a.trim());
  }

  /** Types a page number into the pager and goes there. */
  async jumpTo(page: number) {
    const pager = this.page.getByRole('navigation', { name: ko.common.pagination });
    await pager.getByRole('spinbutton', { name: ko.common.jumpTo }).fill(String(page));
    await pager.getByRole('button', { name: ko.common.jump }).click();
  }

  pagerText(page: number, total: number): string {
    return fill(ko.common.pageOf, { page, total });
  }

  totalText(count: number): string {
    return fill(ko.households.search.total, { count });
  }
}
