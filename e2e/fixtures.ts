import { randomInt } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, request as playwrightRequest, type Page } from '@playwright/test';
import { AppShell } from './pages/app-shell.page';
import { SignInPage } from './pages/sign-in.page';
import { syntheticName, syntheticRrn } from './rrn';

/** Accounts created by the API at first start in demo mode (IEUM_DEMO=1). */
export const DEMO_PASSWORD = 'ieum-demo-2026';
export const demoAccounts = {
  caseWorker: 'worker@demo.ieum.kr', // CASE_WORKER, 청운효자동 주민센터 (서울특별시 종로구)
  supervisor: 'supervisor@demo.ieum.kr', // SUPERVISOR, 종로구청
  partnerAgency: 'agency@demo.ieum.kr', // AGENCY_WORKER, 종합사회복지관
  analyst: 'analyst@demo.ieum.kr',
  admin: 'admin@demo.ieum.kr',
  otherDistrictWorker: 'hongcheon@demo.ieum.kr', // CASE_WORKER, 홍천읍 행정복지센터 (강원 홍천군)
} as const;
export type DemoAccount = keyof typeof demoAccounts;

/** The case worker's own 읍면동. */
export const WORKER_AREA = {
  sido: '서울특별시',
  sigungu: '종로구',
  eupmyeondong: '청운효자동',
  code: '1111051500',
} as const;

export interface SeededHousehold {
  id: string;
  address: string;
  members: { personId: string; name: string; rrn: string; relationship: string }[];
}

/** Signs a page in through the UI and waits for the shell (its navigation, or on a phone its menu button). */
export async function signInAs(page: Page, account: DemoAccount) {
  const signIn = new SignInPage(page);
  await signIn.goto('/');
  await signIn.signIn(demoAccounts[account], DEMO_PASSWORD);
  const shell = new AppShell(page);
  await expect(shell.nav.or(shell.menuButton)).toBeVisible();
}

/** WCAG 2.1 A/AA checks on the page as it is now. */
export async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  expect(summary, JSON.stringify(summary, null, 2)).toEqual([]);
}

async function graphql<T>(
  api: Awaited<ReturnType<typeof playwrightRequest.newContext>>,
  query: string,
  variables: object,
): Promise<T> {
  const response = await api.post('/graphql', { data: { query, variables } });
  expect(response.ok(), await response.text()).toBeTruthy();
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** Calls the GraphQL API signed in as a demo account (for data a spec needs that is not its subject). */
export async function callApiAs<T>(
  baseURL: string | undefined,
  account: DemoAccount,
  query: string,
  variables: object,
): Promise<T> {
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    await graphql(
      api,
      'mutation($input: SignInInput!) { signIn(input: $input) { user { id } errors { code } } }',
      { input: { email: demoAccounts[account], password: DEMO_PASSWORD } },
    );
    return await graphql<T>(api, query, variables);
  } finally {
    await api.dispose();
  }
}

export interface MemberToRegister {
  name: string;
  rrn: string;
  relationship: string;
}

/** Registers a household in the case worker's 읍면동 through the GraphQL API, as that worker. */
export async function registerHouseholdThroughApi(
  baseURL: string | undefined,
  members: readonly MemberToRegister[],
  address = `서울특별시 종로구 자하문로 ${randomInt(1, 400)}-${randomInt(1, 100)} (시험)`,
): Promise<SeededHousehold> {
  const api = await playwrightRequest.newContext({ baseURL });
  const signIn = await graphql<{ signIn: { user: { id: string } | null; errors: unknown[] } }>(
    api,
    'mutation($input: SignInInput!) { signIn(input: $input) { user { id } errors { code } } }',
    { input: { email: demoAccounts.caseWorker, password: DEMO_PASSWORD } },
  );
  expect(signIn.signIn.errors).toEqual([]);
  const result = await graphql<{
    registerHousehold: {
      household: {
        id: string;
        members: { relationship: string; person: { id: string; name: string } }[];
      } | null;
      errors: { code: string; path: string[] | null }[];
    };
  }>(
    api,
    `
      mutation ($input: RegisterHouseholdInput!) {
        registerHousehold(input: $input) {
          household {
            id
            members {
              relationship
              person {
                id
                name
              }
            }
          }
          errors {
            code
            path
          }
        }
      }
    `,
    { input: { regionCode: WORKER_AREA.code, address, members } },
  );
  expect(result.registerHousehold.errors).toEqual([]);
  const household = result.registerHousehold.household!;
  await api.dispose();
  return {
    id: household.id,
    address,
    members: members.map((m) => ({
      ...m,
      personId: household.members.find((hm) => hm.relationship === m.relationship)!.person.id,
    })),
  };
}

export const test = base.extend<{ household: SeededHousehold }>({
  // A household of two synthetic members in the case worker's 읍면동, registered through the API.
  household: async ({ baseURL }, use) => {
    await use(
      await registerHouseholdThroughApi(baseURL, [
        { name: syntheticName(), rrn: syntheticRrn().rrn, relationship: 'HEAD' },
        { name: syntheticName(), rrn: syntheticRrn().rrn, relationship: 'SPOUSE' },
      ]),
    );
  },
});

export { expect };
