/** 대시보드: supervisors see their district, analysts choose a region; every chart comes with its table. */
import { expect, expectNoAccessibilityViolations, signInAs, test, WORKER_AREA } from './fixtures';
import { AppShell } from './pages/app-shell.page';
import { DashboardPage } from './pages/dashboard.page';

test('a supervisor reads the district dashboard, each chart with its table', async ({ page }) => {
  await signInAs(page, 'supervisor');
  await expect(new AppShell(page).navLink('dashboard')).toBeVisible();
  await new AppShell(page).open('dashboard');
  const dashboard = new DashboardPage(page);
  await expect(dashboard.heading).toBeVisible();
  await expect(dashboard.statusTable).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('an analyst narrows the dashboard to a 시도 and a 시군구, and the choice stays in the address', async ({
  page,
}) => {
  await signInAs(page, 'analyst');
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await dashboard.sido.selectOption({ label: WORKER_AREA.sido });
  await dashboard.sigungu.selectOption({ label: WORKER_AREA.sigungu });
  await expect(page).toHaveURL(/sigungu=1111000000/);
  await expect(dashboard.statusTable).toBeVisible();
  await expectNoAccessibilityViolations(page);
  // No case anywhere in 제주: every section says so.
  await dashboard.sido.selectOption({ label: '제주특별자치도' });
  await expect(page).toHaveURL(/sido=5000000000/);
  await expect(dashboard.empty).toBeVisible();
  await page.reload();
  await expect(dashboard.sido).toHaveValue('5000000000');
});

test('a supervisor has no region choice: the dashboard is their district', async ({ page }) => {
  await signInAs(page, 'supervisor');
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await expect(dashboard.regionFilter).toHaveCount(0);
});
