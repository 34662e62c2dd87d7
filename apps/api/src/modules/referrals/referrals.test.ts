import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKorea } from '../../clock';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';
import { escalateOverdue } from './referrals.service';

let app: TestApp;
const t: Record<string, string> = {};
let welfareId: string; // 종로종합사회복지관 (가상), private
let healthId: string; // 종로구보건소, public
let householdId: string;
let caseId: string;

const inAYear = new Date(Date.parse(todayInKorea()) + 365 * 86_400_000).toISOString().slice(0, 10);
const REFERRAL = `referral { id status outcome overdue history { status at agency { id } } }`;
const step = (name: string, extra = '') =>
  `mutation($input: ${extra || 'ReferralStepInput'}!) { ${name}(input: $input) { ${REFERRAL} errors { code message } } }`;
const HOUSEHOLD = `query($id: ID!) { household(id: $id) { id address members { person { name } } } }`;

async function consent(scopes: string[]) {
  const r = await app.gql(
    `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id active } errors { code path } } }`,
    {
      input: {
        householdId,
        granteeAgencyId: welfareId,
        scopes,
        purpose: '통합사례관리 서비스 연계',
        validUntil: inAYear,
      },
    },
    { token: t.worker },
  );
  expect(r.data.recordConsent.errors).toEqual([]);
  return r.data.recordConsent.consent.id as string;
}

async function send(service = '정서지원 프로그램', to = welfareId) {
  return app.gql(
    `mutation($input: SendReferralInput!) { sendReferral(input: $input) { ${REFERRAL} errors { code message path } } }`,
    { input: { caseId, toAgencyId: to, service, note: '독거 어르신 정서지원 요청' } },
    { token: t.worker },
  );
}

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'supervisor', 'agency', 'analyst', 'admin'])
    t[who] = await app.signIn(who as never);
  [{ id: welfareId }] = await app.db.query(`SELECT id FROM agencies WHERE kind = 'COMMUNITY_WELFARE_CENTER'`);
  [{ id: healthId }] = await app.db.query(`SELECT id FROM agencies WHERE kind = 'PUBLIC_HEALTH_CENTER'`);
  const reg = await app.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } errors { code } } }`,
    {
      input: {
        regionCode: '1111051500',
        address: '청운효자동 의뢰길 1',
        members: [{ name: '의뢰가구주', rrn: testRrn('1945-02-02', 'FEMALE'), relationship: 'HEAD' }],
      },
    },
    { token: t.worker },
  );
  householdId = reg.data.registerHousehold.household.id;
});
afterAll(() => app?.close());

describe('consent (정보제공 동의)', () => {
  it('keeps a household from a private agency without consent, shows it during, and hides it at once after withdrawal', async () => {
    expect(firstErrorCode(await app.gql(HOUSEHOLD, { id: householdId }, { token: t.agency }))).toBe(
      'NO_CONSENT',
    );
    const consentId = await consent(['BASIC']);
    const during = await app.gql(HOUSEHOLD, { id: householdId }, { token: t.agency });
    expect(during.data.household.id).toBe(householdId);
    const logged = await app.db.query(
      `SELECT count(*)::int AS n FROM access_log WHERE account = 'agency@demo.ieum.kr'`,
    );
    expect(logged[0].n).toBeGreaterThan(0);
    const w = await app.gql(
      `mutation($id: ID!) { withdrawConsent(input: { consentId: $id }) { consent { active withdrawnAt } errors { code } } }`,
      { id: consentId },
      { token: t.worker },
    );
    expect(w.data.withdrawConsent.consent).toMatchObject({ active: false });
    expect(firstErrorCode(await app.gql(HOUSEHOLD, { id: householdId }, { token: t.agency }))).toBe(
      'NO_CONSENT',
    );
  });

  it.each([
    {
      name: 'no notice of the right to refuse',
      input: { refusalRightNotified: false },
      path: 'refusalRightNotified',
    },
    { name: 'no items', input: { scopes: [] }, path: 'scopes' },
    { name: 'a period over five years', input: { validUntil: '2040-01-01' }, path: 'validUntil' },
    { name: 'a blank purpose', input: { purpose: ' ' }, path: 'purpose' },
  ])('refuses a consent with $name', async ({ input, path }) => {
    const r = await app.gql(
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } errors { code path } } }`,
      {
        input: {
          householdId,
          granteeAgencyId: welfareId,
          scopes: ['BASIC'],
          purpose: '서비스 연계',
          validUntil: inAYear,
          ...input,
        },
      },
      { token: t.worker },
    );
    expect(r.data.recordConsent.errors).toContainEqual({ code: 'VALIDATION', path: ['input', path] });
  });

  it('lets only a public worker of the area record consent', async () => {
    const r = await app.gql(
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
      { token: t.agency },
    );
    expect(firstErrorCode(r)).toBe('FORBIDDEN');
  });
});

