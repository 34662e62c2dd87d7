import { ko } from './i18n';
import { demoAccounts, expect, expectNoAccessibilityViolations, signInAs, test } from './fixtures';
import { AccessLogPage } from './pages/access-log.page';
import { AppShell } from './pages/app-shell.page';
import { HouseholdDetailPage } from './pages/household-detail.page';

test('after a case worker opens a household, the admin sees the read in the access log', async ({
  browser,
  household,
}) => {
  const workerContext = await browser.newContext();
  const worker = await workerContext.newPage();
  await signInAs(worker, 'caseWorker');
  await worker.goto(`/households/${household.id}`);
  await expect(new HouseholdDetailPage(worker).memberRow(household.members[0].name)).toBeVisible();
  // Admin pages are not offered to a case worker.
  await expect(new AppShell(worker).navLink('accessLog')).toHaveCount(0);
  await workerContext.close();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, 'admin');
  await new AppShell(admin).open('accessLog');
  const log = new AccessLogPage(admin);
  await expect(log.heading).toBeVisible();

  const head = household.members[0];
  // By the person's name and the worker's name, as an auditor knows them (never a UUID).
  await log.filterBy({ person: head.name, user: '김복지' });
  const read = log
    .rows()
    .filter({ hasText: demoAccounts.caseWorker })
    .filter({ has: admin.getByRole('cell', { name: ko.accessLog.actions.READ, exact: true }) });
  await expect(read.first()).toBeVisible();
  await expect(read.first()).toContainText(head.name);
  await expect(read.filter({ hasText: ko.accessLog.subjects.household }).first()).toBeVisible();
  await expect(read.first().locator('time')).toHaveText(/^\d{4}\. \d{1,2}\. \d{1,2}\. \d{2}:\d{2}:\d{2}$/);
  // Newest first: the admin's own viewing of the log is the first row, one row naming the filter.
  await log.filterBy({ person: '', user: '정관리' });
  await expect(log.rows().first()).toContainText(ko.accessLog.subjects.accessLog);
  await expectNoAccessibilityViolations(admin);
  await adminContext.close();
});
