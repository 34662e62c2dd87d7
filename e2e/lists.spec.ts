import { randomInt } from 'node:crypto';
import { request as playwrightRequest } from '@playwright/test';
import { fill, ko } from './i18n';
import {
  DEMO_PASSWORD,
  demoAccounts,
  expect,
  expectNoAccessibilityViolations,
  registerHouseholdThroughApi,
  signInAs,
  test,
  WORKER_AREA,
} from './fixtures';
import { CasesListPage } from './pages/cases.page';
import { HouseholdSearchPage } from './pages/household-search.page';
import { syntheticName, syntheticRrn } from './rrn';

/** The numbers of addresses on the street this run registered ('… 정렬길 10 (시험)' → 10). */
const numbersOf = (addresses: string[], street: string) =>
  addresses.filter((a) => a.includes(street)).map((a) => Number(/(\d+) \(시험\)$/.exec(a)?.[1]));

test('a case worker sorts the household list by address and jumps to a page', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const street = `정렬${randomInt(100, 999)}길`;
  const name = syntheticName();
  for (const n of [126, 2, 32, 10])
    await registerHouseholdThroughApi(
      baseURL,
      [{ name: `${name}${n}`, rrn: syntheticRrn().rrn, relationship: 'HEAD' }],
      `서울특별시 종로구 ${street} ${n} (시험)`,
    );

  await signInAs(page, 'caseWorker');
  const search = new HouseholdSearchPage(page);
  await search.goto();
  await search.search({ name });
  await expect(search.status).toHaveText(search.totalText(4));

  const address = ko.households.search.address;
  await search.sortButton(address).click();
  await expect(page).toHaveURL(/sort=address&dir=asc/);
  await expect(search.sortHeader(address)).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(async () => numbersOf(await search.addresses(), street)).toEqual([2, 10, 32, 126]);
  await expectNoAccessibilityViolations(page);

  await search.sortButton(address).click();
  await expect(search.sortHeader(address)).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => numbersOf(await search.addresses(), street)).toEqual([126, 32, 10, 2]);

  // The whole 읍면동 (over a hundred households) in address order, then straight to page 3.
  await search.name.fill('');
  await search.chooseRegion(WORKER_AREA.sido, WORKER_AREA.sigungu, WORKER_AREA.eupmyeondong);
  await search.search();
  await expect(page).toHaveURL(/emd=1111051500.*sort=address&dir=desc/);
  await expect.poll(() => search.totalCount()).toBeGreaterThan(60);
  const total = await search.totalCount();
  const pages = Math.ceil(total / 20);
  expect(pages).toBeGreaterThan(3);
  await search.jumpTo(3);
  await expect(page).toHaveURL(/[?&]page=3/);
  const pager = page.getByRole('navigation', { name: ko.common.pagination });
  await expect(pager).toContainText(search.pagerText(3, pages));
  await expect(search.householdLinks()).toHaveCount(20);
  await expectNoAccessibilityViolations(page);

  // On from the jumped-to page by cursor, and back by number.
  await search.pageButton('next').click();
  await expect(pager).toContainText(search.pagerText(4, pages));
  await search.pageButton('previous').click();
  await search.pageButton('previous').click();
  await expect(pager).toContainText(search.pagerText(2, pages));
});

/** Registers a household in 사직동 and opens its case, as the 종로구 supervisor, through the API. */
async function openSajikCase(baseURL: string | undefined, address: string) {
  const api = await playwrightRequest.newContext({ baseURL });
  const call = async (query: string, variables: object) => {
    const response = await api.post('/graphql', { data: { query, variables } });
    const body = (await response.json()) as {
      data: Record<string, { errors?: unknown[] } & Record<string, unknown>>;
    };
    return body.data;
  };
  await call('mutation($input: SignInInput!) { signIn(input: $input) { errors { code } } }', {
    input: { email: demoAccounts.supervisor, password: DEMO_PASSWORD },
  });
  const reg = await call(
    'mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } errors { code } } }',
    {
      input: {
        regionCode: '1111053000',
        address,
        members: [{ name: syntheticName(), rrn: syntheticRrn().rrn, relationship: 'HEAD' }],
      },
    },
  );
  expect(reg.registerHousehold.errors).toEqual([]);
  const householdId = (reg.registerHousehold.household as { id: string }).id;
  const opened = await call(
    'mutation($input: OpenCaseInput!) { openCase(input: $input) { errors { code } } }',
    {
      input: { householdId },
    },
  );
  expect(opened.openCase.errors).toEqual([]);
  await api.dispose();
}

test('a supervisor narrows the district’s cases to one 동 and to stalled ones', async ({ page, baseURL }) => {
  const sajik = `서울특별시 종로구 사직로 ${randomInt(1, 400)} (시험)`;
  await openSajikCase(baseURL, sajik);

  await signInAs(page, 'supervisor');
  const cases = new CasesListPage(page);
  await cases.goto();
  await cases.chooseDong('사직동');
  await cases.submit.click();
  await expect(page).toHaveURL(/dong=1111053000/);
  await expect(cases.row(sajik)).toBeVisible();
  // Every case shown is of 사직동: none of the worker's 청운효자동 ones.
  await expect(cases.table.getByRole('row').filter({ hasText: '자하문로' })).toHaveCount(0);
  await expect(cases.worker.getByRole('option', { name: /이희망/ })).toBeAttached();
  await expectNoAccessibilityViolations(page);

  // A case opened today has had activity today: none is stalled for 14 days yet.
  await cases.chooseStalled(fill(ko.cases.list.stalledDays, { count: 14 }));
  await cases.submit.click();
  await expect(page).toHaveURL(/stalled=14/);
  await expect(cases.emptyFiltered).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
