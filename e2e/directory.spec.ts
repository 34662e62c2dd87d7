// Issue 9 (first slice): a resident searches the public directory (복지샘) on a phone, without an account.
import { ko } from './i18n';
import { expect, expectNoAccessibilityViolations, test } from './fixtures';

test.use({ viewport: { width: 360, height: 740 } });

test('a resident finds a service by two syllables and reads how to apply, on a phone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: ko.directory.fromSignIn }).click();
  await expect(page.getByRole('heading', { level: 1, name: ko.directory.title })).toBeVisible();
  const form = page.getByRole('search', { name: ko.directory.legend });
  await form.getByLabel(ko.directory.search).fill('반찬');
  await form.getByRole('button', { name: ko.directory.submit }).click();
  await expect(page).toHaveURL(/q=%EB%B0%98%EC%B0%AC/);
  const result = page.getByRole('link', { name: '밑반찬 배달 서비스 (시연)' });
  await expect(result).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  await result.click();
  await expect(page.getByRole('heading', { level: 1, name: '밑반찬 배달 서비스 (시연)' })).toBeVisible();
  await expect(page.getByText('주민센터나 복지관에 전화로 신청')).toBeVisible();
  await expect(page.getByRole('link', { name: '02-000-0167' })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  // A search that finds nothing says what to try.
  await page.goto('/directory?q=없는서비스이름');
  await expect(page.getByText(ko.directory.empty)).toBeVisible();
});
