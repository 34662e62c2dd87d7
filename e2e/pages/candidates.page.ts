import { expect, type Locator, type Page } from '@playwright/test';
import { fill, ko } from '../i18n';

/** 발굴 대상자 queue. */
export class CandidateQueuePage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly next: Locator;
  readonly total: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: ko.screening.queue.title });
    this.table = page.getByRole('table', { name: ko.screening.table.caption });
    this.next = page
      .getByRole('navigation', { name: ko.common.pagination })
      .getByRole('button', { name: ko.common.next });
    this.total = page
      .getByRole('status')
      .filter({ hasText: new RegExp(ko.screening.queue.total.replace('{{count}}', '\\d+')) });
  }

  async goto(search = '') {
    await this.page.goto(`/screening/candidates${search}`);
    await expect(this.heading).toBeVisible();
    await expect(this.total).toBeVisible();
  }

  link(address: string): Locator {
    return this.table.getByRole('link', { name: address, exact: true });
  }

  /** Opens the household's candidate, paging through the queue until it shows. */
  async openCandidate(address: string) {
    for (;;) {
      await expect(this.table).toBeVisible();
      if (await this.link(address).count()) break;
      await expect(this.next, `no candidate at ${address}`).toBeEnabled();
      const firstRow = await this.table.getByRole('row').nth(1).textContent();
      await this.next.click();
      await expect(this.table.getByRole('row').nth(1)).not.toHaveText(firstRow ?? '');
    }
    await this.link(address).first().click();
  }
}

/** One candidate: why it was picked, its indicators, the visit form and the visit history. */
export class CandidatePage {
  readonly reasons: Locator;
  readonly indicators: Locator;
  readonly outcomes: Locator;
  readonly note: Locator;
  readonly visitedOn: Locator;
  readonly submit: Locator;
  readonly visits: Locator;

  constructor(readonly page: Page) {
    const c = ko.screening.candidate;
    this.reasons = page.getByRole('region', { name: c.reasonsTitle }).getByRole('listitem');
    this.indicators = page.getByRole('table', { name: c.indicatorsCaption });
    this.outcomes = page.getByRole('group', { name: ko.screening.visit.outcomeLegend });
    this.note = page.getByLabel(ko.screening.visit.note, { exact: true });
    this.visitedOn = page.getByLabel(ko.screening.visit.visitedOn, { exact: true });
    this.submit = page.getByRole('button', { name: ko.screening.visit.submit, exact: true });
    this.visits = page.getByRole('table', { name: c.visitsCaption });
  }

  async recordVisit(outcome: keyof typeof ko.screening.outcome, note: string) {
    await this.outcomes.getByLabel(ko.screening.outcome[outcome], { exact: true }).check();
    await this.note.fill(note);
    await this.submit.click();
  }

  recordedMessage(status: keyof typeof ko.screening.status): Locator {
    return this.page
      .getByRole('status')
      .filter({ hasText: fill(ko.screening.visit.recorded, { status: ko.screening.status[status] }) });
  }
}
