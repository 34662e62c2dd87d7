// 일괄 판정 on a real server and database: a run over synthetic households gives what
// decideEligibility gives each of them (decoded traces included), progress and totals, a rerun
// replaces the earlier run, a run stopped midway leaves nothing and runs again, and who may do what.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';
import { eligibilityEvaluationTask } from './evaluations.service';

const CHEONGUN = '1111051500'; // 청운효자동, the demo worker's 동
const SAJIK = '1111053000'; // 사직동, another 동 of 종로구
const AS_OF = '2026-03-01';

const START = `mutation($input: StartEligibilityEvaluationInput!) {
  startEligibilityEvaluation(input: $input) {
    evaluation { id asOf status }
    errors { code message path ... on ParameterMissingError { parameter date } ... on ValidationError { rule } }
  }
}`;
const RUN = `query($id: ID!) {
  eligibilityEvaluation(id: $id) {
    id asOf status parameterVersion householdsTotal householdsDone householdsSkipped progress bytesStored failure
    programmes { programme eligibleCount totalMonthlyAmount }
    startedAt finishedAt
  }
}`;
const RESULT = `query($run: ID!, $household: ID!) {
  eligibilityEvaluationResult(evaluationId: $run, householdId: $household) {
    evaluationId asOf householdId meansId householdSize medianIncome incomeRecognized
    results {
      programme eligible monthlyAmount threshold incomeRecognized reasons
      trace { label formula value parameters { name effectiveFrom value } }
    }
  }
}`;
const DECIDE = `mutation($input: DecideEligibilityInput!) {
  decideEligibility(input: $input) {
    decisions {
      programme eligible monthlyAmount threshold incomeRecognized reasons parameterVersion means { id }
      trace { label formula value parameters { name effectiveFrom value } }
    }
    errors { code message }
  }
}`;

let app: TestApp;
const t: Record<string, string> = {};
const households: { id: string; personIds: string[]; region: string }[] = [];

async function gqlData(query: string, variables: Record<string, unknown>, token: string) {
  const r = await app.gql(query, variables, { token });
  expect(r.errors).toBeUndefined();
  return r.data;
}

async function household(region: string, members: { birthDate: string; relationship: string }[]) {
  const data = await gqlData(
    `mutation($input: RegisterHouseholdInput!) {
      registerHousehold(input: $input) { household { id members { relationship person { id birthDate } } } errors { code } }
    }`,
    {
      input: {
        regionCode: region,
        address: `일괄판정길 ${Math.random().toString(36).slice(2, 8)}`,
        members: members.map((m, i) => ({
          name: `일괄${i}`,
          rrn: testRrn(m.birthDate, i % 2 ? 'FEMALE' : 'MALE'),
          relationship: m.relationship,
        })),
      },
    },
    t.supervisor,
  );
  expect(data.registerHousehold.errors).toEqual([]);
  const h = data.registerHousehold.household;
  const personIds = members.map(
    (m) =>
      h.members.find((x: any) => x.person.birthDate === m.birthDate && x.relationship === m.relationship)
        .person.id as string,
  );
  households.push({ id: h.id, personIds, region });
  return { id: h.id as string, personIds };
}

async function record(input: Record<string, unknown>) {
  const data = await gqlData(
    `mutation($input: RecordHouseholdMeansInput!) { recordHouseholdMeans(input: $input) { means { id } errors { code message } } }`,
    { input },
    t.supervisor,
  );
  expect(data.recordHouseholdMeans.errors).toEqual([]);
}

const income = (personId: string, kind: string, monthlyAmount: number) => ({
  personId,
  kind,
  monthlyAmount,
  source: 'REPORTED',
});

