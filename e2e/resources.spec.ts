// Issue 9: an agency publishes a resource of its own inside the app, verifies it, and residents find it.
import { randomInt } from 'node:crypto';
import { fill, ko } from './i18n';
import { expect, expectNoAccessibilityViolations, signInAs, test, WORKER_AREA } from './fixtures';
import { AppShell } from './pages/app-shell.page';

test('an agency publishes and verifies a resource, and a resident finds it signed out', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const name = `어르신 말벗 서비스 ${randomInt(1000, 9999)}`;
  const r = ko.resources;
  await signInAs(page, 'partnerAgency');
  await new AppShell(page).navLink('resources').click();
  await expect(page.getByRole('heading', { level: 1, name: r.title })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('link', { name: r.new }).click();

  const form = page.getByRole('form', { name: r.form.newTitle });
  await form.getByLabel(r.form.name).fill(name);
  await form.getByLabel(r.form.description).fill('홀로 사는 어르신께 주 1회 전화와 방문으로 말벗이 됩니다.');
  await form.getByRole('group', { name: r.form.needsDomains }).getByLabel(ko.cases.domain.SAFETY).check();
  const sido = form.getByLabel(ko.households.region.sido, { exact: true });
  await expect(sido.getByRole('option', { name: WORKER_AREA.sido })).toBeAttached();
  await sido.selectOption({ label: WORKER_AREA.sido });
  const sigungu = form.getByLabel(ko.households.region.sigungu, { exact: true });
  await expect(sigungu.getByRole('option', { name: WORKER_AREA.sigungu, exact: true })).toBeAttached();
  await sigungu.selectOption({ label: WORKER_AREA.sigungu });
  const emd = form.getByLabel(ko.households.region.eupmyeondong, { exact: true });
  await expect(emd.getByRole('option', { name: WORKER_AREA.eupmyeondong, exact: true })).toBeAttached();
  await emd.selectOption({ label: WORKER_AREA.eupmyeondong });
  await form.getByLabel(r.form.fee).fill('무료');
  await form.getByLabel(r.form.capacityTotal).fill('5');
  await form.getByLabel(ko.directory.weekday.MON, { exact: true }).check();
  // Closing before opening is refused at the field, and nothing is saved.
  await form.getByLabel(fill(r.form.closes, { day: ko.directory.weekday.MON })).fill('08:00');
  await form.getByLabel(r.form.status).selectOption({ label: r.status.PUBLISHED });
  await expectNoAccessibilityViolations(page);
  await form.getByRole('button', { name: r.form.save }).click();
  const closes = form.getByLabel(fill(r.form.closes, { day: ko.directory.weekday.MON }));
  await expect(closes).toHaveAttribute('aria-invalid', 'true');
  await closes.fill('18:00');
  await form.getByRole('button', { name: r.form.save }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText(fill(r.statusIs, { status: r.status.PUBLISHED }))).toBeVisible();
  await expect(page.getByText(fill(ko.directory.places, { free: 5, total: 5 }))).toBeVisible();
  await page.getByRole('button', { name: r.verify }).click();
  await expect(page.getByRole('status').filter({ hasText: r.verified })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // The places free change on the spot.
  await page.getByRole('textbox', { name: r.capacity.available, exact: true }).fill('3');
  await page.getByRole('button', { name: r.capacity.submit }).click();
  await expect(page.getByText(fill(ko.directory.places, { free: 3, total: 5 }))).toBeVisible();

  // It is listed among the agency's own, and anyone finds it in 복지샘.
  await page.getByRole('link', { name: r.back }).click();
  const mine = page.getByRole('table', { name: fill(r.mine, { agency: '종로종합사회복지관 (가상)' }) });
  await expect(mine.getByRole('row').filter({ hasText: name })).toContainText(r.status.PUBLISHED);
  const resident = await (await browser.newContext({ locale: 'ko-KR' })).newPage();
  await resident.goto(`/directory?q=${encodeURIComponent('말벗')}`);
  await expect(resident.getByRole('link', { name })).toBeVisible();
  await resident.context().close();
});
