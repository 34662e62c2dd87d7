import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

let app: TestApp;
let worker: string;
beforeAll(async () => {
  app = await startTestApp();
  worker = await app.signIn('worker');
  const [{ id: healthId }] = await app.db.query(
    `SELECT id FROM agencies WHERE kind = 'PUBLIC_HEALTH_CENTER'`,
  );
  for (let i = 0; i < 4; i++) {
    const reg = await app.gql(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }`,
      {
        input: {
          regionCode: '1111051500',
          address: `청운효자동 사례길 ${i}`,
          members: [
            { name: `사례인${i}`, rrn: testRrn('1950-03-0' + (i + 1), 'MALE'), relationship: 'HEAD' },
          ],
        },
      },
      { token: worker },
    );
    const opened = await app.gql(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`,
      { input: { householdId: reg.data.registerHousehold.household.id } },
      { token: worker },
    );
    await app.gql(
      `mutation($input: SendReferralInput!) { sendReferral(input: $input) { errors { code } } }`,
      { input: { caseId: opened.data.openCase.case.id, toAgencyId: healthId, service: `방문건강관리 ${i}` } },
      { token: worker },
    );
  }
});
afterAll(() => app?.close());

describe('SQL statements per request', () => {
  const count = async (query: string) => {
    const before = app.statements.count;
    const r = await app.gql(query, {}, { token: worker });
    expect(r.errors).toBeUndefined();
    return app.statements.count - before;
  };

  it('does not grow with the number of cases listed', async () => {
    const q = (
      n: number,
    ) => `{ cases(first: ${n}) { edges { node { id status household { address members { person { name } } } leadAgency { name }
      responsible { name } partners { name } referrals { status toAgency { name } history { status agency { name } } } } } } }`;
    await count(q(1));
    expect(await count(q(4))).toBe(await count(q(1)));
  });

  it('does not grow with the number of referrals listed', async () => {
    const q = (
      n: number,
    ) => `{ referrals(filter: { direction: OUTGOING }, first: ${n}) { totalCount edges { node { id status overdue service
      fromAgency { name } toAgency { name } availableActions history { status at agency { name } } household { address } } } } }`;
    await count(q(1));
    expect(await count(q(4))).toBe(await count(q(1)));
  });
});
