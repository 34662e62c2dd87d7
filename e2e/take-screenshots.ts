import { resolve } from 'node:path';
import { expect, signInAs, test, type DemoAccount } from './fixtures';

const OUT = resolve(__dirname, '../docs/screenshots');
const PAGES: { account: DemoAccount; path: string; file: string }[] = [
  { account: 'caseWorker', path: '/screening/candidates', file: 'worker-candidates.png' },
  { account: 'caseWorker', path: '/cases', file: 'worker-cases.png' },
  { account: 'partnerAgency', path: '/referrals', file: 'agency-referrals.png' },
  { account: 'supervisor', path: '/referrals', file: 'supervisor-referrals.png' },
  { account: 'supervisor', path: '/', file: 'supervisor-dashboard.png' },
];

for (const { account, path, file } of PAGES) {
  test(file, async ({ browser }) => {
    const page = await (
      await browser.newContext({ locale: 'ko-KR', viewport: { width: 1366, height: 800 } })
    ).newPage();
    await signInAs(page, account);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `${OUT}/${file}` });
  });
}
