// Issue 9: a worker refers a household to a directory resource (복지자원) and sees its places change.
import type { Browser, Page } from '@playwright/test';
import { koreanDate } from './dates';
import { fill, ko } from './i18n';
import { expect, expectNoAccessibilityViolations, signInAs, test, type DemoAccount } from './fixtures';
import { CasePage } from './pages/case.page';
import { HouseholdDetailPage } from './pages/household-detail.page';
import { ReferralInboxPage, ReferralPage } from './pages/referrals.page';

const WELFARE_CENTER = '종로종합사회복지관 (가상)';
/** Published by the 복지관 in the demo data, for all of 종로구, with 12 places. */
const RESOURCE = '정서지원 프로그램 (시연)';

async function pageAs(browser: Browser, account: DemoAccount): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'ko-KR' })).newPage();
  await signInAs(page, account);
  return page;
}

const placesFree = (text: string) => Number(/(\d+)곳/.exec(text)?.[1]);

test('a worker refers a household to a resource; accepting takes one of its places', async ({
  browser,
  household,
}) => {
  test.setTimeout(120_000);
  const worker = await pageAs(browser, 'caseWorker');
  const detail = new HouseholdDetailPage(worker);
  await detail.goto(household.id);
  await detail.recordConsent({
    agency: WELFARE_CENTER,
    scopes: ['BASIC'],
    purpose: '복지자원 연계',
    validUntil: koreanDate({ years: 1, days: -1 }),
    notified: true,
  });
  await expect(detail.consentRecorded(WELFARE_CENTER)).toBeVisible();
  await detail.openCaseButton.click();
  const casePage = new CasePage(worker);
  await casePage.expectLoaded();

  // The search starts at the household's 읍면동 and finds the 구-wide programme with its places free.
  const r = ko.referrals.resource;
  const picker = casePage.sendForm.getByRole('group', { name: r.legend });
  await picker.getByLabel(r.search).fill('정서');
  const option = picker.getByRole('listitem').filter({ hasText: RESOURCE });
  await expect(option).toContainText(WELFARE_CENTER);
  const before = placesFree((await option.textContent()) ?? '');
  expect(before).toBeGreaterThan(0);
  await expectNoAccessibilityViolations(worker);
  await option.getByRole('button', { name: RESOURCE }).click();
  await expect(
    casePage.sendForm.getByText(fill(r.chosen, { name: RESOURCE, agency: WELFARE_CENTER })),
  ).toBeVisible();
  // Choosing the resource chose its agency; the service may stay empty (the resource's name).
  await expect(casePage.sendForm.getByLabel(ko.referrals.send.toAgency)).toHaveValue(/.+/);
  await casePage.sendForm.getByRole('button', { name: ko.referrals.send.submit }).click();
  await expect(casePage.sendForm.getByRole('status')).toHaveText(
    fill(ko.referrals.send.sent, { agency: WELFARE_CENTER }),
  );
  await expect(casePage.referralRow(RESOURCE)).toContainText(ko.referrals.status.SENT);

  // The 복지관 accepts: one place fewer, on the referral page and in the public directory.
  const agency = await pageAs(browser, 'partnerAgency');
  const inbox = new ReferralInboxPage(agency);
  await inbox.goto();
  const row = inbox.table('INCOMING').getByRole('row').filter({ hasText: household.address });
  await row.getByRole('link', { name: RESOURCE }).click();
  const referral = new ReferralPage(agency);
  await expect(referral.summary).toContainText(fill(r.places, { count: before }));
  await referral.step('RECEIVE', 'RECEIVED');
  await referral.step('ACCEPT', 'ACCEPTED');
  await expect(referral.summary).toContainText(fill(r.places, { count: before - 1 }));
  await expectNoAccessibilityViolations(agency);

  await worker.context().close();
  await agency.context().close();
});
