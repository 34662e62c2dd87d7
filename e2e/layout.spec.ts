import type { Page } from '@playwright/test';
import { ko } from './i18n';
import { expect, expectNoAccessibilityViolations, signInAs, test, type DemoAccount } from './fixtures';
import { AppShell } from './pages/app-shell.page';
import { CasePage } from './pages/case.page';
import { HouseholdDetailPage } from './pages/household-detail.page';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1366, height: 768 };

/** The page's name, where a signed-in page starts. */
const heading = (page: Page) => page.getByRole('main').getByRole('heading', { level: 1 });

/** Opens a page and waits until its data has come (no request running, no loading line left). */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(heading(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.getByText(ko.common.loading)).toHaveCount(0);
}

/** At phone width: nothing scrolls sideways but tables, the page starts on the first screen, axe passes. */
async function expectFitsPhone(page: Page, path: string) {
  await test.step(`${path} fits a 360 px screen`, async () => {
    await open(page, path);
    const { scrollWidth, clientWidth, widest } = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // The deepest elements that reach past the screen, outside a scrolling box: what to fix.
      const widest = Array.from(document.body.querySelectorAll('*'))
        .filter((e) => e.getBoundingClientRect().right > width + 1)
        .filter((e) => !e.parentElement?.closest('.table-wrap'))
        .filter(
          (e) =>
            e.classList.contains('table-wrap') ||
            !Array.from(e.children).some((c) => c.getBoundingClientRect().right > width + 1),
        )
        .slice(0, 5)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}.${Array.from(e.classList).join('.')} "${e.textContent?.slice(0, 40)}"`,
        );
      return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, widest };
    });
    expect(scrollWidth, `${path} scrolls sideways: ${widest.join('; ')}`).toBeLessThanOrEqual(clientWidth);
    const box = await heading(page).boundingBox();
    expect(box, `${path} has a visible h1`).not.toBeNull();
    expect(box!.y, `${path} starts below the first screen`).toBeLessThan(PHONE.height);
    await expect(new AppShell(page).nav).toBeHidden();
    await expectNoAccessibilityViolations(page);
  });
}

const MAIN_PAGES: Record<Exclude<DemoAccount, 'caseWorker'>, string[]> = {
  supervisor: ['/dashboard', '/cases', '/referrals', '/screening/candidates', '/screening/rules'],
  partnerAgency: ['/referrals', '/cases'],
  analyst: [
    '/screening/rounds',
    '/indicators/feeds',
    '/indicators/kinds',
    '/screening/rules',
    '/dashboard',
    '/benefits',
    '/benefits/parameters',
  ],
  admin: ['/access-log', '/api-keys', '/households'],
  otherDistrictWorker: ['/applications', '/applications/new'],
};

test('a case worker on a phone reads every main page without sideways scrolling', async ({
  page,
  household,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, 'caseWorker');
  // A case of the household, so the case page has its sections.
  const detail = new HouseholdDetailPage(page);
  await detail.goto(household.id);
  await detail.openCaseButton.click();
  await new CasePage(page).expectLoaded();
  const casePath = new URL(page.url()).pathname;

  await page.setViewportSize(PHONE);
  for (const path of [
    '/',
    '/households',
    `/households/${household.id}`,
    '/households/new',
    '/cases',
    casePath,
    '/referrals',
    '/screening/candidates',
    '/notifications',
  ]) {
    await expectFitsPhone(page, path);
  }
});

for (const [account, paths] of Object.entries(MAIN_PAGES) as [DemoAccount, string[]][]) {
  test(`the ${account} account's pages fit a phone`, async ({ page }) => {
    test.setTimeout(90_000);
    await signInAs(page, account);
    await page.setViewportSize(PHONE);
    for (const path of paths) await expectFitsPhone(page, path);
  });
}

test('on a phone the menu button opens the navigation, a link moves to its page and Escape closes it', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await signInAs(page, 'caseWorker');
  const shell = new AppShell(page);
  await expect(heading(page)).toBeFocused();
  await expect(shell.nav).toBeHidden();
  await expect(shell.signOutButton()).toBeHidden();
  await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'false');

  // By keyboard: the button opens the menu, Escape closes it and leaves focus on the button.
  await shell.menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'true');
  await expect(shell.nav).toBeVisible();
  await expect(shell.signOutButton()).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(shell.nav).toBeHidden();
  await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(shell.menuButton).toBeFocused();

  // A link in the menu moves to its page, closes the menu and starts at the page's heading.
  await shell.menuButton.click();
  await shell.navLink('cases').click();
  await expect(page).toHaveURL(/\/cases$/);
  await expect(heading(page)).toHaveText(ko.cases.list.title);
  await expect(shell.nav).toBeHidden();
  await expect(heading(page)).toBeFocused();
});

test('on a wide screen the navigation stays beside the page and there is no menu button', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await signInAs(page, 'caseWorker');
  const shell = new AppShell(page);
  await expect(shell.nav).toBeVisible();
  await expect(shell.signOutButton()).toBeVisible();
  await expect(shell.menuButton).toBeHidden();
  const nav = await shell.nav.boundingBox();
  const main = await shell.main.boundingBox();
  expect(nav!.x + nav!.width).toBeLessThanOrEqual(main!.x + 1);
});
