import { type Locator, type Page } from '@playwright/test';
import { fill, ko } from '../i18n';

export class HouseholdDetailPage {
  readonly members: Locator;
  readonly accessNotice: Locator;

  /** 정보제공 동의: the list and the form to record one. */
  readonly consents: Locator;
  readonly consentTable: Locator;
  readonly consentForm: Locator;
  readonly openCaseButton: Locator;
  readonly openCaseRegion: Locator;
  readonly noConsent: Locator;

  constructor(readonly page: Page) {
    this.members = page.getByRole('table', { name: ko.households.detail.membersCaption });
    this.accessNotice = page.getByText(ko.households.detail.accessNotice);
    this.consents = page.getByRole('region', { name: ko.consents.title, exact: true });
    this.consentTable = this.consents.getByRole('table', { name: ko.consents.caption });
    this.consentForm = page.getByRole('form', { name: ko.consents.form.title });
    this.openCaseRegion = page.getByRole('region', { name: ko.cases.open.title, exact: true });
    this.openCaseButton = this.openCaseRegion.getByRole('button', { name: ko.cases.open.button });
    this.noConsent = page.getByRole('alert').filter({ hasText: ko.common.noConsent });
  }

  async goto(id: string) {
    await this.page.goto(`/households/${id}`);
    await this.members.waitFor();
  }

  /** Fills the consent form; `notified` is the 거부권 고지 checkbox the form refuses to send without. */
  async recordConsent(consent: {
    agency: string;
    scopes: (keyof typeof ko.consents.scope)[];
    purpose: string;
    validUntil?: string;
    notified: boolean;
  }) {
    const form = this.consentForm;
    await form.getByLabel(ko.consents.form.grantee).selectOption({ label: consent.agency });
    const items = form.getByRole('group', { name: ko.consents.form.scopesLegend });
    for (const scope of consent.scopes)
      await items.getByLabel(ko.consents.scope[scope], { exact: true }).check();
    await form.getByLabel(ko.consents.form.purpose).fill(consent.purpose);
    if (consent.validUntil) await form.getByLabel(ko.consents.form.validUntil).fill(consent.validUntil);
    const notice = form.getByLabel(ko.consents.form.notice);
    if (consent.notified) await notice.check();
    else await notice.uncheck();
    await form.getByRole('button', { name: ko.consents.form.submit }).click();
  }

  consentRecorded(agency: string): Locator {
    return this.consentForm
      .getByRole('status')
      .filter({ hasText: fill(ko.consents.form.recorded, { agency }) });
  }

  consentRow(agency: string): Locator {
    return this.consentTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: agency, exact: true }) });
  }

  /** The member's row, found by the name in its row header. */
  memberRow(name: string): Locator {
    return this.members
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** Each member's 주민등록번호 as shown (masked), in table order. */
  async maskedNumbers(): Promise<string[]> {
    const rows = this.members.locator('tbody').getByRole('row');
    const count = await rows.count();
    const numbers: string[] = [];
    for (let i = 0; i < count; i++) {
      // Cells skip the name (a row header): 관계, 주민등록번호, 생년월일, 성별.
      const text = await rows.nth(i).getByRole('cell').nth(1).textContent();
      numbers.push((text ?? '').trim().split(/\s/)[0]);
    }
    return numbers;
  }
}
