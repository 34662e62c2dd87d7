import { ko } from './i18n';
import { expect, expectNoAccessibilityViolations, signInAs, test } from './fixtures';

test('an analyst reads what each crisis indicator kind covers, in words meant for users', async ({
  page,
}) => {
  await signInAs(page, 'analyst');
  await page.goto('/indicators/kinds');
  await expect(page.getByRole('heading', { level: 1, name: ko.indicators.kinds.title })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'SUICIDE_ATTEMPT_ER_VISIT' });
  await expect(row).toContainText('응급실에 내원한 사람입니다');
  await expect(page.getByRole('main')).not.toContainText('SOURCES.md');
  await expectNoAccessibilityViolations(page);
});
