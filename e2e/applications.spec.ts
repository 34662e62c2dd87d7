import { randomInt } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { ko } from './i18n';
import { expect, expectNoAccessibilityViolations, signInAs, test, type DemoAccount } from './fixtures';
import { ApplicationInboxPage, ApplicationPage, NewApplicationPage } from './pages/applications.page';

const a = ko.applications;

async function pageAs(browser: Browser, account: DemoAccount): Promise<Page> {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await signInAs(page, account);
  return page;
}

test('an application taken at another 시군구’s 읍면동 is approved at the household’s home 읍면동', async ({
  browser,
  household,
}) => {
  test.setTimeout(180_000);
  const note = `홍천 방문 중 신청 ${randomInt(1000, 9999)}`;
  const applicant = household.members[0];

  // A worker at 홍천읍 (강원 홍천군) takes 기초연금 for a resident of 청운효자동 (서울 종로구) who is present.
  const away = await pageAs(browser, 'otherDistrictWorker');
  const form = new NewApplicationPage(away);
  await form.goto();
  await expectNoAccessibilityViolations(away);
  await form.takeByRrn(applicant.rrn, '기초연금', note);
  await expect(form.status).toContainText('청운효자동');
  await form.status.getByRole('link', { name: a.new.open }).click();
  const taken = new ApplicationPage(away);
  await expect(taken.summary).toContainText(a.status.SUBMITTED);
  // The centre that took it sees the application, not the household.
  await expect(taken.household).toContainText(a.detail.householdHidden);
  await expect(away.getByText(household.address)).toHaveCount(0);
  await expect(taken.actions.getByRole('button', { name: a.action.WITHDRAW })).toBeVisible();
  await expect(taken.actions.getByRole('button', { name: a.action.APPROVE })).toHaveCount(0);

  // At home, the 청운효자동 worker finds it in 받은 신청, reviews and approves it.
  const home = await pageAs(browser, 'caseWorker');
  const inbox = new ApplicationInboxPage(home);
  await inbox.goto('INCOMING');
  await inbox.filterStatus('SUBMITTED');
  await expectNoAccessibilityViolations(home);
  const row = inbox.table('INCOMING').getByRole('row').filter({ hasText: '홍천읍 행정복지센터' }).first();
  await row.getByRole('link', { name: '기초연금' }).click();
  const detail = new ApplicationPage(home);
  await expect(detail.summary).toContainText(note);
  await expect(detail.household.getByRole('link', { name: household.address })).toBeVisible();
  await detail.take('REVIEW');
  await expect(detail.summary).toContainText(a.status.UNDER_REVIEW);
  await detail.take('APPROVE');
  await expect(detail.summary).toContainText(a.status.APPROVED);
  await expect(detail.history.getByRole('row')).toHaveCount(4);
  await expect(detail.actions).toContainText(a.actions.none);
  await expectNoAccessibilityViolations(home);

  // Back in 홍천, the application shows approved in 보낸 신청.
  const sent = new ApplicationInboxPage(away);
  await sent.goto('OUTGOING');
  await sent.filterStatus('APPROVED');
  await expect(sent.table('OUTGOING').getByRole('row').filter({ hasText: '기초연금' }).first()).toContainText(
    a.status.APPROVED,
  );
});
