import { ko } from './i18n';
import {
  demoAccounts,
  expect,
  expectNoAccessibilityViolations,
  signInAs,
  test,
  WORKER_AREA,
} from './fixtures';
import { HouseholdSearchPage } from './pages/household-search.page';
import { SignInPage } from './pages/sign-in.page';

test('a wrong password is refused with a message at the top of the form', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto('/');
  await signIn.signIn(demoAccounts.analyst, 'not-the-password');
  await expect(signIn.alert).toContainText(ko.errors.INVALID_CREDENTIALS);
  await expect(signIn.heading).toBeVisible();
});

test('when the session ends, the next request brings back the sign-in page', async ({ page }) => {
  await signInAs(page, 'caseWorker');
  const search = new HouseholdSearchPage(page);
  await search.goto();
  await page.context().clearCookies();
  await search.submit.click();
  const signIn = new SignInPage(page);
  await expect(signIn.heading).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(ko.auth.sessionExpired);
  // Signing in again continues where the user was.
  await signIn.signIn(demoAccounts.caseWorker, 'ieum-demo-2026');
  await expect(search.heading).toBeVisible();
});

test('a case worker searching outside the own area gets a clear refusal', async ({ page }) => {
  await signInAs(page, 'caseWorker');
  const search = new HouseholdSearchPage(page);
  await search.goto();
  await search.chooseRegion(WORKER_AREA.sido, WORKER_AREA.sigungu);
  await search.submit.click();
  await expect(page.getByRole('alert')).toHaveText(ko.common.forbidden);
});

test('after sign-in, focus is on the page heading', async ({ page }) => {
  await signInAs(page, 'supervisor');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAccessibilityViolations(page);
});
