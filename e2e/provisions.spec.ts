// Issue 9: a worker is warned of a duplicate provision (중복지원) before saving, and saves with a reason.
import { randomInt } from 'node:crypto';
import { koreanDate } from './dates';
import { ko } from './i18n';
import { callApiAs, expect, expectNoAccessibilityViolations, signInAs, test } from './fixtures';
import { HouseholdDetailPage } from './pages/household-detail.page';

/** Published by the 복지관 in the demo data, in the exclusive category 밑반찬 배달. */
const AGENCY_RESOURCE = '밑반찬 배달 서비스 (시연)';

test('a worker is warned of a duplicate before saving, then saves it with a reason', async ({
  page,
  baseURL,
  household,
}) => {
  test.setTimeout(120_000);
  const today = koreanDate({});
  // The 복지관 already delivers 밑반찬 to the household (with the resident's consent, from today on).
  const { agencies } = await callApiAs<{ agencies: { edges: { node: { id: string; name: string } }[] } }>(
    baseURL,
    'caseWorker',
    `query { agencies(search: "종로종합사회복지관") { edges { node { id name } } } }`,
    {},
  );
  const welfare = agencies.edges.find((e) => e.node.name.includes('종로종합사회복지관'))!.node;
  await callApiAs(
    baseURL,
    'caseWorker',
    `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code } } }`,
    {
      input: {
        householdId: household.id,
        granteeAgencyId: welfare.id,
        scopes: ['BASIC'],
        purpose: '밑반찬 배달',
        validUntil: koreanDate({ years: 1, days: -1 }),
      },
    },
  );
  const found = await callApiAs<{ resources: { edges: { node: { id: string } }[] } }>(
    baseURL,
    'partnerAgency',
    `query($filter: ResourceFilter) { resources(filter: $filter) { edges { node { id } } } }`,
    { filter: { search: AGENCY_RESOURCE } },
  );
  const given = await callApiAs<{ recordProvision: { errors: unknown[] } }>(
    baseURL,
    'partnerAgency',
    `mutation($input: RecordProvisionInput!) { recordProvision(input: $input) { errors { code } } }`,
    { input: { householdId: household.id, resourceId: found.resources.edges[0]!.node.id, startsOn: today } },
  );
  expect(given.recordProvision.errors).toEqual([]);
  // The 주민센터 has its own side dish sharing in the same category.
  const own = `주민센터 반찬 나눔 ${randomInt(1000, 9999)}`;
  await callApiAs(
    baseURL,
    'caseWorker',
    `mutation($input: CreateResourceInput!) { createResource(input: $input) { errors { code } } }`,
    {
      input: {
        name: own,
        needsDomains: ['DAILY_LIVING'],
        serviceAreaCodes: ['1111051500'],
        regionCode: '1111051500',
        exclusiveCategory: '밑반찬 배달',
        status: 'PUBLISHED',
      },
    },
  );

  await signInAs(page, 'caseWorker');
  const detail = new HouseholdDetailPage(page);
  await detail.goto(household.id);
  const p = ko.provisions;
  const section = page.getByRole('region', { name: p.title, exact: true });
  const ledger = section.getByRole('table', { name: p.caption });
  await expect(ledger.getByRole('row').filter({ hasText: AGENCY_RESOURCE })).toContainText(welfare.name);

  await section.getByRole('button', { name: p.form.title }).click();
  const form = page.getByRole('form', { name: p.form.title });
  await form.getByLabel(p.form.resource).selectOption({ label: `${own} (밑반찬 배달)` });
  await form.getByLabel(p.form.startsOn).fill(today);
  // Warned while filling in: the 복지관's delivery is listed, before anything is saved.
  const warning = form.getByRole('alert').filter({ hasText: ko.provisions.overlaps.caption });
  const overlaps = warning.getByRole('table', { name: p.overlaps.caption });
  await expect(overlaps.getByRole('row').filter({ hasText: AGENCY_RESOURCE })).toContainText(welfare.name);
  await expectNoAccessibilityViolations(page);

  // Saving anyway needs the reason.
  await form.getByRole('button', { name: p.form.submitAnyway }).click();
  const reason = form.getByLabel(p.form.overrideReason);
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await reason.fill('복지관 배달이 주 2회뿐이라 주말분을 주민센터가 보탬');
  await form.getByRole('button', { name: p.form.submitAnyway }).click();
  await expect(form.getByRole('status').filter({ hasText: p.form.recorded })).toBeVisible();
  await expect(ledger.getByRole('row').filter({ hasText: own })).toContainText('주말분을 주민센터가 보탬');
  await expectNoAccessibilityViolations(page);
});
