import { ko } from './i18n';
import { koreanDate } from './dates';
import { expect, expectNoAccessibilityViolations, signInAs, test } from './fixtures';
import { CasePage, CasePlanForms } from './pages/case.page';
import { HouseholdDetailPage } from './pages/household-detail.page';

test('a case worker assesses needs, plans, meets, monitors and closes a case', async ({
  page,
  household,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, 'caseWorker');
  const detail = new HouseholdDetailPage(page);
  await detail.goto(household.id);
  await detail.openCaseButton.click();
  const casePage = new CasePage(page);
  await casePage.expectLoaded();
  const forms = new CasePlanForms(page);

  await forms.assess({
    HEALTH: { level: 'HIGH', note: '당뇨 관리 필요' },
    SOCIAL_RELATIONS: { level: 'MEDIUM' },
    ECONOMY: { level: 'NONE' },
  });
  const assessment = page
    .getByRole('region', { name: ko.cases.assessment.title, exact: true })
    .getByRole('table');
  await expect(assessment.getByRole('row').filter({ hasText: ko.cases.domain.HEALTH })).toContainText(
    ko.cases.level.HIGH,
  );
  // Only domains with a need can be a goal's needs.
  // The plan's forms stay closed until asked for; the stages say the case now stands at 계획.
  await expect(
    page
      .getByRole('navigation', { name: ko.cases.stages.label })
      .getByRole('link', { name: ko.cases.stages.plan }),
  ).toHaveAttribute('aria-current', 'step');
  const needs = (await forms.open(ko.cases.goals.formTitle)).getByRole('group', {
    name: ko.cases.goals.needs,
  });
  await expect(needs.getByRole('checkbox')).toHaveCount(2);

  const goal = '주 1회 이상 지역 모임 참여';
  await forms.addGoal({ title: goal, targetDate: koreanDate({ days: 90 }), needs: ['SOCIAL_RELATIONS'] });
  await expect(page.getByRole('table', { name: ko.cases.goals.caption })).toContainText(goal);
  await forms.recordConference({
    participants: [{ name: '김담당', agency: '종로종합사회복지관 (가상)' }, { name: '가구주 본인' }],
    decisions: ['정서지원 프로그램 연계', '월 1회 방문 모니터링'],
  });
  await expect(page.getByRole('table', { name: ko.cases.conferences.caption })).toContainText(
    '월 1회 방문 모니터링',
  );
  await forms.addNote('첫 모임 참석, 적응 양호', goal);
  await expect(page.getByRole('table', { name: ko.cases.notes.caption })).toContainText('적응 양호');
  await forms.recordService('가정방문 상담');
  await expect(casePage.serviceRow('가정방문 상담')).toBeVisible();
  await expect(casePage.timeline.getByRole('listitem')).not.toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await forms.close('GOALS_ACHIEVED', '목표 달성으로 종결');
  await expect(casePage.summary).toContainText(ko.cases.status.CLOSED);
  await expect(casePage.summary).toContainText(ko.cases.detail.readOnly);
  // Read-only: no form is left on the page.
  await expect(page.getByRole('form')).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
});
