import { expect, type Locator, type Page } from '@playwright/test';
import { fill, ko } from '../i18n';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A catalogue sentence with {{number}} as a capture group. */
const withNumber = (template: string) => new RegExp(escape(template).replace(escape('{{number}}'), '(\\d+)'));

/** 발굴 차수 list, with the analyst's 발굴 차수 실행 form. */
export class ScreeningRoundsPage {
  readonly heading: Locator;
  readonly asOf: Locator;
  readonly start: Locator;
  readonly started: Locator;
  readonly conflict: Locator;
  /** The question naming the rule versions, asked before a round starts. */
  readonly confirmation: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    const r = ko.screening.rounds;
    this.heading = page.getByRole('heading', { level: 1, name: r.title });
    this.asOf = page.getByLabel(r.startAsOf, { exact: true });
    this.start = page.getByRole('button', { name: r.start, exact: true });
    this.started = page.getByRole('status').filter({ hasText: withNumber(r.started) });
    this.conflict = page.getByRole('alert').filter({ hasText: r.conflict });
    this.confirmation = page.getByRole('group', { name: r.confirmTitle });
    this.table = page.getByRole('table', { name: r.caption });
  }

  async goto() {
    await this.page.goto('/screening/rounds');
    await expect(this.heading).toBeVisible();
  }

  /** Starts a round as of a date: its number, or 'CONFLICT' when another one is running. */
  async startRound(asOf: string): Promise<number | 'CONFLICT'> {
    await this.asOf.fill(asOf);
    await this.start.click();
    // It names the national version before anything starts.
    await expect(this.confirmation).toContainText(/전국 기준 \d+판/);
    await this.confirmation.getByRole('button', { name: ko.screening.rounds.confirmYes }).click();
    await expect(this.started.or(this.conflict)).toBeVisible();
    if (await this.conflict.isVisible()) return 'CONFLICT';
    const text = (await this.started.textContent()) ?? '';
    return Number(withNumber(ko.screening.rounds.started).exec(text)![1]);
  }

  async openRound(number: number) {
    await this.table
      .getByRole('link', { name: fill(ko.screening.roundNumber, { number }), exact: true })
      .click();
  }
}

/** One round: status, totals, hit rates and its candidates. */
export class ScreeningRoundPage {
  readonly heading: Locator;
  readonly hitRates: Locator;
  readonly ruleHitRates: Locator;

  constructor(
    readonly page: Page,
    readonly number: number,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: fill(ko.screening.round.title, { number }) });
    this.hitRates = page.getByRole('table', { name: ko.screening.round.hitRatesCaption });
    this.ruleHitRates = page.getByRole('table', { name: ko.screening.round.ruleHitRatesCaption });
  }

  status(status: keyof typeof ko.screening.roundStatus): Locator {
    return this.page.getByRole('main').getByText(ko.screening.roundStatus[status], { exact: true });
  }

  /** The cells (visits, hits, rate) of the hit-rate row whose heading is the kind's name. */
  hitRateCells(kindName: string): Locator {
    return this.hitRates
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: kindName, exact: true }) })
      .getByRole('cell');
  }
}
