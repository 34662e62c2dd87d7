import { expect, type Locator, type Page } from '@playwright/test';
import { fill, ko } from '../i18n';

export interface MemberInput {
  name: string;
  rrn: string;
  relationship: keyof typeof ko.common.relationship;
}

export class RegisterHouseholdPage {
  readonly heading: Locator;
  readonly sido: Locator;
  readonly sigungu: Locator;
  readonly eupmyeondong: Locator;
  readonly address: Locator;
  readonly addMember: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    const r = ko.households.register;
    this.heading = page.getByRole('heading', { level: 1, name: r.title });
    const region = page.getByRole('group', { name: r.regionLegend });
    this.sido = region.getByLabel(ko.households.region.sido, { exact: true });
    this.sigungu = region.getByLabel(ko.households.region.sigungu, { exact: true });
    this.eupmyeondong = region.getByLabel(ko.households.region.eupmyeondong, { exact: true });
    this.address = page.getByLabel(r.address, { exact: true });
    this.addMember = page.getByRole('button', { name: r.addMember });
    this.submit = page.getByRole('button', { name: r.submit, exact: true });
  }

  async goto() {
    await this.page.goto('/households/new');
    await expect(this.heading).toBeVisible();
  }

  /** The fieldset of member n (1-based), named 가구원 n. */
  member(number: number): Locator {
    return this.page.getByRole('group', {
      name: fill(ko.households.register.memberLegend, { number }),
      exact: true,
    });
  }

  memberRrn(number: number): Locator {
    return this.member(number).getByLabel(ko.households.register.rrn, { exact: true });
  }

  checkDigitConfirmation(number: number): Locator {
    return this.member(number).getByRole('checkbox', { name: ko.households.register.confirmCheckDigit });
  }

  async chooseRegion(sido: string, sigungu: string, eupmyeondong: string) {
    await expect(this.sido.getByRole('option', { name: sido })).toBeAttached();
    await this.sido.selectOption({ label: sido });
    await expect(this.sigungu.getByRole('option', { name: sigungu, exact: true })).toBeAttached();
    await this.sigungu.selectOption({ label: sigungu });
    await expect(this.eupmyeondong.getByRole('option', { name: eupmyeondong, exact: true })).toBeAttached();
    await this.eupmyeondong.selectOption({ label: eupmyeondong });
  }

  async fillMembers(members: readonly MemberInput[]) {
    for (const [i, m] of members.entries()) {
      const number = i + 1;
      if (number > 1) await this.addMember.click();
      const row = this.member(number);
      await row.getByLabel(ko.households.register.name, { exact: true }).fill(m.name);
      await row.getByLabel(ko.households.register.rrn, { exact: true }).fill(m.rrn);
      await row
        .getByLabel(ko.households.register.relationship)
        .selectOption({ label: ko.common.relationship[m.relationship] });
    }
  }

  async register(input: {
    region: [string, string, string];
    address: string;
    members: readonly MemberInput[];
  }) {
    await this.chooseRegion(...input.region);
    await this.address.fill(input.address);
    await this.fillMembers(input.members);
    await this.submit.click();
  }
}
