// A referral to a directory resource (복지자원): accepting takes one counted place, completing gives it
// back, and racing accepts never take more places than are free.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKorea } from '../../clock';
import { startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

let app: TestApp;
const t: Record<string, string> = {};
let caseId: string;
let resourceId: string;
let welfareId: string;

const inAYear = new Date(Date.parse(todayInKorea()) + 365 * 86_400_000).toISOString().slice(0, 10);
const REFERRAL = `referral { id status service toAgency { id } resource { id name capacityAvailable } } errors { code message path }`;
const SEND = `mutation($input: SendReferralInput!) { sendReferral(input: $input) { ${REFERRAL} } }`;
const step = (name: string) =>
  `mutation($input: ReferralStepInput!) { ${name}(input: $input) { ${REFERRAL} } }`;
const PLACES = `query($id: ID!) { resource(id: $id) { capacityTotal capacityAvailable } }`;

async function places() {
  return (await app.gql(PLACES, { id: resourceId }, { token: t.agency })).data.resource;
}

async function sendReceived(): Promise<string> {
  const sent = await app.gql(SEND, { input: { caseId, resourceId, service: '' } }, { token: t.worker });
  expect(sent.data.sendReferral.errors).toEqual([]);
  const id = sent.data.sendReferral.referral.id;
  const received = await app.gql(step('receiveReferral'), { input: { referralId: id } }, { token: t.agency });
  expect(received.data.receiveReferral.errors).toEqual([]);
  return id;
}

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'agency'] as const) t[who] = await app.signIn(who);
  [{ id: welfareId }] = await app.db.query(`SELECT id FROM agencies WHERE kind = 'COMMUNITY_WELFARE_CENTER'`);
  const reg = await app.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } errors { code } } }`,
    {
      input: {
        regionCode: '1111051500',
        address: '청운효자동 자원길 3',
        members: [{ name: '자원가구주', rrn: testRrn('1948-04-04', 'MALE'), relationship: 'HEAD' }],
      },
    },
    { token: t.worker },
  );
  const householdId = reg.data.registerHousehold.household.id;
  const opened = await app.gql(
    `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } errors { code } } }`,
    { input: { householdId } },
    { token: t.worker },
  );
  caseId = opened.data.openCase.case.id;
  const consent = await app.gql(
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
  expect(consent.data.recordConsent.errors).toEqual([]);
  const created = await app.gql(
    `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } errors { code path } } }`,
    {
      input: {
        name: '어르신 목욕 지원',
        description: '주 1회 목욕을 돕습니다.',
        needsDomains: ['HEALTH'],
        serviceAreaCodes: ['1111000000'],
        address: '서울특별시 종로구 가상길 9',
        regionCode: '1111051500',
        capacityTotal: 1,
        hours: [],
        status: 'PUBLISHED',
      },
    },
    { token: t.agency },
  );
  expect(created.data.createResource.errors).toEqual([]);
  resourceId = created.data.createResource.resource.id;
});
afterAll(() => app?.close());

describe('referral to a resource (복지자원 의뢰)', () => {
  it("names the resource and goes to its agency, with the resource's name as the service", async () => {
    const sent = await app.gql(SEND, { input: { caseId, resourceId, service: '' } }, { token: t.worker });
    const r = sent.data.sendReferral.referral;
    expect(r.toAgency.id).toBe(welfareId);
    expect(r.service).toBe('어르신 목욕 지원');
    expect(r.resource).toMatchObject({ id: resourceId, capacityAvailable: 1 });
    const cancel = await app.gql(
      step('cancelReferral'),
      { input: { referralId: r.id } },
      { token: t.worker },
    );
    expect(cancel.data.cancelReferral.errors).toEqual([]);
  });

  it('refuses another agency than the resource’s, an unknown resource, and neither agency nor resource', async () => {
    const [{ id: other }] = await app.db.query(`SELECT id FROM agencies WHERE kind = 'PUBLIC_HEALTH_CENTER'`);
    const wrong = await app.gql(
      SEND,
      { input: { caseId, resourceId, toAgencyId: other, service: '' } },
      { token: t.worker },
    );
    expect(wrong.data.sendReferral.errors[0]).toMatchObject({
      code: 'VALIDATION',
      path: ['input', 'toAgencyId'],
    });
    const unknown = await app.gql(
      SEND,
      { input: { caseId, resourceId: '00000000-0000-4000-8000-000000000000', service: '' } },
      { token: t.worker },
    );
    expect(unknown.data.sendReferral.errors[0]).toMatchObject({
      code: 'NOT_FOUND',
      path: ['input', 'resourceId'],
    });
    const neither = await app.gql(SEND, { input: { caseId, service: '상담' } }, { token: t.worker });
    expect(neither.data.sendReferral.errors[0]).toMatchObject({
      code: 'VALIDATION',
      path: ['input', 'toAgencyId'],
    });
  });

  it('gives the one place free to exactly one of six racing accepts; the others answer NO_CAPACITY', async () => {
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await sendReceived());
    const answers = await Promise.all(
      ids.map((referralId) =>
        app.gql(step('acceptReferral'), { input: { referralId } }, { token: t.agency }),
      ),
    );
    const codes = answers.map((a) => a.data.acceptReferral.errors[0]?.code ?? 'ACCEPTED').sort();
    expect(codes).toEqual([
      'ACCEPTED',
      'NO_CAPACITY',
      'NO_CAPACITY',
      'NO_CAPACITY',
      'NO_CAPACITY',
      'NO_CAPACITY',
    ]);
    expect(await places()).toEqual({ capacityTotal: 1, capacityAvailable: 0 });
    const refused = ids.filter((_, i) => answers[i]!.data.acceptReferral.errors.length);
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM referrals WHERE id = ANY($1::uuid[]) AND status = 'RECEIVED'`,
      [refused],
    );
    expect(n).toBe(5);

    // The agency raises its places; a refused referral can now be accepted.
    const raised = await app.gql(
      `mutation($input: SetResourceCapacityInput!) { setResourceCapacity(input: $input) { errors { code } } }`,
      { input: { resourceId, capacityTotal: 2, capacityAvailable: 1 } },
      { token: t.agency },
    );
    expect(raised.data.setResourceCapacity.errors).toEqual([]);
    const second = await app.gql(
      step('acceptReferral'),
      { input: { referralId: refused[0] } },
      { token: t.agency },
    );
    expect(second.data.acceptReferral.errors).toEqual([]);
    expect(await places()).toEqual({ capacityTotal: 2, capacityAvailable: 0 });
    const full = await app.gql(
      step('acceptReferral'),
      { input: { referralId: refused[1] } },
      { token: t.agency },
    );
    expect(full.data.acceptReferral.errors[0]).toMatchObject({
      code: 'NO_CAPACITY',
      path: ['input', 'referralId'],
    });

    // Completing gives the place back; the history records each place taken and freed.
    const accepted = ids[answers.findIndex((a) => !a.data.acceptReferral.errors.length)]!;
    const started = await app.gql(
      step('startReferralService'),
      { input: { referralId: accepted } },
      { token: t.agency },
    );
    expect(started.data.startReferralService.errors).toEqual([]);
    const completed = await app.gql(
      `mutation($input: CompleteReferralInput!) { completeReferral(input: $input) { ${REFERRAL} } }`,
      { input: { referralId: accepted, outcome: 'SERVED', note: '목욕 4회 지원' } },
      { token: t.agency },
    );
    expect(completed.data.completeReferral.errors).toEqual([]);
    expect(await places()).toEqual({ capacityTotal: 2, capacityAvailable: 1 });
    const history = await app.db.query(
      `SELECT action FROM resource_history WHERE resource_id = $1 AND action LIKE 'PLACE_%' ORDER BY id`,
      [resourceId],
    );
    expect(history.map((h: { action: string }) => h.action)).toEqual([
      'PLACE_TAKEN',
      'PLACE_TAKEN',
      'PLACE_FREED',
    ]);
  });
});