async function waitFor(id: string, token = t.analyst) {
  for (let i = 0; i < 300; i++) {
    const run = (await gqlData(RUN, { id }, token)).eligibilityEvaluation;
    if (run.status !== 'QUEUED' && run.status !== 'RUNNING') return run;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the evaluation did not finish');
}

async function start(asOf = AS_OF, token = t.analyst) {
  return (await gqlData(START, { input: { asOf } }, token)).startEligibilityEvaluation;
}

const resultRows = async (runId: string) =>
  Number(
    (
      await app.db.query(
        `SELECT count(*) AS n FROM eligibility_evaluation_results WHERE evaluation_id = $1`,
        [runId],
      )
    )[0].n,
  );
const withMeans = async () =>
  Number(
    (
      await app.db.query(`SELECT count(DISTINCT household_id) AS n FROM household_means WHERE as_of <= $1`, [
        AS_OF,
      ])
    )[0].n,
  );

beforeAll(async () => {
  app = await startTestApp({ jobs: true });
  for (const who of ['worker', 'supervisor', 'agency', 'analyst', 'admin'] as const)
    t[who] = await app.signIn(who);

  // An elderly woman alone on a small pension (기초연금, 생계급여).
  const a = await household(CHEONGUN, [{ birthDate: '1942-02-02', relationship: 'HEAD' }]);
  await record({
    householdId: a.id,
    asOf: '2026-01-15',
    incomes: [income(a.personIds[0]!, 'PENSION', 200_000)],
  });
  // A young family with a baby and a rented home (부모급여, 아동수당, 주거급여 …).
  const b = await household(CHEONGUN, [
    { birthDate: '1995-04-01', relationship: 'HEAD' },
    { birthDate: '1996-06-01', relationship: 'SPOUSE' },
    { birthDate: '2025-10-01', relationship: 'CHILD' },
  ]);
  await record({
    householdId: b.id,
    asOf: '2026-02-01',
    incomes: [income(b.personIds[0]!, 'EARNED', 1_900_000)],
    property: [
      { kind: 'RESIDENTIAL', amount: 30_000_000, source: 'QUERIED' },
      {
        personId: b.personIds[0],
        kind: 'CAR',
        amount: 4_000_000,
        source: 'QUERIED',
        engineCc: 1591,
        modelYear: 2015,
        use: 'PRIVATE',
      },
    ],
  });
  // A disabled adult son and his father; the later record (after the date) must not be used.
  const c = await household(CHEONGUN, [
    { birthDate: '1958-03-03', relationship: 'HEAD' },
    { birthDate: '1988-08-08', relationship: 'CHILD' },
  ]);
  await record({
    householdId: c.id,
    asOf: '2026-01-01',
    incomes: [income(c.personIds[0]!, 'BUSINESS', 700_000)],
    property: [{ kind: 'FINANCIAL', amount: 5_000_000, source: 'REPORTED' }],
    facts: [{ personId: c.personIds[1], disabled: true, student: false }],
  });
  // A wealthy household in the next 동 (outside the demo worker's area).
  const d = await household(SAJIK, [
    { birthDate: '1970-01-01', relationship: 'HEAD' },
    { birthDate: '2010-05-05', relationship: 'CHILD' },
  ]);
  await record({
    householdId: d.id,
    asOf: '2026-02-20',
    incomes: [income(d.personIds[0]!, 'EARNED', 9_000_000)],
    property: [
      { kind: 'GENERAL', amount: 900_000_000, source: 'QUERIED' },
      { kind: 'DEBT', amount: 100_000_000, source: 'QUERIED' },
    ],
    facts: [{ personId: d.personIds[1], disabled: false, student: true }],
  });
}, 120_000);
afterAll(() => app?.close());

describe('startEligibilityEvaluation', () => {
  let firstRun: string;

  it('evaluates every household with means: each result, decoded, is what decideEligibility gives', async () => {
    const started = await start();
    expect(started.errors).toEqual([]);
    expect(started.evaluation).toMatchObject({ asOf: AS_OF, status: 'QUEUED' });
    firstRun = started.evaluation.id;
    const run = await waitFor(firstRun);
    const total = await withMeans();
    expect(run).toMatchObject({
      status: 'DONE',
      householdsTotal: total,
      householdsDone: total,
      householdsSkipped: 0,
      progress: 1,
      failure: null,
    });
    expect(run.bytesStored).toBeGreaterThan(0);
    expect(await resultRows(firstRun)).toBe(total);

    const eligible = new Map<string, { count: number; amount: number }>();
    for (const h of households) {
      const decided = (await gqlData(DECIDE, { input: { householdId: h.id, asOf: AS_OF } }, t.supervisor))
        .decideEligibility;
      expect(decided.errors).toEqual([]);
      const result = (await gqlData(RESULT, { run: firstRun, household: h.id }, t.supervisor))
        .eligibilityEvaluationResult;
      expect(result).toMatchObject({ evaluationId: firstRun, asOf: AS_OF, householdId: h.id });
      expect(result.meansId).toBe(decided.decisions[0].means.id);
      expect(result.householdSize).toBe(h.personIds.length);
      expect(run.parameterVersion).toBe(decided.decisions[0].parameterVersion);
      const fromDecisions = decided.decisions.map(
        ({ parameterVersion: _v, means: _m, ...d }: Record<string, unknown>) => d,
      );
      expect(result.results).toEqual(fromDecisions);
      for (const r of result.results) {
        const e = eligible.get(r.programme) ?? { count: 0, amount: 0 };
        if (r.eligible)
          eligible.set(r.programme, { count: e.count + 1, amount: e.amount + (r.monthlyAmount ?? 0) });
        else eligible.set(r.programme, e);
      }
    }
    // The programmes differ between these households: some eligible, some not.
    const counts = [...eligible.values()].map((e) => e.count);
    expect(Math.max(...counts)).toBeGreaterThan(0);
    expect(Math.min(...counts)).toBeLessThan(households.length);
    // The run's totals are those of its households (only ours have means in this database).
    if (total === households.length)
      expect(run.programmes).toEqual(
        [...eligible].map(([programme, e]) => ({
          programme,
          eligibleCount: e.count,
          totalMonthlyAmount: e.amount,
        })),
      );
  });

  it('a household’s result is read through the household guard: FORBIDDEN outside the area, and logged', async () => {
    const inside = households[0]!;
    const outside = households[3]!;
    const before = Number(
      (
        await app.db.query(`SELECT count(*) AS n FROM access_log WHERE person_id = $1`, [inside.personIds[0]])
      )[0].n,
    );
    const r = await gqlData(RESULT, { run: firstRun, household: inside.id }, t.worker);
    expect(r.eligibilityEvaluationResult.householdId).toBe(inside.id);
    const after = Number(
      (
        await app.db.query(`SELECT count(*) AS n FROM access_log WHERE person_id = $1`, [inside.personIds[0]])
      )[0].n,
    );
    expect(after).toBeGreaterThan(before);
    const refused = await app.gql(RESULT, { run: firstRun, household: outside.id }, { token: t.worker });
    expect(firstErrorCode(refused)).toBe('FORBIDDEN');
    // A private agency without a consent covering FINANCES: the role may not read runs at all.
    const agency = await app.gql(RESULT, { run: firstRun, household: inside.id }, { token: t.agency });
    expect(firstErrorCode(agency)).toBe('FORBIDDEN');
  });

  it('a rerun of the same date replaces the earlier run: its rows are dropped, never doubled', async () => {
    const again = await start();
    expect(again.errors).toEqual([]);
    const run = await waitFor(again.evaluation.id);
    expect(run.status).toBe('DONE');
    const old = await waitFor(firstRun);
    expect(old.status).toBe('REPLACED');
    expect(await resultRows(firstRun)).toBe(0);
    expect(await resultRows(again.evaluation.id)).toBe(await withMeans());
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM eligibility_evaluation_results`);
    expect(n).toBe(await withMeans());
    const gone = await gqlData(RESULT, { run: firstRun, household: households[0]!.id }, t.analyst);
    expect(gone.eligibilityEvaluationResult).toBeNull();
  });

  it('a run stopped midway leaves no rows and no table behind, and runs again to the end', async () => {
    const [analyst] = await app.db.query(`SELECT id FROM users WHERE email LIKE 'analyst@%'`);
    // Queued by hand, without a job, so this test runs the job itself.
    const [run] = await app.db.query(
      `INSERT INTO eligibility_evaluations (as_of, status, programmes, created_by)
       SELECT '2026-02-15', 'QUEUED', programmes, $1 FROM eligibility_evaluations LIMIT 1 RETURNING id`,
      [analyst.id],
    );
    const helpers = (attempts: number) => ({ job: { attempts, max_attempts: 3 } }) as never;
    const stopping = eligibilityEvaluationTask(app.db, {
      chunkSize: 1,
      afterChunk: async (n) => {
        if (n === 2) throw new Error('stopped midway');
      },
    });
    await expect(stopping({ evaluationId: run.id }, helpers(1))).rejects.toThrow('stopped midway');
    const partition = `eligibility_evaluation_results_${run.id.replace(/-/g, '')}`;
    const [{ table }] = await app.db.query(`SELECT to_regclass($1)::text AS table`, [partition]);
    expect(table).toBeNull();
    expect(await resultRows(run.id)).toBe(0);
    // Still RUNNING, for the job's retry to take up.
    const [midway] = await app.db.query(`SELECT status FROM eligibility_evaluations WHERE id = $1`, [run.id]);
    expect(midway.status).toBe('RUNNING');

    await eligibilityEvaluationTask(app.db, { chunkSize: 1 })({ evaluationId: run.id }, helpers(2));
    const done = await waitFor(run.id);
    const [{ n }] = await app.db.query(
      `SELECT count(DISTINCT household_id)::int AS n FROM household_means WHERE as_of <= '2026-02-15'`,
    );
    expect(done).toMatchObject({ status: 'DONE', householdsDone: n, householdsTotal: n });
    expect(await resultRows(run.id)).toBe(n);

    // On the last attempt a failure is recorded instead of retried.
    const [last] = await app.db.query(
      `INSERT INTO eligibility_evaluations (as_of, status, programmes, created_by)
       SELECT '2026-02-16', 'QUEUED', programmes, $1 FROM eligibility_evaluations LIMIT 1 RETURNING id`,
      [analyst.id],
    );
    await eligibilityEvaluationTask(app.db, {
      afterChunk: async () => {
        throw new Error('stopped again');
      },
    })({ evaluationId: last.id }, helpers(3));
    const failed = await waitFor(last.id);
    expect(failed.status).toBe('FAILED');
    expect(failed.failure).toContain('stopped again');
    expect(await resultRows(last.id)).toBe(0);
  }, 60_000);

  it('refuses a future date (VALIDATION), a date before the parameters (PARAMETER_MISSING) and a second run at once (CONFLICT)', async () => {
    const future = await start('2999-01-01');
    expect(future.errors[0]).toMatchObject({
      code: 'VALIDATION',
      path: ['input', 'asOf'],
      rule: 'DATE_IN_FUTURE',
    });
    const early = await start('2001-01-01');
    expect(early.errors[0]).toMatchObject({ code: 'PARAMETER_MISSING', date: '2001-01-01' });
    const first = await start();
    const second = await start();
    expect(second.errors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
    if (first.evaluation) await waitFor(first.evaluation.id);
  });

  it('only analysts start runs; private agencies see none', async () => {
    for (const who of ['worker', 'supervisor', 'agency', 'admin']) {
      const r = await app.gql(START, { input: { asOf: AS_OF } }, { token: t[who] });
      expect(firstErrorCode(r)).toBe('FORBIDDEN');
    }
    const list = `{ eligibilityEvaluations(first: 5) { totalCount edges { node { id status } } } }`;
    expect(firstErrorCode(await app.gql(list, {}, { token: t.agency }))).toBe('FORBIDDEN');
    const listed = await gqlData(list, {}, t.analyst);
    expect(listed.eligibilityEvaluations.totalCount).toBeGreaterThanOrEqual(4);
    expect(listed.eligibilityEvaluations.edges[0].node.status).toBe('DONE');
  });
});
