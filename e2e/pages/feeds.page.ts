import { expect, type Locator, type Page } from '@playwright/test';
import { ko } from '../i18n';

/** 위기정보 입수: upload a CSV feed and read the result. */
export class FeedsPage {
  readonly heading: Locator;
  readonly source: Locator;
  readonly file: Locator;
  readonly submit: Locator;
  readonly progress: Locator;
  readonly result: Locator;
  readonly errorsTable: Locator;

  constructor(readonly page: Page) {
    const f = ko.indicators.feeds;
    this.heading = page.getByRole('heading', { level: 1, name: f.title });
    this.source = page.getByLabel(f.source, { exact: true });
    this.file = page.getByLabel(f.file, { exact: true });
    this.submit = page.getByRole('button', { name: f.submit, exact: true });
    this.progress = page.getByRole('progressbar', { name: f.progress });
    this.result = page.getByRole('region', { name: new RegExp(`^${f.resultTitle}`) });
    this.errorsTable = this.result.getByRole('table', { name: f.errorsCaption });
  }

  async goto() {
    await this.page.goto('/indicators/feeds');
    await expect(this.heading).toBeVisible();
  }

  async upload(source: string, filePath: string) {
    await this.source.fill(source);
    await this.file.setInputFiles(filePath);
    await this.submit.click();
    await expect(this.result).toBeVisible();
  }

  /** The row of the errors table for one line of the file. */
  errorRow(line: number): Locator {
    return this.errorsTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: String(line), exact: true }) });
  }
}
