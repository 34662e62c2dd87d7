import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKorea } from '../../clock';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

let app: TestApp;
const t: Record<string, string> = {};
let welfareId: string; // 종로종합사회복지관 (가상), private
let hongcheonAgencyId: string; // 홍천읍 행정복지센터 (hongcheon@demo): another 시군구's 읍면동
let householdId: string; // in 청운효자동, the demo worker's 동
let headId: string;
const headRrn = testRrn('1950-03-04', 'FEMALE');
const childRrn = testRrn('2024-05-06', 'MALE');

const inAYear = new Date(Date.parse(todayInKorea()) + 365 * 86_400_000).toISOString().slice(0, 10);
const APPLICATION = `application { id status programme programmeLabel onBehalf note statusReason receivingRegion { code }
  applicantAgency { id } submittedBy { name } history { action from to reason by { name } agency { id } } availableActions }`;
const SUBMIT = `mutation($input: SubmitBenefitApplicationInput!) { submitBenefitApplication(input: $input) {
  ${APPLICATION} errors { code path ... on ValidationError { rule } ... on InvalidRrnError { problem } ... on ConsentRequiredError { householdId scope } } } }`;
const step = (name: string, input = 'BenefitApplicationStepInput') =>
  `mutation($input: ${input}!) { ${name}(input: $input) { application { id status statusReason history { action from to reason } }
     errors { code path ... on ApplicationTransitionError { from action } ... on ValidationError { rule } } } }`;
const LIST = `query($filter: BenefitApplicationFilter, $first: Int, $after: String) { benefitApplications(filter: $filter, first: $first, after: $after) {
  totalCount edges { node { id status programme } } pageInfo { hasNextPage endCursor } } }`;

async function submit(input: Record<string, unknown>, who = 'worker') {
  const r = await app.gql(SUBMIT, { input }, { token: t[who] });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.submitBenefitApplication as { application: any; errors: any[] };
}
async function act(name: string, input: Record<string, unknown>, who: string, type?: string) {
  const r = await app.gql(step(name, type), { input }, { token: t[who] });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data[name] as { application: any; errors: any[] };
}
const submitted = async (input: Record<string, unknown>, who = 'worker') => {
  const r = await submit(input, who);
  expect(r.errors).toEqual([]);
  return r.application;
};
async function notificationsOf(email: string, entityId: string) {
  return app.db.query(
    `SELECT n.kind, n.title FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1 AND n.entity_id = $2 ORDER BY n.created_at`,
    [email, entityId],
  );
}

