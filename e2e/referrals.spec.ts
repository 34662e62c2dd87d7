import { randomInt } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { koreanDate } from './dates';
import { fill, ko } from './i18n';
import {
  expect,
  expectNoAccessibilityViolations,
  registerHouseholdThroughApi,
  signInAs,
  test,
  type DemoAccount,
} from './fixtures';
import { AppShell } from './pages/app-shell.page';
import { CasePage } from './pages/case.page';
import { HouseholdDetailPage } from './pages/household-detail.page';
import { ReferralInboxPage, ReferralPage } from './pages/referrals.page';
import { syntheticName, syntheticRrn } from './rrn';

/** The private 복지관 of the demo data (agency@demo.ieum.kr works there). */
const WELFARE_CENTER = '종로종합사회복지관 (가상)';

/** Each role in its own browser context, so sessions never mix. */
async function pageAs(browser: Browser, account: DemoAccount): Promise<Page> {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  await signInAs(page, account);
  return page;
}

test('a 읍면동 worker refers a household to a 복지관 and gets the service back', async ({
  browser,
  household,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // Unique per run, so the inbox row is this test's.
  const service = `사례관리 연계: 정서지원 프로그램 ${randomInt(1000, 9999)}`;

  // The worker records the resident's consent for the 복지관: 기본정보 and 사례기록, for a year.
  const worker = await pageAs(browser, 'caseWorker');
  const detail = new HouseholdDetailPage(worker);
  await detail.goto(household.id);
  const consent = {
    agency: WELFARE_CENTER,
    scopes: ['BASIC', 'CASE_NOTES'] as const,
    purpose: '통합사례관리 서비스 연계',
    validUntil: koreanDate({ years: 1, days: -1 }),
  };
  // Without the notice of the right to refuse, the form does not send.
  await detail.recordConsent({ ...consent, scopes: [...consent.scopes], notified: false });
  // The summary links to the field to fix; the field says it too.
  const toFix = detail.consentForm.getByRole('link', { name: ko.errors.validation.MUST_BE_CONFIRMED });
  await expect(toFix).toBeVisible();
  await toFix.click();
  await expect(detail.consentForm.getByLabel(ko.consents.form.notice)).toBeFocused();
  await expect(detail.consentForm.getByLabel(ko.consents.form.notice)).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(detail.consentTable).toHaveCount(0);
  await detail.consentForm.getByLabel(ko.consents.form.notice).check();
  await detail.consentForm.getByRole('button', { name: ko.consents.form.submit }).click();
  await expect(detail.consentRecorded(WELFARE_CENTER)).toBeVisible();
  const row = detail.consentRow(WELFARE_CENTER);
  await expect(row).toContainText(`${ko.consents.scope.BASIC}, ${ko.consents.scope.CASE_NOTES}`);
  await expect(row).toContainText(ko.consents.status.active);
  await expectNoAccessibilityViolations(worker);

  // 사례 열기, then refer the household to the 복지관.
  await detail.openCaseButton.click();
  const casePage = new CasePage(worker);
  await casePage.expectLoaded();
  const caseUrl = worker.url();
  await casePage.sendReferral({
    agency: WELFARE_CENTER,
    service,
    note: '우울감 호소, 정서지원 프로그램 참여 희망',
  });
  await expect(casePage.referralRow(service)).toContainText(ko.referrals.status.SENT);
  await expectNoAccessibilityViolations(worker);

  // The household page no longer offers 사례 열기: it links to the open case.
  await detail.goto(household.id);
  await expect(detail.openCaseRegion).toContainText(ko.cases.open.hasOpenCase);
  await expect(detail.openCaseButton).toHaveCount(0);
  await detail.openCaseRegion.getByRole('link', { name: ko.cases.open.goToOpenCase }).click();
  await expect(worker).toHaveURL(caseUrl);

  // The 복지관 finds it in 받은 의뢰 and works it through to 회송.
  const agency = await pageAs(browser, 'partnerAgency');
  await expect(new AppShell(agency).navLink('referrals')).toBeVisible();
  await expect(new AppShell(agency).navLink('cases')).toBeVisible();
  const inbox = new ReferralInboxPage(agency);
  await inbox.goto();
  await expect(inbox.link('INCOMING', service)).toBeVisible();
  await expect(inbox.table('INCOMING').getByRole('row').filter({ hasText: service })).toContainText(
    household.address,
  );
  await expectNoAccessibilityViolations(agency);
  await inbox.link('INCOMING', service).click();

  const referral = new ReferralPage(agency);
  await expect(referral.summary).toContainText(service);
  // 기본정보 is consented, so the household shows.
  await expect(referral.household).toContainText(household.address);
  await referral.step('RECEIVE', 'RECEIVED');
  await referral.step('ACCEPT', 'ACCEPTED');
  await referral.step('START_SERVICE', 'IN_SERVICE');
  // The 완료(회송) form open, checked as it is when filled in.
  await referral.button('COMPLETE').click();
  await expectNoAccessibilityViolations(agency);
  await referral.complete('SERVED', '주 1회 4회기 참여 완료');
  await expect(referral.summary).toContainText(ko.referrals.status.COMPLETED);
  await expect(referral.summary).toContainText(ko.referrals.outcome.SERVED);
  await expect(referral.history.locator('tbody').getByRole('row')).toHaveCount(5);
  await expect(referral.actions).toContainText(ko.referrals.actions.none);
  await expectNoAccessibilityViolations(agency);

  // The 복지관 sees the case as far as the consent goes: 기본정보 and 사례기록.
  await referral.summary.getByRole('link', { name: ko.referrals.detail.openCase }).click();
  const agencyCase = new CasePage(agency);
  await agencyCase.expectLoaded();
  await expect(agencyCase.summary).toContainText(
    fill(ko.cases.detail.accessScopes, {
      scopes: `${ko.consents.scope.BASIC}, ${ko.consents.scope.CASE_NOTES}`,
    }),
  );
  await expect(agencyCase.summary).toContainText(household.address);
  await expectNoAccessibilityViolations(agency);

  // Back at the 주민센터: the referral came back with its outcome, as a service on the case.
  await worker.goto(caseUrl);
  await casePage.expectLoaded();
  await expect(casePage.referralRow(service)).toContainText(ko.referrals.status.COMPLETED);
  await expect(casePage.referralRow(service)).toContainText(ko.referrals.outcome.SERVED);
  await expect(casePage.serviceRow(service)).toContainText(WELFARE_CENTER);
  await expectNoAccessibilityViolations(worker);

  // …and the bell says so.
  const shell = new AppShell(worker);
  await expect(shell.bellWithUnread()).toBeVisible();
  await shell.bellWithUnread().click();
  await expect(worker.getByRole('heading', { level: 1, name: ko.notifications.title })).toBeVisible();
  const notification = worker
    .getByRole('list', { name: ko.notifications.listLabel })
    .getByRole('link', { name: new RegExp(service) })
    .first();
  await expect(notification).toBeVisible();
  await expectNoAccessibilityViolations(worker);
  await notification.click();
  await expect(worker).toHaveURL(/\/referrals\/[^/]+$/);
  await expect(new ReferralPage(worker).summary).toContainText(ko.referrals.outcome.SERVED);

  // Another household, without any consent for the 복지관: the agency sees 동의 없음.
  const other = await registerHouseholdThroughApi(baseURL, [
    { name: syntheticName(), rrn: syntheticRrn().rrn, relationship: 'HEAD' },
  ]);
  await agency.goto(`/households/${other.id}`);
  await expect(new HouseholdDetailPage(agency).noConsent).toBeVisible();

  await worker.context().close();
  await agency.context().close();
});
