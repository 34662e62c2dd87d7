import { randomInt } from 'node:crypto';
import { fill, ko } from './i18n';
import { expect, expectNoAccessibilityViolations, signInAs, test, WORKER_AREA } from './fixtures';
import { HouseholdDetailPage } from './pages/household-detail.page';
import { HouseholdSearchPage } from './pages/household-search.page';
import { RegisterHouseholdPage } from './pages/register-household.page';
import { koreanDateText } from './dates';
import { syntheticName, syntheticRrn, withWrongCheckDigit } from './rrn';

const region: [string, string, string] = [WORKER_AREA.sido, WORKER_AREA.sigungu, WORKER_AREA.eupmyeondong];
const address = () => `서울특별시 종로구 필운대로 ${randomInt(1, 400)}-${randomInt(1, 100)} (시험)`;

test('a case worker registers a household of two and sees their masked numbers', async ({ page }) => {
  await signInAs(page, 'caseWorker');
  await new HouseholdSearchPage(page).goto();
  await new HouseholdSearchPage(page).registerLink.click();

  const form = new RegisterHouseholdPage(page);
  await expect(form.heading).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const head = { name: syntheticName(), ...syntheticRrn() };
  const spouse = { name: syntheticName(), ...syntheticRrn() };
  await form.register({
    region,
    address: address(),
    members: [
      { name: head.name, rrn: head.rrn, relationship: 'HEAD' },
      // Typed without the hyphen: both spellings are accepted.
      { name: spouse.name, rrn: spouse.rrn.replace('-', ''), relationship: 'SPOUSE' },
    ],
  });

  await expect(page).toHaveURL(/\/households\/[^/]+$/);
  const detail = new HouseholdDetailPage(page);
  await expect(detail.members).toBeVisible();
  for (const person of [head, spouse]) {
    const row = detail.memberRow(person.name);
    await expect(row).toContainText(`${person.rrn.slice(0, 8)}******`);
    await expect(row).toContainText(koreanDateText(person.birthDate));
  }
  await expect(detail.memberRow(head.name)).toContainText(ko.common.relationship.HEAD);
  await expect(detail.memberRow(spouse.name)).toContainText(ko.common.relationship.SPOUSE);
});

test('an invalid number is shown beside that member, and a check-digit mismatch can be confirmed', async ({
  page,
}) => {
  await signInAs(page, 'caseWorker');
  const form = new RegisterHouseholdPage(page);
  await form.goto();

  const head = { name: syntheticName(), ...syntheticRrn() };
  const second = { name: syntheticName(), ...syntheticRrn() };
  // 13월 is no date: INVALID_RRN for member 2 only.
  const invalid = `${second.rrn.slice(0, 2)}13${second.rrn.slice(4)}`;
  await form.register({
    region,
    address: address(),
    members: [
      { name: head.name, rrn: head.rrn, relationship: 'HEAD' },
      { name: second.name, rrn: invalid, relationship: 'CHILD' },
    ],
  });

  const secondRrn = form.memberRrn(2);
  await expect(secondRrn).toHaveAttribute('aria-invalid', 'true');
  await expect(form.member(2)).toContainText(ko.errors.rrn.BIRTH_DATE);
  await expect(form.member(1)).not.toContainText(ko.errors.rrn.BIRTH_DATE);
  await expect(form.memberRrn(1)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: ko.households.register.failed })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // An old-layout check digit that does not match is a warning to confirm, not a refusal.
  await secondRrn.fill(withWrongCheckDigit(second.rrn));
  await form.submit.click();
  await expect(form.member(2)).toContainText(ko.errors.RRN_CHECK_DIGIT_UNCONFIRMED);
  await form.checkDigitConfirmation(2).check();
  await form.submit.click();

  await expect(page).toHaveURL(/\/households\/[^/]+$/);
  const detail = new HouseholdDetailPage(page);
  await expect(detail.memberRow(second.name)).toContainText(ko.households.detail.checkDigitMismatch);
  await expect(detail.memberRow(head.name)).toContainText(`${head.rrn.slice(0, 8)}******`);
});

test('the member legend numbering stays in order after removing a row', async ({ page }) => {
  await signInAs(page, 'caseWorker');
  const form = new RegisterHouseholdPage(page);
  await form.goto();
  await form.addMember.click();
  await form.addMember.click();
  await page.getByRole('button', { name: fill(ko.households.register.removeMember, { number: 2 }) }).click();
  await expect(form.member(2)).toBeVisible();
  await expect(form.member(3)).toHaveCount(0);
});
