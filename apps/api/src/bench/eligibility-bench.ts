import type { DataSource } from 'typeorm';
import { sampleRss } from './screening-bench';

// The batch evaluation bench (일괄 판정): means for every household generated set-based in SQL, with
// a spread of incomes and property wide enough that the programmes answer differently: about one
// household in four is poor (low earnings, a small deposit and savings, rarely a car), the rest spread
// from modest to wealthy.

// The same yes for a household in every statement: a hash of its means id, not random().
const POOR = `(hashtext(m.id::text) & 1023) < 256`;

/** One means record per household, dated within the 300 days before `asOf`. */
export async function seedMeans(db: DataSource, asOf: string): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO household_means (household_id, as_of, recorded_by)
       SELECT id, $1::date - floor(random() * 300)::int, 'bench' FROM households`,
      [asOf],
    );
    // Incomes per member by age: most working-age adults earn (skewed low), some elderly have a
    // pension, some households a public transfer; a line number per member from its rank.
    await tx.query(
      `INSERT INTO household_means_incomes (means_id, line, person_id, kind, monthly_amount, source)
       SELECT x.means_id, x.line, x.person_id, x.kind, x.amount, 'REPORTED'
       FROM (
         SELECT m.id AS means_id, (row_number() OVER (PARTITION BY m.id))::smallint AS line, hm.person_id,
           CASE WHEN age.years >= 65 THEN 'PENSION' WHEN r.u < 0.1 THEN 'PUBLIC_TRANSFER' ELSE 'EARNED' END AS kind,
           CASE WHEN age.years >= 65 THEN floor(r.v * 900000)::bigint
                WHEN r.u < 0.1 THEN floor(r.v * 600000)::bigint
                WHEN ${POOR} THEN floor(r.v * r.v * 1500000 / 1000)::bigint * 1000
                ELSE floor(r.v * r.v * 6000000 / 1000)::bigint * 1000 END AS amount,
           age.years, r.u
         FROM household_means m
           JOIN household_members hm ON hm.household_id = m.household_id
           JOIN persons p ON p.id = hm.person_id
           CROSS JOIN LATERAL (SELECT extract(year FROM age($1::date, p.birth_date))::int AS years) age
           CROSS JOIN LATERAL (SELECT random() AS u, random() AS v) r
       ) x
       WHERE (x.years BETWEEN 19 AND 64 AND x.u < 0.75) OR (x.years >= 65 AND x.u < 0.45)`,
      [asOf],
    );
    // Property per household, one line per class: a home or deposit for most, savings, some land,
    // debts and a car for some.
    await tx.query(
      `INSERT INTO household_means_property (means_id, line, person_id, kind, amount, source, engine_cc, model_year, car_use)
       SELECT m.id, k.line, NULL, k.kind, k.amount, 'QUERIED', k.cc, k.year, k.car_use
       FROM household_means m
         CROSS JOIN LATERAL (SELECT random() AS a, random() AS b, random() AS c, random() AS d, random() AS e,
           CASE WHEN ${POOR} THEN 0.1 ELSE 1 END AS scale) r
         CROSS JOIN LATERAL (VALUES
           (1::smallint, 'RESIDENTIAL', floor(r.scale * r.a * r.a * 600000000)::bigint, NULL::int, NULL::smallint, NULL, r.b < 0.65),
           (2::smallint, 'FINANCIAL', floor(r.scale * r.b * r.b * r.b * 80000000)::bigint, NULL, NULL, NULL, r.c < 0.85),
           (3::smallint, 'GENERAL', floor(r.c * 300000000)::bigint, NULL, NULL, NULL, r.d < 0.1 * r.scale),
           (4::smallint, 'DEBT', floor(r.d * 120000000)::bigint, NULL, NULL, NULL, r.e < 0.3),
           (5::smallint, 'CAR', floor(r.scale * r.e * 30000000)::bigint, 800 + floor(r.a * 2200)::int, (2005 + floor(r.b * 20))::smallint, 'PRIVATE', r.a < 0.4 * r.scale)
         ) AS k(line, kind, amount, cc, year, car_use, present)
       WHERE k.present`,
    );
    // 장애 for about one person in twenty; 재학 for school-age children.
    await tx.query(
      `INSERT INTO household_means_facts (means_id, person_id, disabled, student)
       SELECT m.id, hm.person_id, x.disabled, x.student
       FROM household_means m JOIN household_members hm ON hm.household_id = m.household_id
         JOIN persons p ON p.id = hm.person_id
         CROSS JOIN LATERAL (SELECT random() < 0.05 AS disabled,
           extract(year FROM age($1::date, p.birth_date)) BETWEEN 7 AND 18 AS student) x
       WHERE x.disabled OR x.student`,
      [asOf],
    );
    const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM household_means`);
    return n as number;
  });
}

