// Issue 14, items 2, 3 and 7: contacts, consent from the referral form, who sent a referral, and
// the district's referrals for a 시군구 supervisor.
import { randomInt } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { koreanDate } from './dates';
import { fill, ko } from './i18n';
import {
  expect,
  expectNoAccessibilityViolations,
  signInAs,
  test,
  WORKER_AREA,
  type DemoAccount,
} from './fixtures';
import { CasePage } from './pages/case.page';
import { HouseholdDetailPage } from './pages/household-detail.page';
import { ReferralInboxPage, ReferralPage } from './pages/referrals.page';
import { RegisterHouseholdPage } from './pages/register-household.page';
import { syntheticName, syntheticRrn } from './rrn';

const WELFARE_CENTER = '종로종합사회복지관 (가상)';
const c = ko.households.contacts;
const s = ko.referrals.send;

async function pageAs(browser: Browser, account: DemoAccount): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'ko-KR' })).newPage();
  await signInAs(page, account);
  return page;
}

test('a worker registers a household with its numbers and changes them later', async ({ page }) => {
  await signInAs(page, 'caseWorker');
  const register = new RegisterHouseholdPage(page);
  await register.goto();
  await register.chooseRegion(WORKER_AREA.sido, WORKER_AREA.sigungu, WORKER_AREA.eupmyeondong);
  await register.address.fill(`청운효자동 연락길 ${randomInt(1000, 9999)} (시험)`);
  await register.fillMembers([{ name: syntheticName(), rrn: syntheticRrn().rrn, relationship: 'HEAD' }]);
  const contacts = page.getByRole('group', { name: c.legend });
  await contacts.getByLabel(fill(c.numberLabel, { number: 1 })).fill('010 1234 5678');
  await register.submit.click();

  const detail = new HouseholdDetailPage(page);
  await expect(detail.members).toBeVisible();
  const section = page.getByRole('region', { name: c.title, exact: true });
  await expect(section.getByRole('link', { name: fill(c.call, { number: '010-1234-5678' }) })).toBeVisible();
  await expect(section).toContainText(c.preferredBadge);

  await section.getByRole('button', { name: c.edit }).click();
  await section.getByRole('button', { name: c.add }).click();
  await section.getByLabel(fill(c.numberLabel, { number: 2 })).fill('12345');
  await section.getByRole('button', { name: c.save }).click();
  // The bad number is named where it is, and the stored list is untouched.
  await expect(section.getByLabel(fill(c.numberLabel, { number: 2 }))).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectNoAccessibilityViolations(page);
  await section.getByLabel(fill(c.numberLabel, { number: 2 })).fill('02-123-4567');
  await section.getByRole('radio', { name: c.preferred }).nth(1).check();
  await section.getByRole('button', { name: c.save }).click();
  await expect(section.getByRole('status')).toHaveText(c.saved);
  await expect(section.getByRole('listitem').first()).toContainText('02-123-4567');
  await expect(section.getByRole('listitem').first()).toContainText(c.preferredBadge);
});

test('the referral form says what consent covers, records one on the spot, and the 복지관 sees who to call', async ({
  browser,
  household,
}) => {
  test.setTimeout(120_000);
  const service = `정서지원 연계 ${randomInt(1000, 9999)}`;
  const worker = await pageAs(browser, 'caseWorker');
  const detail = new HouseholdDetailPage(worker);
  await detail.goto(household.id);
  await detail.openCaseButton.click();
  const casePage = new CasePage(worker);
  await casePage.expectLoaded();

  // No consent yet: the 복지관 is offered with "동의 필요", and the ministry and 홍천 are not offered.
  const agency = casePage.sendForm.getByLabel(s.toAgency);
  await expect(
    agency.getByRole('option', { name: fill(s.optionNeedsConsent, { agency: WELFARE_CENTER }) }),
  ).toHaveCount(1);
  await expect(agency.getByRole('option', { name: '보건복지부' })).toHaveCount(0);
  await expect(agency.getByRole('option', { name: '홍천군청' })).toHaveCount(0);
  await agency.selectOption({ label: fill(s.optionNeedsConsent, { agency: WELFARE_CENTER }) });
  await expect(casePage.sendForm).toContainText(s.notCovered);

  // The consent form opens on the case page with the 복지관 chosen.
  await casePage.sendForm
    .getByRole('button', { name: fill(s.recordConsent, { agency: WELFARE_CENTER }) })
    .click();
  await expect(detail.consentForm.getByLabel(ko.consents.form.grantee)).toHaveValue(/.+/);
  await expectNoAccessibilityViolations(worker);
  await detail.recordConsent({
    agency: WELFARE_CENTER,
    scopes: ['BASIC'],
    purpose: '통합사례관리 서비스 연계',
    validUntil: koreanDate({ years: 1, days: -1 }),
    notified: true,
  });
  await expect(detail.consentRecorded(WELFARE_CENTER)).toBeVisible();
  await expect(casePage.sendForm).toContainText(ko.consents.scope.BASIC);
  await expect(agency.getByRole('option', { name: WELFARE_CENTER, exact: true })).toHaveCount(1);

  await casePage.sendReferral({ agency: WELFARE_CENTER, service });

  // The 복지관 sees the sender's name, agency and phone, and the resident's number under the consent.
  const partner = await pageAs(browser, 'partnerAgency');
  const inbox = new ReferralInboxPage(partner);
  await inbox.goto();
  await inbox.link('INCOMING', service).click();
  const referral = new ReferralPage(partner);
  await expect(referral.summary).toContainText('김복지 (데모) (청운효자동 주민센터)');
  await expect(referral.summary.getByRole('link', { name: '02-000-1151' })).toBeVisible();
  await expect(referral.household).toContainText(household.members[0].name);
  await expect(referral.history).toContainText('김복지 (데모)');
  await expect(referral.history).not.toContainText('worker@demo.ieum.kr');
  await expectNoAccessibilityViolations(partner);

  // The 종로구 supervisor sees it among the district's referrals, and narrows by 동.
  const supervisor = await pageAs(browser, 'supervisor');
  const district = new ReferralInboxPage(supervisor);
  await district.goto();
  const pressed = supervisor
    .getByRole('group', { name: ko.referrals.list.direction })
    .getByRole('button', { name: ko.referrals.direction.DISTRICT });
  await expect(pressed).toHaveAttribute('aria-pressed', 'true');
  await expect(supervisor.getByRole('link', { name: service })).toBeVisible();
  await supervisor.getByLabel(ko.referrals.list.dong).selectOption({ label: '사직동' });
  await expect(supervisor).toHaveURL(/region=1111053000/);
  await expect(supervisor.getByRole('link', { name: service })).toHaveCount(0);
  await expectNoAccessibilityViolations(supervisor);
});
