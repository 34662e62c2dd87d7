// Issue 14 item 10: a first start shows the loop — candidates in the worker's 동 from a finished
// round, and referrals in every state, one overdue, in the supervisor's district.
import { ko } from './i18n';
import { expect, expectNoAccessibilityViolations, signInAs, test } from './fixtures';
import { CandidateQueuePage } from './pages/candidates.page';
import { ReferralInboxPage } from './pages/referrals.page';

test('the demo worker finds candidates to visit, and the supervisor an overdue referral', async ({
  browser,
}) => {
  const worker = await (await browser.newContext({ locale: 'ko-KR' })).newPage();
  await signInAs(worker, 'caseWorker');
  const queue = new CandidateQueuePage(worker);
  await queue.goto();
  await expect(queue.table.locator('tbody').getByRole('row').first()).toBeVisible();
  await expectNoAccessibilityViolations(worker);

  const supervisor = await (await browser.newContext({ locale: 'ko-KR' })).newPage();
  await signInAs(supervisor, 'supervisor');
  const district = new ReferralInboxPage(supervisor);
  await district.goto();
  // The box follows the address (?overdue=1), so its state is read back rather than assumed.
  const overdueOnly = supervisor.getByLabel(ko.referrals.list.overdueOnly);
  await overdueOnly.click();
  await expect(overdueOnly).toBeChecked();
  await expect(supervisor.getByRole('link', { name: '방문건강관리', exact: true })).toBeVisible();
  // Every state is there to see.
  await overdueOnly.click();
  await expect(overdueOnly).not.toBeChecked();
  for (const status of [
    'SENT',
    'RECEIVED',
    'ACCEPTED',
    'IN_SERVICE',
    'COMPLETED',
    'DECLINED',
    'CANCELLED',
  ] as const)
    await expect(
      supervisor.getByRole('table').getByText(ko.referrals.status[status], { exact: true }).first(),
    ).toBeVisible();
  await expectNoAccessibilityViolations(supervisor);
});

test('a worker finds the region changes to check, with the reason the list is empty', async ({ page }) => {
  await signInAs(page, 'caseWorker');
  await page.getByRole('navigation').getByRole('link', { name: ko.shell.nav.regionReviews }).click();
  await expect(page.getByRole('heading', { level: 1, name: ko.regions.reviews.title })).toBeVisible();
  // A fresh start has every record on a current code: the list says so.
  await expect(page.getByText(ko.regions.reviews.empty)).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
