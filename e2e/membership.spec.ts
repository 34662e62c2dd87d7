import { ko } from './i18n';
import {
  callApiAs,
  expect,
  expectNoAccessibilityViolations,
  registerHouseholdThroughApi,
  signInAs,
  test,
} from './fixtures';
import { koreanDate } from './dates';
import { HouseholdDetailPage } from './pages/household-detail.page';
import { syntheticName, syntheticRrn } from './rrn';

const m = ko.membership;

test('a case worker enrols a household in 복지멤버십, it is told what it may receive, and it leaves', async ({
  page,
  baseURL,
}) => {
  // A resident over 65 with a small earned income: 생계급여 and 기초연금 open to them.
  const name = syntheticName();
  const household = await registerHouseholdThroughApi(baseURL, [
    { name, rrn: syntheticRrn({ bornBy: 1950 }).rrn, relationship: 'HEAD' },
  ]);
  await callApiAs(
    baseURL,
    'caseWorker',
    `mutation($input: RecordHouseholdMeansInput!) { recordHouseholdMeans(input: $input) { errors { code } } }`,
    {
      input: {
        householdId: household.id,
        asOf: koreanDate(),
        incomes: [
          {
            personId: household.members[0]!.personId,
            kind: 'EARNED',
            monthlyAmount: 200000,
            source: 'QUERIED',
          },
        ],
        property: [],
      },
    },
  );
  await signInAs(page, 'caseWorker');
  await new HouseholdDetailPage(page).goto(household.id);
  const section = page.getByRole('region', { name: m.title });
  await expect(section.getByText(m.none)).toBeVisible();

  // Without the notice of the right to refuse nothing is sent.
  const submit = section.getByRole('button', { name: m.form.submit });
  await submit.click();
  await expect(section.getByLabel(m.form.notice)).toHaveAttribute('aria-invalid', 'true');
  await expectNoAccessibilityViolations(page);
  await section.getByLabel(m.form.notice).check();
  await submit.click();
  await expect(section.getByRole('status').filter({ hasText: m.joined })).toBeVisible();
  await expect(section.getByText(m.statuses.ACTIVE)).toBeVisible();

  // The job runner analyses the new member in the background; the message arrives shortly.
  await expect(async () => {
    await page.reload();
    await expect(
      page
        .getByRole('region', { name: m.title })
        .getByRole('listitem')
        .filter({ hasText: ko.benefits.programme.LIVELIHOOD }),
    ).toContainText(m.guidance.kinds.NEWLY_AVAILABLE, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: /맞춤형 급여 안내/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('region', { name: m.title }).getByRole('button', { name: m.leave }).click();
  await expect(
    page.getByRole('region', { name: m.title }).getByRole('status').filter({ hasText: m.left }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: m.title }).getByText(m.none)).toBeVisible();
});
