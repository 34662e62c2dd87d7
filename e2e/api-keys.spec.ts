import { randomInt } from 'node:crypto';
import { fill, ko } from './i18n';
import { expect, expectNoAccessibilityViolations, signInAs, test } from './fixtures';
import { ApiKeysPage } from './pages/api-keys.page';
import { AppShell } from './pages/app-shell.page';

test("an admin issues a partner agency's API key, sees the secret once and revokes it", async ({ page }) => {
  await signInAs(page, 'admin');
  await new AppShell(page).open('apiKeys');
  const keys = new ApiKeysPage(page);
  await expect(keys.heading).toBeVisible();

  const name = `시험 연동 ${randomInt(100000, 999999)}`;
  await keys.issue({ agency: '종로종합사회복지관 (가상)', name });
  await expect(keys.secret).not.toHaveValue('');
  await expect(page.getByText(ko.apiKeys.issue.secretHint)).toBeVisible();
  await expect(keys.row(name)).toContainText(ko.apiKeys.status.active);
  // A private agency's key defaults to the partner agency role.
  await expect(keys.row(name)).toContainText(ko.common.roles.AGENCY_WORKER);
  await expectNoAccessibilityViolations(page);

  await keys.revoke(name);
  await expect(
    page.getByRole('status').filter({ hasText: fill(ko.apiKeys.revoke.done, { name }) }),
  ).toBeVisible();
  await expect(keys.row(name)).toContainText(ko.apiKeys.status.revoked.split(' (')[0]);
  await expect(keys.row(name).getByRole('button')).toHaveCount(0);
});
