// 확인조사 on a real server and database: a means feed loaded like the crisis feeds (line and column
// errors, nothing stored on a bad row, the same bytes once), a run over every current recipient that
// is killed midway and resumed exactly once, the 읍면동 queue scoped to the worker's area, and a
// confirmation writing a new decision while a contest keeps its note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKorea } from '../../clock';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';
import { runReverification } from './reverification-run';

const CHEONGUN = '1111051500'; // 청운효자동, the demo worker's 동
const SAJIK = '1111053000'; // 사직동, outside the demo worker's area
const HEADER = 'rrn,kind,monthly_amount,period_from,period_to,source_ref';

let app: TestApp;
const t: Record<string, string> = {};
let today: string;

async function gqlData(query: string, variables: Record<string, unknown>, token: string) {
  const r = await app.gql(query, variables, { token });
  expect(r.errors).toBeUndefined();
  return r.data;
}

async function postMeansFeed(token: string, csv: string, source = '국세청') {
  const res = await fetch(`${app.url}/api/means-feeds?source=${encodeURIComponent(source)}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8', authorization: `Bearer ${token}` },
    body: csv,
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** A one-person household on a small pension, decided eligible (생계급여, 기초연금 …) today. */
async function recipient(region: string, birthDate: string) {
  const rrn = testRrn(birthDate, 'FEMALE');
  const data = await gqlData(
    `mutation($input: RegisterHouseholdInput!) {
      registerHousehold(input: $input) { household { id members { person { id } } } errors { code } }
    }`,
    {
      input: {
        regionCode: region,
        address: `확인조사길 ${Math.random().toString(36).slice(2, 8)}`,
        members: [{ name: '확인', rrn, relationship: 'HEAD' }],
      },
    },
    t.supervisor,
  );
  expect(data.registerHousehold.errors).toEqual([]);
  const id: string = data.registerHousehold.household.id;
  const personId: string = data.registerHousehold.household.members[0].person.id;
  const means = await gqlData(
    `mutation($input: RecordHouseholdMeansInput!) { recordHouseholdMeans(input: $input) { errors { code } } }`,
    {
      input: {
        householdId: id,
        asOf: '2026-09-01',
        incomes: [{ personId, kind: 'PENSION', monthlyAmount: 200_000, source: 'REPORTED' }],
      },
    },
    t.supervisor,
  );
  expect(means.recordHouseholdMeans.errors).toEqual([]);
  const decided = await gqlData(
    `mutation($input: DecideEligibilityInput!) { decideEligibility(input: $input) { decisions { programme eligible monthlyAmount } errors { code } } }`,
    { input: { householdId: id, asOf: today, programmes: ['LIVELIHOOD', 'BASIC_PENSION'] } },
    t.supervisor,
  );
  expect(decided.decideEligibility.errors).toEqual([]);
  expect(decided.decideEligibility.decisions.every((d: any) => d.eligible)).toBe(true);
  return { id, rrn };
}

const CHANGES = `query($filter: ReverificationChangeFilter, $first: Int, $after: String) {
  reverificationChanges(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { node { id household { id } programme kind oldAmount newAmount endsOn explanation state note } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CONFIRM = `mutation($input: ConfirmReverificationChangeInput!) {
  confirmReverificationChange(input: $input) {
    change { id state newDecisionId } decision { id programme eligible monthlyAmount asOf } errors { code path }
  }
}`;
const CONTEST = `mutation($input: ContestReverificationChangeInput!) {
  contestReverificationChange(input: $input) {
    change { id state note } errors { code path ... on ValidationError { rule } }
  }
}`;

let earner: { id: string; rrn: string };
let steady: { id: string; rrn: string };
let elsewhere: { id: string; rrn: string };
const feedCount = async () =>
  (await app.db.query(`SELECT count(*)::int AS n FROM means_feed_rows`))[0].n as number;

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'supervisor', 'analyst'] as const) t[who] = await app.signIn(who);
  today = todayInKorea();
  earner = await recipient(CHEONGUN, '1950-03-11');
  steady = await recipient(CHEONGUN, '1949-07-21');
  elsewhere = await recipient(SAJIK, '1948-05-02');
}, 120_000);
afterAll(() => app?.close());

describe('POST /api/means-feeds', () => {
  it('refuses bad rows by line and column and stores nothing', async () => {
    const before = await feedCount();
    const csv = [
      HEADER,
      `${earner.rrn},EARNED,1650000,2026-10-01,2026-10-31,NTS-1`,
      `${earner.rrn},SALARY,1650000,2026-10-01,2026-10-31,NTS-2`,
      `${steady.rrn},EARNED,1.5,2026-10-01,2026-09-30,NTS-3`,
    ].join('\n');
    const { status, body } = await postMeansFeed(t.analyst, csv);
    expect(status).toBe(422);
    expect(body.status).toBe('REJECTED');
    expect(body.errors.map((e: any) => [e.line, e.column])).toEqual([
      [3, 'kind'],
      [4, 'monthly_amount'],
      [4, 'period_to'],
    ]);
    expect(JSON.stringify(body)).not.toContain(earner.rrn.slice(7));
    expect(await feedCount()).toBe(before);
  });

  it('loads good rows, matched by the keyed hash, and the same bytes once', async () => {
    const csv = [
      HEADER,
      // Two employers in one period add up: 1,200,000 + 450,000.
      `${earner.rrn},EARNED,1200000,2026-10-01,2026-10-31,NTS-10`,
      `${earner.rrn},EARNED,450000,2026-10-01,2026-10-31,NTS-11`,
      `${testRrn('1971-01-01', 'MALE')},EARNED,100000,2026-10-01,2026-10-31,NTS-12`,
    ].join('\n');
    const before = await feedCount();
    const first = await postMeansFeed(t.analyst, csv);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'LOADED', rows: 3, matched: 2, errors: [] });
    expect(await feedCount()).toBe(before + 3);
    const again = await postMeansFeed(t.analyst, csv);
    expect(again.body).toMatchObject({ status: 'DUPLICATE', feedId: first.body.feedId, rows: 3 });
    expect(await feedCount()).toBe(before + 3);
  });

  it('is for analysts only', async () => {
    const { status } = await postMeansFeed(t.worker, `${HEADER}\n`);
    expect(status).toBe(403);
  });
});

