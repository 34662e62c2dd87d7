// Issue 14 item 1: messages that say what to fix, and never "try again later" for an input mistake.
import { ko } from './i18n';
import { expect, expectNoAccessibilityViolations, signInAs, test } from './fixtures';
import { RegisterHouseholdPage } from './pages/register-household.page';

test('an empty household form lists every missing field at once, each linking to its field', async ({
  page,
}) => {
  await signInAs(page, 'caseWorker');
  const form = new RegisterHouseholdPage(page);
  await form.goto();
  await form.submit.click();
  const summary = page.getByRole('alert').filter({ hasText: ko.households.register.failed });
  await expect(summary).toBeFocused();
  const links = summary.getByRole('link');
  // 읍면동, 주소, and the first member's name and number.
  await expect(links).toHaveCount(4);
  await expect(summary).not.toContainText(ko.errors.UNKNOWN);
  await summary.getByRole('link', { name: /주소/ }).click();
  await expect(form.address).toBeFocused();
  await expectNoAccessibilityViolations(page);
});

test('a case address that no list issued reads as a case not found, not as a failure', async ({ page }) => {
  await signInAs(page, 'caseWorker');
  await page.goto('/cases/not-a-case');
  await expect(page.getByRole('alert').filter({ hasText: ko.cases.detail.notFound })).toBeVisible();
  await expect(page.getByText(ko.errors.UNKNOWN)).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
});
