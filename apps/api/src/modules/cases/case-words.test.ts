// Timeline entries and notifications travel as codes and parameters, so each client words them in
// its language; cases carry a short number people can say.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKorea } from '../../clock';
import { startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

let app: TestApp;
const t: Record<string, string> = {};
let caseId: string;
let caseNumber: number;

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'agency'] as const) t[who] = await app.signIn(who);
  const [{ id: welfareId }] = await app.db.query(
    `SELECT id FROM agencies WHERE kind = 'COMMUNITY_WELFARE_CENTER'`,
  );
  const reg = await app.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }`,
    {
      input: {
        regionCode: '1111051500',
        address: '청운효자동 말길 1',
        members: [{ name: '말가구주', rrn: testRrn('1960-07-07', 'MALE'), relationship: 'HEAD' }],
      },
    },
    { token: t.worker },
  );
  const householdId = reg.data.registerHousehold.household.id;
  const inAYear = new Date(Date.parse(todayInKorea()) + 365 * 86_400_000).toISOString().slice(0, 10);
  await app.gql(
    `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code } } }`,
    {
      input: {
        householdId,
        granteeAgencyId: welfareId,
        scopes: ['BASIC'],
        purpose: '연계',
        validUntil: inAYear,
      },
    },
    { token: t.worker },
  );
  const open = await app.gql(
    `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id number } } }`,
    { input: { householdId } },
    { token: t.worker },
  );
  ({ id: caseId, number: caseNumber } = open.data.openCase.case);
  await app.gql(
    `mutation($input: SendReferralInput!) { sendReferral(input: $input) { errors { code } } }`,
    { input: { caseId, toAgencyId: welfareId, service: '정서지원' } },
    { token: t.worker },
  );
});
afterAll(() => app?.close());

describe('words from codes', () => {
  it('numbers cases one after another', async () => {
    expect(Number.isInteger(caseNumber) && caseNumber > 0).toBe(true);
    const r = await app.gql(
      `query($id: ID!) { case(id: $id) { number } }`,
      { id: caseId },
      { token: t.worker },
    );
    expect(r.data.case.number).toBe(caseNumber);
  });

  it('gives each timeline entry its kind, status and the worker’s words, never a raw code in the label', async () => {
    const r = await app.gql(
      `query($id: ID!) { case(id: $id) { timeline { kind label detail referralStatus } } }`,
      { id: caseId },
      { token: t.worker },
    );
    const referral = r.data.case.timeline.find((e: { kind: string }) => e.kind === 'REFERRAL');
    expect(referral).toEqual({
      kind: 'REFERRAL',
      label: '의뢰 발송: 정서지원',
      detail: '정서지원',
      referralStatus: 'SENT',
    });
    expect(r.data.case.timeline.map((e: { label: string }) => e.label).join(' ')).not.toMatch(/[A-Z]{4,}/);
  });

  it('tells the receiving agency which case a notification concerns', async () => {
    const r = await app.gql(
      `{ notifications(first: 5) { edges { node { kind title subject caseNumber referralStatus } } } }`,
      {},
      { token: t.agency },
    );
    expect(r.data.notifications.edges[0].node).toEqual({
      kind: 'REFERRAL_RECEIVED',
      title: `새 서비스 의뢰: 정서지원 (사례 ${caseNumber}번)`,
      subject: '정서지원',
      caseNumber,
      referralStatus: null,
    });
  });
});