describe('startReverification and the run', () => {
  let runId: string;

  it('is started by an analyst, one run at a time', async () => {
    const start = `mutation($input: StartReverificationInput!) { startReverification(input: $input) { run { id status progress } errors { code } } }`;
    expect(firstErrorCode(await app.gql(start, { input: { asOf: today } }, { token: t.worker }))).toBe(
      'FORBIDDEN',
    );
    const r = (await gqlData(start, { input: { asOf: today } }, t.analyst)).startReverification;
    expect(r).toMatchObject({ run: { status: 'QUEUED', progress: 0 }, errors: [] });
    runId = r.run.id;
    const busy = (await gqlData(start, { input: { asOf: today } }, t.analyst)).startReverification;
    expect(busy).toEqual({ run: null, errors: [{ code: 'CONFLICT' }] });
    await app.db.query(`DELETE FROM graphile_worker._private_jobs`); // the test runs it by hand
  });

  it('resumes a killed run exactly once: nobody counted twice or skipped', async () => {
    await expect(
      runReverification(app.db, runId, {
        chunkSize: 1,
        afterChunk: async (n) => {
          if (n === 1) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const [midway] = await app.db.query(
      `SELECT status, recipients_done, recipients_total FROM reverification_runs WHERE id = $1`,
      [runId],
    );
    expect(midway.status).toBe('RUNNING');
    expect(midway.recipients_done).toBeGreaterThanOrEqual(1);
    expect(midway.recipients_done).toBeLessThan(midway.recipients_total);
    await runReverification(app.db, runId, { chunkSize: 1 });

    const run = (
      await gqlData(
        `query($id: ID!) { reverificationRun(id: $id) { status progress recipients recipientsTotal continued amountChanged ending } }`,
        { id: runId },
        t.analyst,
      )
    ).reverificationRun;
    const [{ n: recipients }] = await app.db.query(
      `SELECT count(DISTINCT household_id)::int AS n FROM eligibility_decisions d
       WHERE d.eligible AND d.programme <> 'EMERGENCY_LIVELIHOOD'
         AND NOT EXISTS (SELECT 1 FROM eligibility_decisions x WHERE x.supersedes_id = d.id)`,
    );
    expect(run).toMatchObject({ status: 'DONE', progress: 1, recipients, recipientsTotal: recipients });
    const [{ n: changes, households }] = await app.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT household_id)::int AS households FROM reverification_changes WHERE run_id = $1`,
      [runId],
    );
    expect(households).toBe(recipients);
    expect(run.continued + run.amountChanged + run.ending).toBe(changes);
  });

  it('gives the worker the changes of their area, with the traces’ differences in words', async () => {
    const page = (await gqlData(CHANGES, { filter: { runId }, first: 50 }, t.worker)).reverificationChanges;
    const households = new Set(page.edges.map((e: any) => e.node.household.id));
    expect(households.has(earner.id)).toBe(true);
    expect(households.has(steady.id)).toBe(true);
    expect(households.has(elsewhere.id)).toBe(false);

    const mine = page.edges.map((e: any) => e.node).filter((n: any) => n.household.id === earner.id);
    const livelihood = mine.find((n: any) => n.programme === 'LIVELIHOOD');
    // 1,650,000원 of earnings a month ends 생계급여 for one person, after the notice period.
    expect(livelihood).toMatchObject({ kind: 'ENDS_ON', newAmount: null, state: 'OPEN' });
    expect(livelihood.endsOn > today).toBe(true);
    expect(livelihood.explanation).toMatch(/→/);
    expect(livelihood.explanation).toMatch(/근로/);
    const unchanged = page.edges.map((e: any) => e.node).filter((n: any) => n.household.id === steady.id);
    expect(unchanged.every((n: any) => n.kind === 'CONTINUE')).toBe(true);

    const ending = (await gqlData(CHANGES, { filter: { runId, kind: 'ENDS_ON' }, first: 50 }, t.worker))
      .reverificationChanges;
    expect(ending.edges.every((e: any) => e.node.kind === 'ENDS_ON')).toBe(true);
    expect(
      firstErrorCode(await app.gql(CHANGES, { filter: { runId, regionCode: SAJIK } }, { token: t.worker })),
    ).toBe('FORBIDDEN');
  });

  it('confirms a change into a new decision, and contests one keeping its note', async () => {
    const page = (await gqlData(CHANGES, { filter: { runId }, first: 50 }, t.worker)).reverificationChanges;
    const nodes = page.edges.map((e: any) => e.node);
    const ends = nodes.find((n: any) => n.household.id === earner.id && n.programme === 'LIVELIHOOD');
    const before = await app.db.query(
      `SELECT id FROM eligibility_decisions WHERE household_id = $1 AND programme = 'LIVELIHOOD'`,
      [earner.id],
    );
    const r = (await gqlData(CONFIRM, { input: { changeId: ends.id } }, t.worker))
      .confirmReverificationChange;
    expect(r.errors).toEqual([]);
    expect(r.change.state).toBe('CONFIRMED');
    expect(r.decision).toMatchObject({ programme: 'LIVELIHOOD', eligible: false, asOf: today });
    const [stored] = await app.db.query(
      `SELECT d.supersedes_id, d.means_id, m.recorded_by, i.monthly_amount::int AS earned
       FROM eligibility_decisions d JOIN household_means m ON m.id = d.means_id
         JOIN household_means_incomes i ON i.means_id = m.id AND i.kind = 'EARNED'
       WHERE d.id = $1`,
      [r.decision.id],
    );
    expect(before.map((b: any) => b.id)).toContain(stored.supersedes_id);
    expect(stored.earned).toBe(1_650_000); // the feed's incomes, kept as the means decided on
    const twice = (await gqlData(CONFIRM, { input: { changeId: ends.id } }, t.worker))
      .confirmReverificationChange;
    expect(twice.errors).toEqual([{ code: 'INVALID_STATE', path: ['input', 'changeId'] }]);

    const other = nodes.find((n: any) => n.household.id === earner.id && n.programme !== 'LIVELIHOOD');
    const empty = (await gqlData(CONTEST, { input: { changeId: other.id, note: '  ' } }, t.worker))
      .contestReverificationChange;
    expect(empty.errors).toEqual([{ code: 'VALIDATION', path: ['input', 'note'], rule: 'REQUIRED' }]);
    const contested = (
      await gqlData(
        CONTEST,
        { input: { changeId: other.id, note: '10월 소득은 일시 소득으로 확인됨' } },
        t.worker,
      )
    ).contestReverificationChange;
    expect(contested).toEqual({
      change: { id: other.id, state: 'CONTESTED', note: '10월 소득은 일시 소득으로 확인됨' },
      errors: [],
    });
  });

  it('refuses a worker acting on a household outside their area', async () => {
    const [change] = await app.db.query(
      `SELECT id FROM reverification_changes WHERE household_id = $1 LIMIT 1`,
      [elsewhere.id],
    );
    const r = await app.gql(
      CONTEST,
      { input: { changeId: change.id, note: '다른 동' } },
      { token: t.worker },
    );
    expect(firstErrorCode(r)).toBe('FORBIDDEN');
  });
});
