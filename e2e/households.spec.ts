import { en } from './i18n';
import { expect, expectNoAccessibilityViolations, signInAs, test, WORKER_AREA } from './fixtures';
import { AppShell } from './pages/app-shell.page';
import { HouseholdDetailPage } from './pages/household-detail.page';
import { HouseholdSearchPage } from './pages/household-search.page';
import { SignInPage } from './pages/sign-in.page';

const MASKED_RRN = /^\d{6}-\d\*{6}$/;

test("a case worker finds a household and sees members' masked numbers", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto('/');
  await expectNoAccessibilityViolations(page);

  await signInAs(page, 'caseWorker');
  const shell = new AppShell(page);
  await shell.open('households');

  const search = new HouseholdSearchPage(page);
  await expect(search.heading).toBeVisible();
  await search.chooseRegion(WORKER_AREA.sido, WORKER_AREA.sigungu, WORKER_AREA.eupmyeondong);
  await search.search();
  expect(await search.totalCount()).toBeGreaterThan(0);
  await expect(search.householdLinks().first()).toBeVisible();
  // The search is in the URL, so reloading shows the same results.
  await expect(page).toHaveURL(/emd=1111051500/);
  await expectNoAccessibilityViolations(page);

  const first = search.householdLinks().first();
  const address = (await first.textContent())!.trim();
  await first.click();

  const detail = new HouseholdDetailPage(page);
  await expect(page.getByRole('heading', { level: 1, name: address })).toBeVisible();
  await expect(detail.members).toBeVisible();
  await expect(detail.accessNotice).toBeVisible();
  const numbers = await detail.maskedNumbers();
  expect(numbers.length).toBeGreaterThan(0);
  for (const n of numbers) expect(n).toMatch(MASKED_RRN);
  await expectNoAccessibilityViolations(page);

  // Back: the same results come from the URL.
  await page.goBack();
  await expect(search.householdLinks().first()).toBeVisible();

  await shell.switchLanguage('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(shell.navLink('households', en)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: en.households.search.title })).toBeVisible();

  await shell.signOut(en);
  await expect(new SignInPage(page, en).heading).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(en.auth.signedOut);
});

test('a case worker narrows the search by a member name prefix', async ({ page, household }) => {
  await signInAs(page, 'caseWorker');
  const search = new HouseholdSearchPage(page);
  await search.goto();
  await search.search({ name: household.members[0].name });
  await expect(search.results.getByRole('link', { name: household.address })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(household.members[0].name)}`));
});
