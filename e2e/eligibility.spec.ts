import { fill, ko } from './i18n';
import {
  expect,
  expectNoAccessibilityViolations,
  registerHouseholdThroughApi,
  signInAs,
  test,
} from './fixtures';
import { HouseholdDetailPage } from './pages/household-detail.page';
import { HouseholdEligibilitySection } from './pages/household-eligibility.page';
import { syntheticName, syntheticRrn } from './rrn';

const e = ko.eligibility;

test('a case worker records a household’s income and assets and decides its eligibility', async ({
  page,
  baseURL,
}) => {
  // A single resident over 65 (born by 1950) in the worker's 동: 기초연금 and 생계급여 apply.
  const name = syntheticName();
  const household = await registerHouseholdThroughApi(baseURL, [
    { name, rrn: syntheticRrn({ bornBy: 1950 }).rrn, relationship: 'HEAD' },
  ]);
  await signInAs(page, 'caseWorker');
  await new HouseholdDetailPage(page).goto(household.id);

  const section = new HouseholdEligibilitySection(page);
  await expect(section.section).toBeVisible();
  await expect(section.section.getByText(e.means.none)).toBeVisible();
  // Nothing to decide from yet.
  await expect(section.decideButton).toBeDisabled();
  await expect(section.section.getByText(e.decide.needsMeans)).toBeVisible();

  await section.openForm.click();
  await expect(section.form).toBeVisible();
  await section.addIncome(1, { member: name, kind: 'PUBLIC_TRANSFER', amount: '-5', source: 'QUERIED' });
  await section.addCar(1, { amount: '3,000,000', engineCc: '998', modelYear: '2012' });
  await section.save();
  // The API refuses a negative amount at its field.
  const amount = section.incomeRow(1).getByLabel(e.means.monthlyAmount);
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(section.form.getByText(e.form.failed)).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await amount.fill('200,000');
  await section.save();
  await expect(section.section.getByRole('status').filter({ hasText: e.form.saved })).toBeVisible();
  await expect(
    section.incomes.getByRole('row').filter({ hasText: e.incomeKind.PUBLIC_TRANSFER }),
  ).toContainText('200,000');
  await expect(section.section.getByRole('table', { name: e.means.propertyCaption })).toContainText('998cc');

  await section.decideButton.click();
  await expect(
    section.section.getByRole('status').filter({ hasText: /개 급여를 판정했습니다/ }),
  ).toBeVisible();
  await expect(section.decisionRow('BASIC_PENSION')).toContainText(e.decisions.eligible);
  await expect(section.decisionRow('LIVELIHOOD')).toBeVisible();

  // Why: the trace of 기초연금, each step with the parameters and their dates.
  const trace = section.trace('BASIC_PENSION');
  await trace.getByText(fill(e.decisions.trace, { programme: e.programme.BASIC_PENSION })).click();
  await expect(trace.getByRole('listitem').filter({ hasText: '원' }).first()).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