async function consent(scopes = ['BASIC']) {
  const r = await app.gql(
    `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } errors { code path } } }`,
    { input: { householdId, granteeAgencyId: welfareId, scopes, purpose: '신청 대행', validUntil: inAYear } },
    { token: t.worker },
  );
  expect(r.data.recordConsent.errors).toEqual([]);
  return r.data.recordConsent.consent.id as string;
}

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'supervisor', 'agency', 'analyst', 'admin', 'hongcheon'])
    t[who] = await app.signIn(who as never);
  [{ id: welfareId }] = await app.db.query(`SELECT id FROM agencies WHERE kind = 'COMMUNITY_WELFARE_CENTER'`);
  [{ id: hongcheonAgencyId }] = await app.db.query(
    `SELECT id FROM agencies WHERE name = '홍천읍 행정복지센터'`,
  );
  const reg = await app.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id members { relationship person { id } } } errors { code } } }`,
    {
      input: {
        regionCode: '1111051500',
        address: '청운효자동 신청길 10',
        members: [
          { name: '신청가구주', rrn: headRrn, relationship: 'HEAD' },
          { name: '신청아동', rrn: childRrn, relationship: 'GRANDCHILD' },
        ],
      },
    },
    { token: t.worker },
  );
  expect(reg.data.registerHousehold.errors).toEqual([]);
  householdId = reg.data.registerHousehold.household.id;
  headId = reg.data.registerHousehold.household.members.find((m: any) => m.relationship === 'HEAD').person.id;
});
afterAll(() => app?.close());

describe('applicationProgrammes', () => {
  it('lists the engine’s programmes and the services, with where and by whom', async () => {
    const r = await app.gql(
      `{ applicationProgrammes { programme label nationwide onBehalfAllowed engine } }`,
      {},
      { token: t.worker },
    );
    const by = new Map(r.data.applicationProgrammes.map((p: any) => [p.programme, p]));
    expect(by.get('LIVELIHOOD')).toEqual({
      programme: 'LIVELIHOOD',
      label: '생계급여',
      nationwide: false,
      onBehalfAllowed: false,
      engine: true,
    });
    expect(by.get('CHILDCARE_FEE')).toMatchObject({ label: '영유아보육료', nationwide: true, engine: false });
    expect(by.get('CANCER_PATIENT_MEDICAL_SUPPORT')).toMatchObject({
      onBehalfAllowed: true,
      nationwide: false,
    });
    for (const p of ['DISABILITY_PENSION', 'EMERGENCY_LIVELIHOOD']) expect(by.has(p)).toBe(true);
  });
});

describe('submitBenefitApplication at the home 읍면동', () => {
  it('takes any programme for a household of the area, sends it home and records the step', async () => {
    const a = await submitted({ householdId, programme: 'LIVELIHOOD', note: '실직으로 소득 중단' });
    expect(a).toMatchObject({
      status: 'SUBMITTED',
      programme: 'LIVELIHOOD',
      programmeLabel: '생계급여',
      onBehalf: false,
      note: '실직으로 소득 중단',
      receivingRegion: { code: '1111051500' },
      submittedBy: { name: '김복지 (데모)' },
      history: [
        { action: 'SUBMIT', from: null, to: 'SUBMITTED', reason: null, by: { name: '김복지 (데모)' } },
      ],
      availableActions: ['REVIEW', 'WITHDRAW'],
    });
    const [row] = await app.db.query(
      `SELECT applicant_person_id AS person, consent_id AS consent FROM benefit_applications WHERE id = $1`,
      [a.id],
    );
    expect(row).toEqual({ person: headId, consent: null });
    const logged = await app.db.query(
      `SELECT action FROM access_log WHERE person_id = $1 AND operation LIKE '%: submitBenefitApplication'`,
      [headId],
    );
    expect(logged).toContainEqual({ action: 'CREATE' });
  });

  it('refuses a second open application for the same programme', async () => {
    const r = await submit({ householdId, programme: 'LIVELIHOOD' });
    expect(r.errors).toEqual([{ code: 'DUPLICATE', path: ['input', 'programme'] }]);
  });

  it.each([
    { name: 'neither household nor 주민등록번호', input: {}, code: 'VALIDATION', path: 'householdId' },
    {
      name: 'both household and 주민등록번호',
      input: { householdId: 'H', applicantRrn: 'R' },
      code: 'VALIDATION',
      path: 'applicantRrn',
    },
    {
      name: 'a note over 2,000 characters',
      input: { householdId: 'H', note: '가'.repeat(2001) },
      code: 'VALIDATION',
      path: 'note',
    },
    {
      name: 'a malformed 주민등록번호',
      input: { applicantRrn: '123' },
      code: 'INVALID_RRN',
      path: 'applicantRrn',
    },
    {
      name: 'a 주민등록번호 nobody registered',
      input: { applicantRrn: testRrn('1961-07-08', 'MALE') },
      code: 'NOT_FOUND',
      path: 'applicantRrn',
    },
    {
      name: 'a public worker claiming 대행',
      input: { householdId: 'H', onBehalf: true },
      code: 'VALIDATION',
      path: 'onBehalf',
    },
  ])('refuses $name', async ({ input, code, path }) => {
    const withIds = Object.fromEntries(
      Object.entries(input).map(([k, v]) => [k, v === 'H' ? householdId : v === 'R' ? headRrn : v]),
    );
    const r = await submit({ programme: 'HOUSING', ...withIds });
    expect(r.application).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ code, path: ['input', path] });
  });

  it('answers UNAUTHENTICATED without sign-in and FORBIDDEN to an analyst', async () => {
    const input = { householdId, programme: 'HOUSING' };
    expect(firstErrorCode(await app.gql(SUBMIT, { input }))).toBe('UNAUTHENTICATED');
    expect(firstErrorCode(await app.gql(SUBMIT, { input }, { token: t.analyst }))).toBe('FORBIDDEN');
  });
});

describe('an application taken at another 시군구’s 읍면동 (전국 단위 신청) and approved at home', () => {
  let id: string;

  it('refuses a household named by id outside the area, and a programme of the home 읍면동', async () => {
    const byId = await submit({ householdId, programme: 'BASIC_PENSION' }, 'hongcheon');
    expect(byId.errors).toEqual([{ code: 'FORBIDDEN', path: ['input', 'householdId'] }]);
    const local = await submit({ applicantRrn: headRrn, programme: 'LIVELIHOOD' }, 'hongcheon');
    expect(local.errors).toEqual([{ code: 'NOT_NATIONWIDE', path: ['input', 'programme'] }]);
    const medical = await submit({ applicantRrn: headRrn, programme: 'MEDICAL' }, 'hongcheon');
    expect(medical.errors[0].code).toBe('NOT_NATIONWIDE');
  });

  it('takes a nationwide programme by the 주민등록번호 of the applicant present and shows nothing more of the household', async () => {
    const r = await app.gql(
      `mutation($input: SubmitBenefitApplicationInput!) { submitBenefitApplication(input: $input) {
         application { id status receivingRegion { code } household { id address } } errors { code } } }`,
      { input: { applicantRrn: headRrn, programme: 'BASIC_PENSION', note: '홍천 방문 중 신청' } },
      { token: t.hongcheon },
    );
    const payload = r.data.submitBenefitApplication;
    expect(payload.errors).toEqual([]);
    expect(payload.application).toMatchObject({
      status: 'SUBMITTED',
      receivingRegion: { code: '1111051500' },
      household: null,
    });
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const text = JSON.stringify(r);
    for (const secret of ['신청길', '신청가구주', headRrn, headRrn.replace('-', ''), householdId])
      expect(text).not.toContain(secret);
    id = payload.application.id;
    // The 주민등록번호 is never stored with the application nor its history.
    const stored = JSON.stringify(
      await app.db.query(
        `SELECT a.*, e.* FROM benefit_applications a JOIN benefit_application_events e ON e.application_id = a.id WHERE a.id = $1`,
        [id],
      ),
    );
    expect(stored).not.toContain(headRrn.slice(0, 6) + headRrn.slice(7));
  });

  it('tells the home 읍면동 and puts it in its inbox, and in the centre’s outbox', async () => {
    expect(await notificationsOf('worker@demo.ieum.kr', id)).toEqual([
      { kind: 'APPLICATION_RECEIVED', title: '새 급여 신청: 기초연금' },
    ]);
    const inbox = await app.gql(
      LIST,
      { filter: { direction: 'INCOMING', status: 'SUBMITTED' } },
      { token: t.worker },
    );
    expect(inbox.data.benefitApplications.edges.map((e: any) => e.node.id)).toContain(id);
    const district = await app.gql(LIST, { filter: { direction: 'INCOMING' } }, { token: t.supervisor });
    expect(district.data.benefitApplications.edges.map((e: any) => e.node.id)).toContain(id);
    const outbox = await app.gql(LIST, { filter: { direction: 'OUTGOING' } }, { token: t.hongcheon });
    expect(outbox.data.benefitApplications.edges.map((e: any) => e.node.id)).toEqual([id]);
    const notMine = await app.gql(LIST, { filter: { direction: 'INCOMING' } }, { token: t.hongcheon });
    expect(notMine.data.benefitApplications.totalCount).toBe(0);
  });

  it('lets only the home 읍면동 decide: the centre that took it hears FORBIDDEN', async () => {
    const r = await act('reviewBenefitApplication', { applicationId: id }, 'hongcheon');
    expect(r.errors).toEqual([{ code: 'FORBIDDEN', path: ['input', 'applicationId'] }]);
    const approve = await act('approveBenefitApplication', { applicationId: id }, 'hongcheon');
    expect(approve.errors[0].code).toBe('FORBIDDEN');
  });

  it('refuses to approve before review (INVALID_TRANSITION)', async () => {
    const r = await act('approveBenefitApplication', { applicationId: id }, 'worker');
    expect(r.errors).toEqual([
      { code: 'INVALID_TRANSITION', path: ['input', 'applicationId'], from: 'SUBMITTED', action: 'APPROVE' },
    ]);
  });

  it('reviews and approves at home, with every step in the history, notified to the centre that took it', async () => {
    expect((await act('reviewBenefitApplication', { applicationId: id }, 'worker')).application.status).toBe(
      'UNDER_REVIEW',
    );
    const r = await act('approveBenefitApplication', { applicationId: id }, 'worker');
    expect(r.errors).toEqual([]);
    expect(r.application.history).toEqual([
      { action: 'SUBMIT', from: null, to: 'SUBMITTED', reason: null },
      { action: 'REVIEW', from: 'SUBMITTED', to: 'UNDER_REVIEW', reason: null },
      { action: 'APPROVE', from: 'UNDER_REVIEW', to: 'APPROVED', reason: null },
    ]);
    expect(await notificationsOf('hongcheon@demo.ieum.kr', id)).toEqual([
      { kind: 'APPLICATION_UPDATED', title: '급여 신청 검토 중: 기초연금' },
      { kind: 'APPLICATION_UPDATED', title: '급여 신청 승인: 기초연금' },
    ]);
    const logged = await app.db.query(
      `SELECT account, action, split_part(operation, ': ', 2) AS field FROM access_log
       WHERE person_id = $1 AND split_part(operation, ': ', 2) IN ('reviewBenefitApplication', 'approveBenefitApplication') ORDER BY id`,
      [headId],
    );
    expect(logged).toEqual([
      { account: 'worker@demo.ieum.kr', action: 'UPDATE', field: 'reviewBenefitApplication' },
      { account: 'worker@demo.ieum.kr', action: 'UPDATE', field: 'approveBenefitApplication' },
    ]);
    const seen = await app.gql(
      `query($id: ID!) { benefitApplication(id: $id) { status availableActions applicantAgency { id } } }`,
      { id },
      { token: t.hongcheon },
    );
    expect(seen.data.benefitApplication).toEqual({
      status: 'APPROVED',
      availableActions: [],
      applicantAgency: { id: hongcheonAgencyId },
    });
    const withdraw = await act('withdrawBenefitApplication', { applicationId: id }, 'hongcheon');
    expect(withdraw.errors[0]).toMatchObject({
      code: 'INVALID_TRANSITION',
      from: 'APPROVED',
      action: 'WITHDRAW',
    });
  });

  it('keeps the history append-only', async () => {
    await expect(
      app.db.query(`UPDATE benefit_application_events SET reason = 'x' WHERE application_id = $1`, [id]),
    ).rejects.toThrow(/append-only/);
  });
});

describe('민간기관 신청 대행 (a private agency on the resident’s behalf)', () => {
  it('refuses without a consent (NO_CONSENT) and for a programme outside the list', async () => {
    const none = await submit({ householdId, programme: 'SENIOR_CUSTOMIZED_CARE', onBehalf: true }, 'agency');
    expect(none.errors).toEqual([
      { code: 'NO_CONSENT', path: ['input', 'consentId'], householdId, scope: 'BASIC' },
    ]);
    const healthOnly = await consent(['HEALTH']);
    const wrongScope = await submit(
      { householdId, programme: 'SENIOR_CUSTOMIZED_CARE', onBehalf: true, consentId: healthOnly },
      'agency',
    );
    expect(wrongScope.errors[0].code).toBe('NO_CONSENT');
    const basic = await consent();
    const notListed = await submit(
      { householdId, programme: 'LIVELIHOOD', onBehalf: true, consentId: basic },
      'agency',
    );
    expect(notListed.errors).toEqual([{ code: 'FORBIDDEN', path: ['input', 'programme'] }]);
    const notOnBehalf = await submit({ householdId, programme: 'SENIOR_JOBS', consentId: basic }, 'agency');
    expect(notOnBehalf.errors).toEqual([
      { code: 'VALIDATION', path: ['input', 'onBehalf'], rule: 'MUST_BE_CONFIRMED' },
    ]);
    const byRrn = await submit({ applicantRrn: headRrn, programme: 'SENIOR_JOBS', onBehalf: true }, 'agency');
    expect(byRrn.errors).toEqual([
      { code: 'VALIDATION', path: ['input', 'applicantRrn'], rule: 'NOT_ALLOWED_VALUE' },
    ]);
  });

  it('applies under the consent, sees the household through it, and withdraws; the home 읍면동 is told', async () => {
    const [{ id: consentId }] = await app.db.query(
      `SELECT id FROM consents WHERE household_id = $1 AND 'BASIC' = ANY(scopes) AND withdrawn_at IS NULL`,
      [householdId],
    );
    const a = await submitted(
      { householdId, programme: 'SENIOR_CUSTOMIZED_CARE', onBehalf: true, consentId, note: '독거 어르신' },
      'agency',
    );
    expect(a).toMatchObject({ onBehalf: true, status: 'SUBMITTED', applicantAgency: { id: welfareId } });
    const [row] = await app.db.query(`SELECT consent_id AS c FROM benefit_applications WHERE id = $1`, [
      a.id,
    ]);
    expect(row.c).toBe(consentId);
    const seen = await app.gql(
      `query($id: ID!) { benefitApplication(id: $id) { household { id } } }`,
      { id: a.id },
      { token: t.agency },
    );
    expect(seen.data.benefitApplication.household.id).toBe(householdId);
    // The 읍면동 reviews; the agency hears of it.
    await act('reviewBenefitApplication', { applicationId: a.id }, 'worker');
    const notAgency = await act('withdrawBenefitApplication', { applicationId: a.id }, 'worker');
    expect(notAgency.errors[0].code).toBe('FORBIDDEN');
    const w = await act('withdrawBenefitApplication', { applicationId: a.id }, 'agency');
    expect(w.application.status).toBe('WITHDRAWN');
    expect(await notificationsOf('agency@demo.ieum.kr', a.id)).toEqual([
      { kind: 'APPLICATION_UPDATED', title: '급여 신청 검토 중: 노인맞춤돌봄서비스' },
    ]);
    expect((await notificationsOf('worker@demo.ieum.kr', a.id)).map((n: any) => n.kind)).toEqual([
      'APPLICATION_RECEIVED',
      'APPLICATION_UPDATED',
    ]);
    const incoming = await app.gql(LIST, { filter: { direction: 'INCOMING' } }, { token: t.agency });
    expect(firstErrorCode(incoming)).toBe('FORBIDDEN');
  });

  it('refuses once the consent is withdrawn', async () => {
    const [{ id: consentId }] = await app.db.query(
      `SELECT id FROM consents WHERE household_id = $1 AND 'BASIC' = ANY(scopes) AND withdrawn_at IS NULL`,
      [householdId],
    );
    await app.gql(
      `mutation($id: ID!) { withdrawConsent(input: { consentId: $id }) { errors { code } } }`,
      { id: consentId },
      { token: t.worker },
    );
    const r = await submit(
      { householdId, programme: 'SENIOR_CUSTOMIZED_CARE', onBehalf: true, consentId },
      'agency',
    );
    expect(r.errors[0].code).toBe('NO_CONSENT');
  });
});

describe('rejectBenefitApplication and requestApplicationDocuments', () => {
  let id: string;
  beforeAll(async () => {
    id = (await submitted({ householdId, programme: 'HOUSING' })).id;
    await act('reviewBenefitApplication', { applicationId: id }, 'worker');
  });

  it('asks for documents with what to bring, then resumes the review', async () => {
    const none = await act(
      'requestApplicationDocuments',
      { applicationId: id, reason: ' ' },
      'worker',
      'RequestApplicationDocumentsInput',
    );
    expect(none.errors).toEqual([{ code: 'VALIDATION', path: ['input', 'reason'], rule: 'REQUIRED' }]);
    const r = await act(
      'requestApplicationDocuments',
      { applicationId: id, reason: '임대차계약서 사본' },
      'worker',
      'RequestApplicationDocumentsInput',
    );
    expect(r.application).toMatchObject({ status: 'DOCUMENTS_REQUESTED', statusReason: '임대차계약서 사본' });
    expect(
      (await act('reviewBenefitApplication', { applicationId: id }, 'worker')).application,
    ).toMatchObject({
      status: 'UNDER_REVIEW',
      statusReason: null,
    });
  });

  it('rejects only with a reason, and only public workers of the area', async () => {
    const REJECT = 'RejectBenefitApplicationInput';
    const blank = await act('rejectBenefitApplication', { applicationId: id, reason: '' }, 'worker', REJECT);
    expect(blank.errors[0]).toMatchObject({ code: 'VALIDATION', rule: 'REQUIRED' });
    const long = await act(
      'rejectBenefitApplication',
      { applicationId: id, reason: '가'.repeat(1001) },
      'worker',
      REJECT,
    );
    expect(long.errors[0]).toMatchObject({ code: 'VALIDATION', rule: 'TOO_LONG' });
    const outsider = await act(
      'rejectBenefitApplication',
      { applicationId: id, reason: '초과' },
      'hongcheon',
      REJECT,
    );
    expect(outsider.errors[0].code).toBe('FORBIDDEN');
    const agency = await app.gql(
      step('rejectBenefitApplication', REJECT),
      { input: { applicationId: id, reason: 'x' } },
      { token: t.agency },
    );
    expect(firstErrorCode(agency)).toBe('FORBIDDEN');
    const r = await act(
      'rejectBenefitApplication',
      { applicationId: id, reason: '소득인정액 기준 초과' },
      'supervisor',
      REJECT,
    );
    expect(r.application).toMatchObject({ status: 'REJECTED', statusReason: '소득인정액 기준 초과' });
    expect(r.application.history.at(-1)).toEqual({
      action: 'REJECT',
      from: 'UNDER_REVIEW',
      to: 'REJECTED',
      reason: '소득인정액 기준 초과',
    });
  });

  it('answers NOT_FOUND for an unknown application and BAD_USER_INPUT for a malformed id', async () => {
    const r = await act(
      'reviewBenefitApplication',
      { applicationId: '00000000-0000-4000-8000-000000000000' },
      'worker',
    );
    expect(r.errors[0].code).toBe('NOT_FOUND');
    const bad = await app.gql(
      step('reviewBenefitApplication'),
      { input: { applicationId: 'x' } },
      { token: t.worker },
    );
    expect(firstErrorCode(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('two workers approving at the same moment', () => {
  it('make one transition and one CONFLICT', async () => {
    const { id } = await submitted({ householdId, programme: 'EDUCATION' });
    await act('reviewBenefitApplication', { applicationId: id }, 'worker');
    // Hold the row so both approvals read UNDER_REVIEW and wait at their UPDATE; then let them go.
    const lock = new Client({ connectionString: app.databaseUrl });
    await lock.connect();
    try {
      await lock.query('BEGIN');
      await lock.query(`SELECT 1 FROM benefit_applications WHERE id = $1 FOR UPDATE`, [id]);
      let settled = false;
      const racing = Promise.all([
        act('approveBenefitApplication', { applicationId: id }, 'worker'),
        act('approveBenefitApplication', { applicationId: id }, 'supervisor'),
      ]).finally(() => (settled = true));
      // Until both wait on the row (or one came back without reaching it, which the checks below show).
      for (let waiting = 0; waiting < 2 && !settled;) {
        await new Promise((r) => setTimeout(r, 20));
        // Inside a transaction pg_stat_activity keeps its first snapshot; take a fresh one.
        await lock.query('SELECT pg_stat_clear_snapshot()');
        [{ n: waiting }] = (
          await lock.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()
             AND wait_event_type = 'Lock' AND query LIKE 'WITH u AS (UPDATE benefit_applications%'`,
          )
        ).rows;
      }
      await lock.query('COMMIT');
      const results = await racing;
      expect(results.filter((r) => r.application?.status === 'APPROVED')).toHaveLength(1);
      expect(results.flatMap((r) => r.errors)).toEqual([
        { code: 'CONFLICT', path: ['input', 'applicationId'] },
      ]);
    } finally {
      await lock.end();
    }
    const events = await app.db.query(
      `SELECT count(*)::int AS n FROM benefit_application_events WHERE application_id = $1 AND action = 'APPROVE'`,
      [id],
    );
    expect(events[0].n).toBe(1);
  });
});

