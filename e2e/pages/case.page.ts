import { expect, type Locator, type Page } from '@playwright/test';
import { fill, ko } from '../i18n';

const c = ko.cases;

/** One case: its sections are regions named by their headings. */
export class CasePage {
  readonly summary: Locator;
  readonly referrals: Locator;
  readonly referralTable: Locator;
  readonly services: Locator;
  readonly serviceTable: Locator;
  readonly timeline: Locator;
  readonly sendForm: Locator;

  constructor(readonly page: Page) {
    this.summary = page.getByRole('region', { name: c.detail.summary, exact: true });
    this.referrals = page.getByRole('region', { name: c.referrals.title, exact: true });
    this.referralTable = this.referrals.getByRole('table', { name: c.referrals.caption });
    this.services = page.getByRole('region', { name: c.services.title, exact: true });
    this.serviceTable = this.services.getByRole('table', { name: c.services.caption });
    this.timeline = page.getByRole('region', { name: c.timeline.title, exact: true });
    this.sendForm = page.getByRole('form', { name: ko.referrals.send.title });
  }

  async expectLoaded() {
    await expect(this.page).toHaveURL(/\/cases\/[^/]+$/);
    await expect(this.summary).toBeVisible();
  }

  async sendReferral(referral: { agency: string; service: string; note?: string }) {
    const s = ko.referrals.send;
    await this.sendForm.getByLabel(s.toAgency).selectOption({ label: referral.agency });
    await this.sendForm.getByLabel(s.service).fill(referral.service);
    if (referral.note) await this.sendForm.getByLabel(s.note).fill(referral.note);
    await this.sendForm.getByRole('button', { name: s.submit }).click();
    await expect(this.sendForm.getByRole('status')).toHaveText(fill(s.sent, { agency: referral.agency }));
  }

  referralRow(service: string): Locator {
    return this.referralTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: service }) });
  }

  serviceRow(service: string): Locator {
    return this.serviceTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${escape(service)}`) }) });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The case page's forms for the plan: 욕구사정, 목표, 사례회의, 모니터링, 서비스 제공, 종결. */
export class CasePlanForms {
  constructor(readonly page: Page) {}

  form(name: string): Locator {
    return this.page.getByRole('form', { name, exact: true });
  }

  /** Forms stay closed behind a button named like them until asked for. */
  async open(name: string): Promise<Locator> {
    const form = this.form(name);
    if (!(await form.isVisible())) await this.page.getByRole('button', { name, exact: true }).click();
    await expect(form).toBeVisible();
    return form;
  }

  async assess(
    levels: Partial<Record<keyof typeof c.domain, { level: keyof typeof c.level; note?: string }>>,
  ) {
    const form = await this.open(c.assessment.formTitle);
    for (const [domain, value] of Object.entries(levels)) {
      const group = form.getByRole('group', { name: c.domain[domain as keyof typeof c.domain], exact: true });
      await group.getByLabel(c.assessment.level).selectOption({ label: c.level[value!.level] });
      if (value!.note) await group.getByLabel(c.assessment.note).fill(value!.note);
    }
    await form.getByRole('button', { name: c.assessment.submit }).click();
    await expect(form.getByRole('status')).toHaveText(c.assessment.recorded);
  }

  async addGoal(goal: { title: string; targetDate: string; needs: (keyof typeof c.domain)[] }) {
    const form = await this.open(c.goals.formTitle);
    await form.getByLabel(c.goals.goal, { exact: true }).fill(goal.title);
    await form.getByLabel(c.goals.targetDate).fill(goal.targetDate);
    for (const need of goal.needs)
      await form
        .getByRole('group', { name: c.goals.needs })
        .getByLabel(c.domain[need], { exact: true })
        .check();
    await form.getByRole('button', { name: c.goals.submit }).click();
    await expect(form.getByRole('status')).toHaveText(c.goals.recorded);
  }

  async recordConference(conference: {
    participants: { name: string; agency?: string }[];
    decisions: string[];
  }) {
    const form = await this.open(c.conferences.formTitle);
    for (const [i, p] of conference.participants.entries()) {
      if (i > 0) await form.getByRole('button', { name: c.conferences.addParticipant }).click();
      const group = form.getByRole('group', {
        name: fill(c.conferences.participantN, { n: i + 1 }),
        exact: true,
      });
      if (p.agency) await group.getByLabel(c.conferences.agencyOptional).selectOption({ label: p.agency });
      await group.getByLabel(c.conferences.name, { exact: true }).fill(p.name);
    }
    for (const [i, d] of conference.decisions.entries()) {
      if (i > 0) await form.getByRole('button', { name: c.conferences.addDecision }).click();
      await form.getByLabel(fill(c.conferences.decisionN, { n: i + 1 }), { exact: true }).fill(d);
    }
    await form.getByRole('button', { name: c.conferences.submit }).click();
    await expect(form.getByRole('status')).toHaveText(c.conferences.recorded);
  }

  async addNote(text: string, goal?: string) {
    const form = await this.open(c.notes.formTitle);
    if (goal) await form.getByLabel(c.notes.goalOptional).selectOption({ label: goal });
    await form.getByLabel(c.notes.text, { exact: true }).fill(text);
    await form.getByRole('button', { name: c.notes.submit }).click();
    await expect(form.getByRole('status')).toHaveText(c.notes.recorded);
  }

  async recordService(service: string) {
    const form = await this.open(c.services.formTitle);
    await form.getByLabel(c.services.service, { exact: true }).fill(service);
    await form.getByRole('button', { name: c.services.submit }).click();
    await expect(form.getByRole('status')).toHaveText(c.services.recorded);
  }

  async close(reason: keyof typeof c.closureReason, note: string) {
    const form = await this.open(c.close.title);
    await form.getByLabel(c.close.reason).selectOption({ label: c.closureReason[reason] });
    await form.getByLabel(c.close.note).fill(note);
    await form.getByRole('button', { name: c.close.submit }).click();
  }
}
