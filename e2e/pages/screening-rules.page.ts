import { expect, type Locator, type Page } from '@playwright/test';
import { ko } from '../i18n';

/** 발굴 기준 editor. */
export class ScreeningRulesPage {
  readonly heading: Locator;
  readonly lookbackDays: Locator;
  readonly minScore: Locator;
  readonly preview: Locator;
  readonly save: Locator;
  readonly previewResult: Locator;

  constructor(readonly page: Page) {
    const r = ko.screening.rules;
    this.heading = page.getByRole('heading', { level: 1, name: r.title });
    this.lookbackDays = page.getByLabel(r.lookbackDays, { exact: true });
    this.minScore = page.getByLabel(r.minScore, { exact: true });
    this.preview = page.getByRole('button', { name: r.preview, exact: true });
    this.save = page.getByRole('button', { name: r.save, exact: true });
    this.previewResult = page.getByRole('region', { name: r.previewTitle });
  }

  async goto() {
    await this.page.goto('/screening/rules');
    await expect(this.heading).toBeVisible();
    await expect(this.lookbackDays).not.toHaveValue('');
  }

  weight(kindName: string): Locator {
    return this.page.getByLabel(ko.screening.rules.weightOf.replace('{{name}}', kindName), { exact: true });
  }
}
