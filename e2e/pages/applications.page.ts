import { expect, type Locator, type Page } from '@playwright/test';
import { ko } from '../i18n';

const a = ko.applications;

/** 급여 신청 접수: by 주민등록번호 of the applicant present (전국 단위 신청). */
export class NewApplicationPage {
  readonly form: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('form', { name: a.new.title });
    this.status = page.getByRole('status').filter({ hasText: a.new.open });
  }

  async goto() {
    await this.page.goto('/applications/new');
    await expect(this.page.getByRole('heading', { level: 1, name: a.new.title })).toBeVisible();
  }

  async takeByRrn(rrn: string, programmeLabel: string, note: string) {
    await this.form.getByLabel(a.new.rrn).fill(rrn);
    await this.form
      .getByLabel(a.new.programme)
      .selectOption({ label: a.new.nationwide.replace('{{label}}', programmeLabel) });
    await this.form.getByLabel(a.new.note).fill(note);
    await this.form.getByRole('button', { name: a.new.submit }).click();
  }
}

/** 받은 신청 / 보낸 신청. */
export class ApplicationInboxPage {
  constructor(readonly page: Page) {}

  async goto(direction: keyof typeof a.direction) {
    await this.page.goto(direction === 'OUTGOING' ? '/applications?dir=OUTGOING' : '/applications');
    await expect(this.page.getByRole('heading', { level: 1, name: a.list.title })).toBeVisible();
    await expect(
      this.page
        .getByRole('group', { name: a.list.direction })
        .getByRole('button', { name: a.direction[direction] }),
    ).toHaveAttribute('aria-pressed', 'true');
  }

  table(direction: keyof typeof a.direction): Locator {
    return this.page.getByRole('table', { name: a.direction[direction] });
  }

  async filterStatus(status: keyof typeof a.status) {
    await this.page.getByLabel(a.list.status).selectOption({ label: a.status[status] });
  }
}

/** One application: its facts, the household as far as the viewer may see it, the steps, the history. */
export class ApplicationPage {
  readonly summary: Locator;
  readonly household: Locator;
  readonly actions: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByRole('region', { name: a.detail.summary, exact: true });
    this.household = page.getByRole('region', { name: a.detail.household, exact: true });
    this.actions = page.getByRole('region', { name: a.actions.title, exact: true });
    this.history = page.getByRole('table', { name: a.detail.historyCaption });
  }

  async take(action: 'REVIEW' | 'APPROVE' | 'WITHDRAW') {
    await this.actions.getByRole('button', { name: a.action[action], exact: true }).click();
    await expect(this.actions.getByRole('status')).toContainText(a.action[action]);
  }
}