const percentile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]! : NaN;
const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Starts a run over every household with means, polls it until DONE while one client searches
 * households, and records the figures.
 */
export async function benchEvaluation(opts: {
  base: string;
  analystToken: string;
  search: (i: number) => Promise<unknown>;
  gql: (query: string, variables: Record<string, unknown>) => Promise<any>;
  serverPid: number;
  asOf: string;
  record: (name: string, value: number, unit: string, label: string) => void;
}): Promise<void> {
  const { gql, record } = opts;
  const sampler = sampleRss(opts.serverPid);
  const started = performance.now();
  const start = await gql(
    `mutation($asOf: LocalDate!) { startEligibilityEvaluation(input: { asOf: $asOf }) { evaluation { id } errors { code message } } }`,
    { asOf: opts.asOf },
  );
  if (start.startEligibilityEvaluation.errors.length)
    throw new Error(`evaluation not started: ${JSON.stringify(start.startEligibilityEvaluation.errors)}`);
  const id = start.startEligibilityEvaluation.evaluation.id;
  let run: any = { status: 'QUEUED' };
  const active = () => run.status === 'QUEUED' || run.status === 'RUNNING';
  let lastLog = 0;
  const poll = (async () => {
    while (active()) {
      run = (
        await gql(
          `query($id: ID!) { eligibilityEvaluation(id: $id) { status householdsTotal householdsDone householdsSkipped
             bytesStored failure programmes { programme eligibleCount totalMonthlyAmount } } }`,
          { id },
        )
      ).eligibilityEvaluation;
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        process.stderr.write(
          `  evaluated ${run.householdsDone ?? 0} / ${run.householdsTotal ?? '?'} households (${Math.round((performance.now() - started) / 1000)} s)\n`,
        );
      }
      if (active()) await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const latencies: number[] = [];
  const load = (async () => {
    for (let i = 0; active(); i++) {
      const q = performance.now();
      await opts.search(i);
      latencies.push(performance.now() - q);
    }
  })();
  await Promise.all([poll, load]);
  const ms = performance.now() - started;
  const peak = sampler.stop();
  if (run.status !== 'DONE') throw new Error(`the evaluation ended ${run.status}: ${run.failure ?? ''}`);
  const households = run.householdsDone as number;
  const decisions = households * run.programmes.length;
  record(
    'eligibility_batch_seconds',
    Math.round(ms / 100) / 10,
    's',
    `batch evaluation of ${households.toLocaleString()} households × ${run.programmes.length} programmes, end to end (target 60 s at 1,000,000)`,
  );
  record(
    'eligibility_batch_households_per_s',
    Math.round(households / (ms / 1000)),
    'households/s',
    'batch evaluation rate',
  );
  record(
    'eligibility_batch_bytes_per_decision',
    round1(run.bytesStored / decisions),
    'bytes',
    `bytes stored per decision (results with their index, ${(run.bytesStored / 1048576).toFixed(0)} MB for ${decisions.toLocaleString()} decisions)`,
  );
  if (peak !== null)
    record(
      'eligibility_batch_server_rss_peak',
      peak,
      'MB',
      'API server RSS peak during the batch (with its worker threads)',
    );
  latencies.sort((a, b) => a - b);
  if (latencies.length) {
    record(
      'eligibility_batch_interactive_p50',
      round1(percentile(latencies, 0.5)),
      'ms',
      `household search while the batch runs, p50 (${latencies.length} requests)`,
    );
    record(
      'eligibility_batch_interactive_p95',
      round1(percentile(latencies, 0.95)),
      'ms',
      'household search while the batch runs, p95',
    );
  }
  for (const p of run.programmes)
    record(
      `eligibility_batch_eligible_${p.programme.toLowerCase()}`,
      p.eligibleCount,
      'households',
      `eligible for ${p.programme} (${Math.round(p.totalMonthlyAmount / 1e8) / 10}억원 a month)`,
    );
}