describe('benefitApplications', () => {
  it('pages the inbox newest first, filters by status, and reads no more statements for more rows', async () => {
    const first = await app.gql(LIST, { filter: { direction: 'INCOMING' }, first: 2 }, { token: t.worker });
    const page1 = first.data.benefitApplications;
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const next = await app.gql(
      LIST,
      { filter: { direction: 'INCOMING' }, first: 2, after: page1.pageInfo.endCursor },
      { token: t.worker },
    );
    const ids = [...page1.edges, ...next.data.benefitApplications.edges].map((e: any) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    const approved = await app.gql(LIST, { filter: { status: 'APPROVED' } }, { token: t.worker });
    expect(approved.data.benefitApplications.edges.every((e: any) => e.node.status === 'APPROVED')).toBe(
      true,
    );
    expect(approved.data.benefitApplications.totalCount).toBe(2);

    const FULL = `query($first: Int) { benefitApplications(first: $first) { edges { node { id programmeLabel
      receivingRegion { code } applicantAgency { name } history { to by { name } } availableActions } } } }`;
    const count = async (first: number) => {
      app.statements.count = 0;
      const r = await app.gql(FULL, { first }, { token: t.worker });
      expect(r.errors).toBeUndefined();
      return { rows: r.data.benefitApplications.edges.length, statements: app.statements.count };
    };
    const one = await count(1);
    const all = await count(50);
    expect(one.rows).toBe(1);
    expect(all.rows).toBeGreaterThan(3);
    expect(all.statements).toBe(one.statements);
  });

  it('shows an application only to its two sides', async () => {
    const [{ id }] = await app.db.query(`SELECT id FROM benefit_applications LIMIT 1`);
    const Q = `query($id: ID!) { benefitApplication(id: $id) { id } }`;
    expect((await app.gql(Q, { id }, { token: t.worker })).data.benefitApplication).toEqual({ id });
    const own = await app.db.query(
      `SELECT id FROM benefit_applications WHERE applicant_agency_id <> $1 AND applicant_agency_id <> $2`,
      [welfareId, hongcheonAgencyId],
    );
    expect((await app.gql(Q, { id: own[0].id }, { token: t.agency })).data.benefitApplication).toBeNull();
    expect(firstErrorCode(await app.gql(Q, { id }, { token: t.analyst }))).toBe('FORBIDDEN');
  });
});

describe("the engine's decision as the proposal", () => {
  it('shows the home 읍면동 the current decision of the programme; the centre elsewhere hears FORBIDDEN', async () => {
    const today = todayInKorea();
    const recorded = await app.gql(
      `mutation($input: RecordHouseholdMeansInput!) { recordHouseholdMeans(input: $input) { means { id } errors { code path } } }`,
      { input: { householdId, asOf: today, incomes: [], property: [] } },
      { token: t.worker },
    );
    expect(recorded.data.recordHouseholdMeans.errors).toEqual([]);
    const decided = await app.gql(
      `mutation($input: DecideEligibilityInput!) { decideEligibility(input: $input) { decisions { id programme eligible monthlyAmount } errors { code } } }`,
      { input: { householdId, asOf: today, programmes: ['BASIC_PENSION'] } },
      { token: t.worker },
    );
    expect(decided.data.decideEligibility.errors).toEqual([]);
    const [decision] = decided.data.decideEligibility.decisions;
    expect(decision).toMatchObject({ programme: 'BASIC_PENSION', eligible: true });

    const a = await submitted({ householdId, programme: 'BASIC_PENSION' });
    const PROPOSAL = `query($id: ID!) { benefitApplication(id: $id) { id proposal { id programme eligible monthlyAmount } } }`;
    const home = await app.gql(PROPOSAL, { id: a.id }, { token: t.worker });
    expect(home.data.benefitApplication.proposal).toEqual(decision);
    // An application for a programme without a decision on record has no proposal.
    const other = await submitted({ householdId, programme: 'MEDICAL' });
    expect(
      (await app.gql(PROPOSAL, { id: other.id }, { token: t.worker })).data.benefitApplication.proposal,
    ).toBeNull();
  });
});
