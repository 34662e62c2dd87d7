import { type Locator, type Page } from '@playwright/test';
import { ko } from '../i18n';

export class HouseholdDetailPage {
  readonly members: Locator;
  readonly accessNotice: Locator;

  constructor(readonly page: Page) {
    this.members = page.getByRole('table', { name: ko.households.detail.membersCaption });
    this.accessNotice = page.getByText(ko.households.detail.accessNotice);
  }

  /** The member's row, found by the name in its row header. */
  memberRow(name: string): Locator {
    return this.members.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
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
