/** Issue 9: a 시군구 supervisor reads 중복지원 점검, each chart with its table; a worker has no such page. */
import { expect, expectNoAccessibilityViolations, signInAs, test } from './fixtures';
import { ko } from './i18n';
import { AppShell } from './pages/app-shell.page';

const d = ko.provisions.dashboard;

test("a supervisor reads the district's overlapping provisions by domain, agency pair and month", async ({
  page,
}) => {
  await signInAs(page, 'supervisor');
  const shell = new AppShell(page);
  await shell.open('provisions');
  await expect(page.getByRole('heading', { level: 1, name: d.title })).toBeVisible();
  // The demo ledger: the 복지관's 밑반찬 배달 and the 주민센터's 도시락 given to one household.
  const byDomain = page.getByRole('table', { name: d.byDomain.caption });
  await expect(byDomain.getByRole('row', { name: new RegExp(ko.cases.domain.DAILY_LIVING) })).toBeVisible();
  const byPair = page.getByRole('table', { name: d.byPair.caption });
  await expect(byPair).toContainText('종로종합사회복지관 (가상)');
  await expect(page.getByRole('table', { name: d.byMonth.caption }).getByRole('row')).not.toHaveCount(1);
  await expectNoAccessibilityViolations(page);

  // A period before anything was recorded shows none.
  await page.getByLabel(ko.dashboard.period.from).fill('2020-01-01');
  await page.getByLabel(ko.dashboard.period.to).fill('2020-01-31');
  await page.getByRole('button', { name: ko.dashboard.period.apply }).click();
  await expect(page).toHaveURL(/from=2020-01-01/);
  await expect(page.getByText(d.none)).toBeVisible();
});

test('a case worker has no 중복지원 점검 in the menu', async ({ page }) => {
  await signInAs(page, 'caseWorker');
  await expect(new AppShell(page).navLink('dashboard')).toHaveCount(0);
  await expect(new AppShell(page).navLink('provisions')).toHaveCount(0);
});
