// A 시군구 supervisor's referral list: every referral sent or received by an agency of the district.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKorea } from '../../clock';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

let app: TestApp;
const t: Record<string, string> = {};
let welfareId: string;
let healthId: string;
const inAYear = new Date(Date.parse(todayInKorea()) + 365 * 86_400_000).toISOString().slice(0, 10);
const LIST = `query($filter: ReferralFilter) { referrals(filter: $filter, first: 50) {
  totalCount pageInfo { totalPages } edges { node { id service toAgency { id } fromAgency { id } } } } }`;

async function referralFor(address: string, birth: string, to: string, service: string) {
  const reg = await app.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } errors { code } } }`,
    {
      input: {
        regionCode: '1111051500',
        address,
        members: [{ name: '지역의뢰', rrn: testRrn(birth, 'MALE'), relationship: 'HEAD' }],
      },
    },
    { token: t.worker },
  );
  const householdId = reg.data.registerHousehold.household.id;
  await app.gql(
    `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code } } }`,
    {
      input: {
        householdId,
        granteeAgencyId: welfareId,
        scopes: ['BASIC'],
        purpose: '서비스 연계',
        validUntil: inAYear,
      },
    },
    { token: t.worker },
  );
  const open = await app.gql(
    `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`,
    { input: { householdId } },
    { token: t.worker },
  );
  const sent = await app.gql(
    `mutation($input: SendReferralInput!) { sendReferral(input: $input) { referral { id } errors { code } } }`,
    { input: { caseId: open.data.openCase.case.id, toAgencyId: to, service } },
    { token: t.worker },
  );
  expect(sent.data.sendReferral.errors).toEqual([]);
  return sent.data.sendReferral.referral.id as string;
}

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'supervisor', 'agency'] as const) t[who] = await app.signIn(who);
  [{ id: welfareId }] = await app.db.query(`SELECT id FROM agencies WHERE kind = 'COMMUNITY_WELFARE_CENTER'`);
  [{ id: healthId }] = await app.db.query(`SELECT id FROM agencies WHERE kind = 'PUBLIC_HEALTH_CENTER'`);
  await referralFor('청운효자동 지역길 1', '1950-05-05', welfareId, '정서지원');
  await referralFor('청운효자동 지역길 2', '1951-06-06', healthId, '방문건강관리');
});
afterAll(() => app?.close());

describe('referrals of the district (DISTRICT)', () => {
  it('shows a supervisor every referral of the district’s agencies, which its own inbox does not have', async () => {
    const district = await app.gql(LIST, { filter: { direction: 'DISTRICT' } }, { token: t.supervisor });
    expect(district.data.referrals.edges.map((e: any) => e.node.service).sort()).toEqual([
      '방문건강관리',
      '정서지원',
    ]);
    expect(district.data.referrals.totalCount).toBe(2);
    expect(district.data.referrals.pageInfo.totalPages).toBe(1);
    const own = await app.gql(LIST, {}, { token: t.supervisor });
    expect(own.data.referrals.totalCount).toBe(0);
  });

  it('narrows to one agency, to one 동 and by status', async () => {
    const byAgency = await app.gql(
      LIST,
      { filter: { direction: 'DISTRICT', agencyId: healthId } },
      { token: t.supervisor },
    );
    expect(byAgency.data.referrals.edges.map((e: any) => e.node.service)).toEqual(['방문건강관리']);
    const otherDong = await app.gql(
      LIST,
      { filter: { direction: 'DISTRICT', regionCode: '1111053000' } },
      { token: t.supervisor },
    );
    expect(otherDong.data.referrals.totalCount).toBe(0);
    const thisDong = await app.gql(
      LIST,
      { filter: { direction: 'DISTRICT', regionCode: '1111051500', status: 'SENT' } },
      { token: t.supervisor },
    );
    expect(thisDong.data.referrals.totalCount).toBe(2);
    const overdue = await app.gql(
      LIST,
      { filter: { direction: 'DISTRICT', overdue: true } },
      { token: t.supervisor },
    );
    expect(overdue.data.referrals.totalCount).toBe(0);
  });

  it('refuses DISTRICT to anyone but a supervisor, and a 동 outside the district', async () => {
    for (const who of ['worker', 'agency'])
      expect(
        firstErrorCode(await app.gql(LIST, { filter: { direction: 'DISTRICT' } }, { token: t[who] })),
      ).toBe('FORBIDDEN');
    expect(
      firstErrorCode(
        await app.gql(
          LIST,
          { filter: { direction: 'DISTRICT', regionCode: '5172025000' } },
          { token: t.supervisor },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
