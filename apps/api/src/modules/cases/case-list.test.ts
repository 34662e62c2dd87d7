// A 시군구 supervisor's case list (동, worker, overdue, stalled; sorted by its columns) and dashboard
// (a period, the screening figures).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstErrorCode, startTestApp, type GqlResult, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

let app: TestApp;
const t: Record<string, string> = {};
const ids: Record<string, string> = {};
let supervisorId: string;
let workerId: string;
let healthId: string;

const CHEONGUN = '1111051500';
const SAJIK = '1111053000';

const LIST = `query($filter: CaseFilter, $orderBy: [CaseOrder!], $first: Int, $after: String, $page: Int) {
  cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after, page: $page) {
    totalCount pageInfo { totalPages hasNextPage hasPreviousPage endCursor }
    edges { node { id status household { address } responsible { id name } } } } }`;

async function list(variables: Record<string, unknown>, token = t.supervisor) {
  const r = await app.gql(LIST, variables, { token });
  return r;
}
const idsOf = (r: GqlResult) => (r.data.cases.edges as { node: { id: string } }[]).map((e) => e.node.id);

async function openCase(key: string, region: string, address: string, birth: string, who: string) {
  const reg = await app.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } errors { code } } }`,
    {
      input: {
        regionCode: region,
        address,
        members: [{ name: `목록${key}`, rrn: testRrn(birth, 'FEMALE'), relationship: 'HEAD' }],
      },
    },
    { token: t[who] },
  );
  expect(reg.data.registerHousehold.errors).toEqual([]);
  const opened = await app.gql(
    `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } errors { code } } }`,
    { input: { householdId: reg.data.registerHousehold.household.id } },
    { token: t[who] },
  );
  expect(opened.data.openCase.errors).toEqual([]);
  ids[key] = opened.data.openCase.case.id;
  ids[`${key}Household`] = reg.data.registerHousehold.household.id;
}

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'supervisor', 'agency'] as const) t[who] = await app.signIn(who);
  [{ id: supervisorId }] = await app.db.query(`SELECT id FROM users WHERE email LIKE 'supervisor@%'`);
  [{ id: workerId }] = await app.db.query(`SELECT id FROM users WHERE email LIKE 'worker@%'`);
  [{ id: healthId }] = await app.db.query(`SELECT id FROM agencies WHERE kind = 'PUBLIC_HEALTH_CENTER'`);
  // 청운효자동 (the worker's), 사직동 (the supervisor's own); addresses for the natural order.
  await openCase('a', CHEONGUN, '종로구 목록길 10', '1951-01-01', 'worker');
  await openCase('b', CHEONGUN, '종로구 목록길 126', '1951-01-02', 'worker');
  await openCase('c', CHEONGUN, '종로구 목록길 2', '1951-01-03', 'worker');
  await openCase('d', SAJIK, '종로구 목록길 32', '1951-01-04', 'supervisor');

  // a: a referral past its deadline (overdue). b: a goal past its target date (overdue).
  const sent = await app.gql(
    `mutation($input: SendReferralInput!) { sendReferral(input: $input) { referral { id } errors { code } } }`,
    { input: { caseId: ids.a, toAgencyId: healthId, service: '방문건강관리' } },
    { token: t.worker },
  );
  expect(sent.data.sendReferral.errors).toEqual([]);
  await app.db.query(`UPDATE referrals SET deadline = '2020-01-02' WHERE id = $1`, [
    sent.data.sendReferral.referral.id,
  ]);
  await app.db.query(
    `INSERT INTO case_goals (case_id, title, target_date, needs, agency_id, recorded_by)
     SELECT $1, '주거 안정', '2020-01-02', '{LIVING_ENVIRONMENT}', lead_agency_id, 'test' FROM cases WHERE id = $1`,
    [ids.b],
  );
  // c and d opened 40 days ago; d has had a progress note since, c nothing (stalled).
  await app.db.query(`UPDATE cases SET opened_at = now() - interval '40 days' WHERE id = ANY($1::uuid[])`, [
    [ids.c, ids.d],
  ]);
  const note = await app.gql(
    `mutation($input: AddProgressNoteInput!) { addProgressNote(input: $input) { errors { code } } }`,
    { input: { caseId: ids.d, text: '전화 상담: 안부 확인' } },
    { token: t.supervisor },
  );
  expect(note.data.addProgressNote.errors).toEqual([]);
});
afterAll(() => app?.close());

describe('cases filters', () => {
  it('cases with filter.regionCode lists the cases of one 읍면동 of the district', async () => {
    const r = await list({ filter: { regionCode: SAJIK } });
    expect(idsOf(r)).toEqual([ids.d]);
    expect((await list({ filter: { regionCode: CHEONGUN } })).data.cases.totalCount).toBe(3);
  });

  it('cases with a regionCode outside the caller’s area answers FORBIDDEN', async () => {
    expect(firstErrorCode(await list({ filter: { regionCode: SAJIK } }, t.worker))).toBe('FORBIDDEN');
  });

  it('cases with filter.responsibleUserId lists that worker’s cases', async () => {
    const mine = await list({ filter: { responsibleUserId: supervisorId } });
    expect(idsOf(mine)).toEqual([ids.d]);
    const theirs = await list({ filter: { responsibleUserId: workerId } });
    expect(new Set(idsOf(theirs))).toEqual(new Set([ids.a, ids.b, ids.c]));
  });

  it('cases with filter.overdue lists the cases with a late referral or goal, and false the others', async () => {
    expect(new Set(idsOf(await list({ filter: { overdue: true } })))).toEqual(new Set([ids.a, ids.b]));
    expect(new Set(idsOf(await list({ filter: { overdue: false } })))).toEqual(new Set([ids.c, ids.d]));
  });

  it('cases with filter.stalledDays lists open cases without activity for that many days', async () => {
    expect(idsOf(await list({ filter: { stalledDays: 30 } }))).toEqual([ids.c]);
    expect(idsOf(await list({ filter: { stalledDays: 41 } }))).toEqual([]);
    expect(idsOf(await list({ filter: { stalledDays: 30, regionCode: SAJIK } }))).toEqual([]);
  });

  it('cases refuses a stalledDays outside 1 to 3650 as BAD_USER_INPUT', async () => {
    expect(firstErrorCode(await list({ filter: { stalledDays: 0 } }))).toBe('BAD_USER_INPUT');
  });

  it('districtWorkers names the public workers of the supervisor’s 시군구 and no one else', async () => {
    const q = `{ districtWorkers { id name agency { name } } }`;
    const r = await app.gql(q, {}, { token: t.supervisor });
    const workers: { id: string }[] = r.data.districtWorkers;
    expect(workers.map((w) => w.id)).toEqual(expect.arrayContaining([supervisorId, workerId]));
    expect(workers).toHaveLength(2);
    expect(firstErrorCode(await app.gql(q, {}, { token: t.worker }))).toBe('FORBIDDEN');
    expect(firstErrorCode(await app.gql(q, {}, { token: t.agency }))).toBe('FORBIDDEN');
  });
});

describe('cases orderBy', () => {
  const addresses = (r: GqlResult) =>
    (r.data.cases.edges as { node: { household: { address: string } } }[]).map((e) =>
      e.node.household.address.replace(/^.* /, ''),
    );

  it('cases orderBy ADDRESS sorts addresses in natural order, both ways', async () => {
    expect(addresses(await list({ orderBy: [{ field: 'ADDRESS', direction: 'ASC' }] }))).toEqual([
      '2',
      '10',
      '32',
      '126',
    ]);
    expect(addresses(await list({ orderBy: [{ field: 'ADDRESS', direction: 'DESC' }] }))).toEqual([
      '126',
      '32',
      '10',
      '2',
    ]);
  });

  it('cases orderBy ADDRESS pages on by cursor without skipping or repeating', async () => {
    const orderBy = [{ field: 'ADDRESS', direction: 'ASC' }];
    const first = await list({ orderBy, first: 3 });
    expect(addresses(first)).toEqual(['2', '10', '32']);
    const next = await list({ orderBy, first: 3, after: first.data.cases.pageInfo.endCursor });
    expect(addresses(next)).toEqual(['126']);
    expect(next.data.cases.pageInfo.hasPreviousPage).toBe(true);
  });

  it('cases refuses a cursor issued for another order as BAD_USER_INPUT', async () => {
    const first = await list({ orderBy: [{ field: 'ADDRESS', direction: 'ASC' }], first: 1 });
    const cursor = first.data.cases.pageInfo.endCursor;
    for (const orderBy of [[{ field: 'ADDRESS', direction: 'DESC' }], [{ field: 'OPENED_AT' }], null]) {
      expect(firstErrorCode(await list({ orderBy, first: 1, after: cursor }))).toBe('BAD_USER_INPUT');
    }
  });

  it('cases orderBy RESPONSIBLE, STATUS and OPENED_AT order by those columns', async () => {
    const byWorker = await list({ orderBy: [{ field: 'RESPONSIBLE' }, { field: 'ADDRESS' }] });
    const names = byWorker.data.cases.edges.map(
      (e: { node: { responsible: { name: string } } }) => e.node.responsible.name,
    );
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(addresses(byWorker).slice(0, 3)).toEqual(['2', '10', '126']);
    const oldest = await list({ orderBy: [{ field: 'OPENED_AT', direction: 'ASC' }], first: 2 });
    expect(new Set(idsOf(oldest))).toEqual(new Set([ids.c, ids.d]));
    const byStatus = await list({ orderBy: [{ field: 'STATUS' }] });
    expect(
      byStatus.data.cases.edges.every((e: { node: { status: string } }) => e.node.status === 'OPEN'),
    ).toBe(true);
  });

  it('cases orders by mixed directions and pages on by cursor', async () => {
    const orderBy = [
      { field: 'RESPONSIBLE', direction: 'DESC' },
      { field: 'ADDRESS', direction: 'ASC' },
    ];
    const all = addresses(await list({ orderBy }));
    const pages: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 4; i++) {
      const r = await list({ orderBy, first: 1, after });
      pages.push(...addresses(r));
      after = r.data.cases.pageInfo.endCursor;
    }
    expect(pages).toEqual(all);
  });

  it('cases with page jumps to that page, and refuses page with after', async () => {
    const orderBy = [{ field: 'ADDRESS' }];
    const second = await list({ orderBy, first: 2, page: 2 });
    expect(addresses(second)).toEqual(['32', '126']);
    expect(second.data.cases.pageInfo).toMatchObject({
      totalPages: 2,
      hasPreviousPage: true,
      hasNextPage: false,
    });
    const first = await list({ orderBy, first: 2 });
    expect(
      firstErrorCode(await list({ orderBy, first: 2, page: 2, after: first.data.cases.pageInfo.endCursor })),
    ).toBe('BAD_USER_INPUT');
    expect(firstErrorCode(await list({ orderBy, first: 2, page: 0 }))).toBe('BAD_USER_INPUT');
    expect(firstErrorCode(await list({ orderBy, first: 200, page: 52 }))).toBe('BAD_USER_INPUT');
  });

  it('cases refuses an address order to a private agency (its cursors would carry addresses)', async () => {
    expect(firstErrorCode(await list({ orderBy: [{ field: 'ADDRESS' }] }, t.agency))).toBe('FORBIDDEN');
  });
});

describe('referrals orderBy', () => {
  const Q = `query($orderBy: [ReferralOrder!], $first: Int, $after: String) {
    referrals(filter: { direction: OUTGOING }, orderBy: $orderBy, first: $first, after: $after) {
      pageInfo { endCursor } edges { node { service deadline } } } }`;
  const services = (r: GqlResult) =>
    (r.data.referrals.edges as { node: { service: string } }[]).map((e) => e.node.service);

  beforeAll(async () => {
    for (const service of ['다 방문간호', '가 정신건강 상담', '나 영양 지원'])
      await app.gql(
        `mutation($input: SendReferralInput!) { sendReferral(input: $input) { errors { code } } }`,
        { input: { caseId: ids.c, toAgencyId: healthId, service } },
        { token: t.worker },
      );
  });

  it('referrals orderBy SERVICE sorts by the service, and pages on by cursor', async () => {
    const orderBy = [{ field: 'SERVICE', direction: 'ASC' }];
    const first = await app.gql(Q, { orderBy, first: 2 }, { token: t.worker });
    expect(services(first)).toEqual(['가 정신건강 상담', '나 영양 지원']);
    const next = await app.gql(
      Q,
      { orderBy, first: 2, after: first.data.referrals.pageInfo.endCursor },
      { token: t.worker },
    );
    expect(services(next)).toEqual(['다 방문간호', '방문건강관리']);
  });

  it('referrals orderBy DEADLINE puts the earliest deadline first', async () => {
    const r = await app.gql(Q, { orderBy: [{ field: 'DEADLINE' }] }, { token: t.worker });
    expect(r.data.referrals.edges[0].node).toMatchObject({ service: '방문건강관리', deadline: '2020-01-02' });
  });

  it('referrals refuses a cursor issued for another order as BAD_USER_INPUT', async () => {
    const first = await app.gql(Q, { orderBy: [{ field: 'SERVICE' }], first: 1 }, { token: t.worker });
    const r = await app.gql(
      Q,
      { orderBy: [{ field: 'SENT_AT' }], first: 1, after: first.data.referrals.pageInfo.endCursor },
      { token: t.worker },
    );
    expect(firstErrorCode(r)).toBe('BAD_USER_INPUT');
  });
});

describe('caseDashboard period and screening figures', () => {
  const Q = `query($period: DatePeriod) { caseDashboard(period: $period) {
    referralFlow { sent } casesByStatus { status count }
    screening { candidates visited needingSupport visitRate needingSupportRate } } }`;

  beforeAll(async () => {
    const [national] = await app.db.query(
      `SELECT id FROM screening_rule_sets WHERE region_code IS NULL ORDER BY version DESC LIMIT 1`,
    );
    const [round] = await app.db.query(
      `INSERT INTO screening_rounds (as_of, status, national_rule_set_id, finished_at)
       VALUES ('2026-01-14', 'DONE', $1, '2026-01-15 10:00+09') RETURNING id`,
      [national.id],
    );
    const outcomes = ['NEEDS_SUPPORT', 'REFERRED', 'NO_NEED', null];
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries())
      await app.db.query(
        `INSERT INTO screening_candidates (round_id, household_id, sigungu_code, region_code, rank, score, picked_by, rule_set_id, indicators, rules, status, last_outcome)
         SELECT $1, h.id, h.sigungu_code, h.region_code, $3, 10, 'NATIONAL', $4, '[]', '[]', $5, $6 FROM households h WHERE h.id = $2`,
        [round.id, ids[`${key}Household`], i + 1, national.id, outcomes[i] ? 'VISITED' : 'NEW', outcomes[i]],
      );
  });

  it('caseDashboard with a period counts the candidates sent in it, the visited and those needing support', async () => {
    const r = await app.gql(Q, { period: { from: '2026-01-01', to: '2026-01-31' } }, { token: t.supervisor });
    expect(r.data.caseDashboard.screening).toEqual({
      candidates: 4,
      visited: 3,
      needingSupport: 2,
      visitRate: 0.75,
      needingSupportRate: 0.6667,
    });
  });

  it('caseDashboard with a period leaves out the rounds and referrals sent outside it', async () => {
    const r = await app.gql(Q, { period: { from: '2026-01-16', to: '2026-01-31' } }, { token: t.supervisor });
    expect(r.data.caseDashboard.screening).toEqual({
      candidates: 0,
      visited: 0,
      needingSupport: 0,
      visitRate: null,
      needingSupportRate: null,
    });
    expect(r.data.caseDashboard.referralFlow).toEqual([]);
    // Caseloads are as of now, whatever the period.
    expect(r.data.caseDashboard.casesByStatus).toEqual([{ status: 'OPEN', count: 4 }]);
    const all = await app.gql(Q, {}, { token: t.supervisor });
    expect(all.data.caseDashboard.referralFlow.length).toBeGreaterThan(0);
    expect(all.data.caseDashboard.screening.candidates).toBe(4);
  });

  it('caseDashboard refuses a period that ends before it starts as BAD_USER_INPUT', async () => {
    const r = await app.gql(Q, { period: { from: '2026-02-01', to: '2026-01-31' } }, { token: t.supervisor });
    expect(firstErrorCode(r)).toBe('BAD_USER_INPUT');
  });
});
