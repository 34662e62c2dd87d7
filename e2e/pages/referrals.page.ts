import { expect, type Locator, type Page } from '@playwright/test';
import { fill, ko } from '../i18n';

const r = ko.referrals;

/** 받은 의뢰 / 보낸 의뢰. */
export class ReferralInboxPage {
  readonly heading: Locator;
  readonly total: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: r.list.title });
    this.total = page
      .getByRole('status')
      .filter({ hasText: new RegExp(r.list.total.replace('{{count}}', '\\d+')) });
  }

  async goto() {
    await this.page.goto('/referrals');
    await expect(this.heading).toBeVisible();
    await expect(this.total).toBeVisible();
  }

  async show(direction: keyof typeof r.direction) {
    const button = this.page
      .getByRole('group', { name: r.list.direction })
      .getByRole('button', { name: r.direction[direction] });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  table(direction: keyof typeof r.direction): Locator {
    return this.page.getByRole('table', { name: r.direction[direction] });
  }

  link(direction: keyof typeof r.direction, service: string): Locator {
    return this.table(direction).getByRole('link', { name: service, exact: true });
  }
}

/** One referral: facts, household (as consent allows), the steps available, history. */
export class ReferralPage {
  readonly summary: Locator;
  readonly household: Locator;
  readonly actions: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByRole('region', { name: r.detail.summary, exact: true });
    this.household = page.getByRole('region', { name: r.detail.household, exact: true });
    this.actions = page.getByRole('region', { name: r.actions.title, exact: true });
    this.history = page.getByRole('table', { name: r.detail.historyCaption });
  }

  button(action: keyof typeof r.action): Locator {
    return this.actions.getByRole('button', { name: r.action[action], exact: true });
  }

  /** The role="status" message after a step. */
  done(action: keyof typeof r.action, status: keyof typeof r.status): Locator {
    return this.actions
      .getByRole('status')
      .filter({ hasText: fill(r.actions.done, { action: r.action[action], status: r.status[status] }) });
  }

  async step(action: 'RECEIVE' | 'ACCEPT' | 'START_SERVICE' | 'CANCEL', status: keyof typeof r.status) {
    await this.button(action).click();
    await expect(this.done(action, status)).toBeVisible();
  }

  /** 완료(회송): opens the form unless it is open already, then sends the outcome. */
  async complete(outcome: keyof typeof r.outcome, note: string) {
    const form = this.actions.getByRole('form', { name: r.action.COMPLETE });
    if (!(await form.isVisible())) await this.button('COMPLETE').click();
    await form.getByLabel(r.actions.outcome).selectOption({ label: r.outcome[outcome] });
    await form.getByLabel(r.actions.outcomeNote).fill(note);
    await form.getByRole('button', { name: r.actions.completeSubmit }).click();
    await expect(this.done('COMPLETE', 'COMPLETED')).toBeVisible();
  }
}