describe('case (통합사례관리)', () => {
  it('opens one case per household', async () => {
    const open = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id status } errors { code } } }`;
    const r = await app.gql(open, { input: { householdId } }, { token: t.worker });
    expect(r.data.openCase.case.status).toBe('OPEN');
    caseId = r.data.openCase.case.id;
    const again = await app.gql(open, { input: { householdId } }, { token: t.worker });
    expect(again.data.openCase.errors).toEqual([{ code: 'CONFLICT' }]);
    expect(firstErrorCode(await app.gql(open, { input: { householdId } }, { token: t.agency }))).toBe(
      'FORBIDDEN',
    );
  });

  it('assesses needs, plans a goal tied to them, records services, a conference and a progress note', async () => {
    const assess = await app.gql(
      `mutation($input: AssessNeedsInput!) { assessNeeds(input: $input) { assessment { id items { domain level } } errors { code path } } }`,
      {
        input: {
          caseId,
          items: [
            { domain: 'HEALTH', level: 'HIGH', note: '만성질환' },
            { domain: 'SOCIAL_RELATIONS', level: 'URGENT', note: '고립' },
            { domain: 'ECONOMY', level: 'NONE' },
          ],
        },
      },
      { token: t.worker },
    );
    expect(assess.data.assessNeeds.errors).toEqual([]);
    const dup = await app.gql(
      `mutation($input: AssessNeedsInput!) { assessNeeds(input: $input) { errors { code path } } }`,
      {
        input: {
          caseId,
          items: [
            { domain: 'HEALTH', level: 'HIGH' },
            { domain: 'HEALTH', level: 'LOW' },
          ],
        },
      },
      { token: t.worker },
    );
    expect(dup.data.assessNeeds.errors[0].code).toBe('VALIDATION');
    const goal = `mutation($input: AddServicePlanGoalInput!) { addServicePlanGoal(input: $input) { goal { id needs } errors { code path } } }`;
    const notAssessed = await app.gql(
      goal,
      { input: { caseId, title: '소득 지원', targetDate: inAYear, needs: ['ECONOMY'] } },
      { token: t.worker },
    );
    expect(notAssessed.data.addServicePlanGoal.errors).toContainEqual({
      code: 'VALIDATION',
      path: ['input', 'needs'],
    });
    const g = await app.gql(
      goal,
      { input: { caseId, title: '사회적 관계 회복', targetDate: inAYear, needs: ['SOCIAL_RELATIONS'] } },
      { token: t.worker },
    );
    expect(g.data.addServicePlanGoal.errors).toEqual([]);
    const goalId = g.data.addServicePlanGoal.goal.id;
    const svc = await app.gql(
      `mutation($input: RecordServiceInput!) { recordService(input: $input) { service { id service } errors { code } } }`,
      { input: { caseId, service: '안부 확인 방문', goalId } },
      { token: t.worker },
    );
    expect(svc.data.recordService.errors).toEqual([]);
    const conf = await app.gql(
      `mutation($input: RecordCaseConferenceInput!) { recordCaseConference(input: $input) { conference { id decisions } errors { code path } } }`,
      {
        input: {
          caseId,
          heldOn: todayInKorea(),
          participants: [{ name: '김복지' }, { agencyId: welfareId, name: '박나눔' }],
          decisions: ['복지관 정서지원 의뢰'],
        },
      },
      { token: t.worker },
    );
    expect(conf.data.recordCaseConference.errors).toEqual([]);
    const note = await app.gql(
      `mutation($input: AddProgressNoteInput!) { addProgressNote(input: $input) { note { id } errors { code } } }`,
      { input: { caseId, goalId, text: '주 1회 안부 전화 중' } },
      { token: t.worker },
    );
    expect(note.data.addProgressNote.errors).toEqual([]);
    const page = await app.gql(
      `query($id: ID!) { case(id: $id) { status assessments { items { domain } } goals { title } services { service } conferences { decisions } progressNotes { text } timeline { kind } access { full } } }`,
      { id: caseId },
      { token: t.worker },
    );
    expect(page.data.case).toMatchObject({
      status: 'OPEN',
      access: { full: true },
      goals: [{ title: '사회적 관계 회복' }],
      services: [{ service: '안부 확인 방문' }],
    });
    expect(page.data.case.timeline.map((e: any) => e.kind)).toEqual(
      expect.arrayContaining(['OPENED', 'ASSESSED', 'GOAL', 'SERVICE', 'CONFERENCE', 'NOTE']),
    );
  });
});

describe('referral (서비스 의뢰 · 회송)', () => {
  let referralId: string;

  it('refuses to refer to a private agency without the resident’s consent', async () => {
    const r = await send();
    expect(r.data.sendReferral.errors).toEqual([
      expect.objectContaining({ code: 'NO_CONSENT', path: ['input', 'toAgencyId'] }),
    ]);
  });

  it('runs the closed loop with each step taken by the right agency only', async () => {
    await consent(['BASIC', 'CASE_NOTES']);
    const sent = await send();
    expect(sent.errors ?? sent.data.sendReferral.errors).toEqual([]);
    expect(sent.data.sendReferral.referral).toMatchObject({ status: 'SENT', overdue: false });
    referralId = sent.data.sendReferral.referral.id;
    const input = { referralId };
    const expectError = async (token: string, name: string, code: string, extra = '', more = {}) => {
      const r = await app.gql(step(name, extra), { input: { ...input, ...more } }, { token });
      expect(r.data[name]).toMatchObject({ referral: null, errors: [expect.objectContaining({ code })] });
    };
    await expectError(t.worker, 'acceptReferral', 'FORBIDDEN'); // the sender cannot accept
    await expectError(t.agency, 'acceptReferral', 'INVALID_TRANSITION'); // not received yet
    await expectError(t.agency, 'cancelReferral', 'FORBIDDEN'); // only the sender cancels
    await expectError(t.supervisor, 'receiveReferral', 'FORBIDDEN'); // a third agency
    const inbox = await app.gql(
      `{ referrals(filter: { direction: INCOMING }) { totalCount edges { node { id status household { address } } } } }`,
      {},
      { token: t.agency },
    );
    expect(inbox.data.referrals.edges.map((e: any) => e.node.id)).toContain(referralId);
    for (const [name, status] of [
      ['receiveReferral', 'RECEIVED'],
      ['acceptReferral', 'ACCEPTED'],
    ] as const) {
      const r = await app.gql(step(name), { input }, { token: t.agency });
      expect(r.data[name].referral.status).toBe(status);
    }
    await expectError(t.worker, 'cancelReferral', 'INVALID_TRANSITION'); // too late to cancel
    expect(
      (await app.gql(step('startReferralService'), { input }, { token: t.agency })).data.startReferralService
        .referral.status,
    ).toBe('IN_SERVICE');
    const done = await app.gql(
      step('completeReferral', 'CompleteReferralInput'),
      { input: { ...input, outcome: 'SERVED', note: '주 1회 정서지원 8회 제공' } },
      { token: t.agency },
    );
    expect(done.data.completeReferral.referral).toMatchObject({ status: 'COMPLETED', outcome: 'SERVED' });
    expect(done.data.completeReferral.referral.history.map((h: any) => h.status)).toEqual([
      'SENT',
      'RECEIVED',
      'ACCEPTED',
      'IN_SERVICE',
      'COMPLETED',
    ]);
    await expectError(t.agency, 'completeReferral', 'INVALID_TRANSITION', 'CompleteReferralInput', {
      outcome: 'SERVED',
    });

    // The service is on the case, the 복지관 is a partner and sees the case notes, the worker is told.
    const page = await app.gql(
      `query($id: ID!) { case(id: $id) { services { service agency { id } referralId } partners { id } } }`,
      { id: caseId },
      { token: t.agency },
    );
    expect(page.data.case.partners.map((p: any) => p.id)).toContain(welfareId);
    expect(page.data.case.services).toContainEqual({
      service: '정서지원 프로그램',
      agency: { id: welfareId },
      referralId,
    });
    const n = await app.gql(
      `{ unreadNotificationCount notifications(unreadOnly: true) { edges { node { kind title link } } } }`,
      {},
      { token: t.worker },
    );
    expect(n.data.unreadNotificationCount).toBeGreaterThan(0);
    expect(n.data.notifications.edges.map((e: any) => e.node.link)).toContain(`/referrals/${referralId}`);
    const read = await app.gql(
      `mutation { markNotificationsRead(input: { all: true }) { unreadCount } }`,
      {},
      { token: t.worker },
    );
    expect(read.data.markNotificationsRead.unreadCount).toBe(0);
  });

  it('declines only with a reason', async () => {
    const { data } = await send('긴급 돌봄');
    const id = data.sendReferral.referral.id;
    await app.gql(step('receiveReferral'), { input: { referralId: id } }, { token: t.agency });
    const blank = await app.gql(
      step('declineReferral', 'DeclineReferralInput'),
      { input: { referralId: id, reason: '  ' } },
      { token: t.agency },
    );
    expect(blank.data.declineReferral.errors[0].code).toBe('VALIDATION');
    const r = await app.gql(
      step('declineReferral', 'DeclineReferralInput'),
      { input: { referralId: id, reason: '정원 초과' } },
      { token: t.agency },
    );
    expect(r.data.declineReferral.referral.status).toBe('DECLINED');
  });

  it('makes two racing accepts one transition and one typed error', async () => {
    const { data } = await send('방문 목욕');
    const id = data.sendReferral.referral.id;
    await app.gql(step('receiveReferral'), { input: { referralId: id } }, { token: t.agency });
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        app.gql(step('acceptReferral'), { input: { referralId: id } }, { token: t.agency }),
      ),
    );
    const ok = results.filter((r) => r.data.acceptReferral.referral);
    expect(ok).toHaveLength(1);
    for (const r of results.filter((x) => !x.data.acceptReferral.referral)) {
      expect(['CONFLICT', 'INVALID_TRANSITION']).toContain(r.data.acceptReferral.errors[0].code);
    }
    const events = await app.db.query(
      `SELECT count(*)::int AS n FROM referral_events WHERE referral_id = $1 AND status = 'ACCEPTED'`,
      [id],
    );
    expect(events[0].n).toBe(1);
  });

  it('shows a referral past its deadline as overdue and raises it to the 시군구 supervisor once', async () => {
    const { data } = await send('식사 지원', healthId);
    const id = data.sendReferral.referral.id;
    await app.db.query(`UPDATE referrals SET deadline = now()::date - 3 WHERE id = $1`, [id]);
    const r = await app.gql(`query($id: ID!) { referral(id: $id) { overdue } }`, { id }, { token: t.worker });
    expect(r.data.referral.overdue).toBe(true);
    const first = await escalateOverdue(app.db, todayInKorea());
    expect(first.escalated).toBeGreaterThanOrEqual(1);
    const again = await escalateOverdue(app.db, todayInKorea());
    expect(again.escalated).toBe(0);
    const n = await app.gql(
      `{ notifications(unreadOnly: true) { edges { node { kind link } } } }`,
      {},
      { token: t.supervisor },
    );
    expect(n.data.notifications.edges.map((e: any) => e.node)).toContainEqual({
      kind: 'REFERRAL_OVERDUE',
      link: `/referrals/${id}`,
    });
    const outbox = await app.gql(
      `{ referrals(filter: { direction: OUTGOING, overdue: true }) { totalCount } }`,
      {},
      { token: t.worker },
    );
    expect(outbox.data.referrals.totalCount).toBe(1);
  });

  it('closes the case only when no referral is open, and a supervisor sees the district dashboard', async () => {
    const close = `mutation($input: CloseCaseInput!) { closeCase(input: $input) { case { status } errors { code } } }`;
    const blocked = await app.gql(
      close,
      { input: { caseId, reason: 'GOALS_ACHIEVED' } },
      { token: t.worker },
    );
    expect(blocked.data.closeCase.errors[0].code).toBe('INVALID_STATE');
    const dash = await app.gql(
      `{ caseDashboard { caseloadByWorker { worker { name } open closed } casesByStatus { status count }
      referralFlow { fromAgency { name } toAgency { name } sent accepted declined overdue medianDaysToReply } casesByNeedsDomain { domain cases } } }`,
      {},
      { token: t.supervisor },
    );
    expect(dash.errors).toBeUndefined();
    expect(dash.data.caseDashboard.casesByStatus).toContainEqual({ status: 'OPEN', count: 1 });
    expect(
      dash.data.caseDashboard.referralFlow.find((f: any) => f.toAgency.name.includes('복지관')),
    ).toMatchObject({ sent: 3, declined: 1 });
    expect(dash.data.caseDashboard.casesByNeedsDomain.map((d: any) => d.domain).sort()).toEqual([
      'HEALTH',
      'SOCIAL_RELATIONS',
    ]);
    expect(
      firstErrorCode(await app.gql(`{ caseDashboard { casesByStatus { count } } }`, {}, { token: t.worker })),
    ).toBe('FORBIDDEN');
  });

  it('hides the case from the partner once the consent is withdrawn', async () => {
    const [c] = await app.db.query(
      `SELECT id FROM consents WHERE household_id = $1 AND withdrawn_at IS NULL`,
      [householdId],
    );
    await app.gql(
      `mutation($id: ID!) { withdrawConsent(input: { consentId: $id }) { errors { code } } }`,
      { id: c.id },
      { token: t.worker },
    );
    expect(
      firstErrorCode(
        await app.gql(`query($id: ID!) { case(id: $id) { id } }`, { id: caseId }, { token: t.agency }),
      ),
    ).toBe('NO_CONSENT');
  });
});
