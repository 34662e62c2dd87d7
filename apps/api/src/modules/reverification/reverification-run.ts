import type { Task } from 'graphile-worker';
import type { DataSource, EntityManager } from 'typeorm';
import { ParameterReader, noticeDaysOf, type UsedParameter } from '@ieum/domain';
import { todayInKorea } from '../../clock';
import { logger } from '../../logger';
import { benefitParameterTable } from '../benefits/benefits.service';
import { parameterSetOn, storeParameterSet } from '../eligibility/eligibility.service';
import { ReverificationWorkerPool, reverificationWorkerCount } from './reverification-worker-pool';
import type { ReverificationChunkResult } from './reverification-worker';

// 확인조사 as a background job: one pass over every current recipient in household-id order, read in
// chunks by set-based SQL, evaluated on worker threads, and each chunk's changes inserted in one
// statement that also moves the run's counters and checkpoint, in one transaction. A killed run
// resumes after its checkpoint; a chunk past it that had already committed inserts nothing again
// ((run, household, programme) is unique and only inserted rows are counted), so nobody is counted
// twice or skipped.

export const REVERIFICATION_RUN_TASK = 'reverification-run';
export const REVERIFICATION_MONTHLY_TASK = 'reverification-monthly';
const CHUNK = 2000;

/** Programmes re-verified: 긴급복지지원 is a short crisis grant, not a benefit checked every month. */
const RECIPIENT_DECISION = `d.eligible AND d.programme <> 'EMERGENCY_LIVELIHOOD'
  AND NOT EXISTS (SELECT 1 FROM eligibility_decisions n WHERE n.supersedes_id = d.id)`;

// The means in force for each household of the chunk: its newest record on or before the date, and,
// per member and income kind, the newest means-feed row in the record's place when the row's period
// ends on or after the record's date (rows of one feed and period add up: two employers).
const RECIPIENTS_SQL = `
  WITH chunk AS (
    SELECT d.household_id FROM eligibility_decisions d
    WHERE d.household_id > $1 AND ${RECIPIENT_DECISION}
    GROUP BY d.household_id ORDER BY d.household_id LIMIT $3
  ), base AS (
    SELECT c.household_id, mi.id AS means_id, mi.as_of AS means_as_of
    FROM chunk c LEFT JOIN LATERAL (
      SELECT x.id, x.as_of FROM household_means x WHERE x.household_id = c.household_id AND x.as_of <= $2
      ORDER BY x.as_of DESC, x.recorded_at DESC, x.id LIMIT 1) mi ON true
  ), feed AS (
    SELECT b.household_id, pe.id AS person_id, r.kind, sum(r.monthly_amount)::bigint AS amount
    FROM base b JOIN household_members hm ON hm.household_id = b.household_id
      JOIN persons pe ON pe.id = hm.person_id
      JOIN LATERAL (
        SELECT r.kind, r.monthly_amount, r.period_to,
          rank() OVER (PARTITION BY r.kind ORDER BY r.period_to DESC, f.received_at DESC, f.id) AS rk
        FROM means_feed_rows r JOIN means_feeds f ON f.id = r.feed_id AND f.status = 'LOADED'
        WHERE r.rrn_hash = pe.rrn_hash AND r.period_from <= $2) r
        ON r.rk = 1 AND (b.means_as_of IS NULL OR r.period_to >= b.means_as_of)
    GROUP BY b.household_id, pe.id, r.kind
  ), incomes AS (
    SELECT b.household_id, i.person_id, i.kind, i.monthly_amount, i.line AS ord
    FROM base b JOIN household_means_incomes i ON i.means_id = b.means_id
    WHERE NOT EXISTS (SELECT 1 FROM feed f
                      WHERE f.household_id = b.household_id AND f.person_id = i.person_id AND f.kind = i.kind)
    UNION ALL
    SELECT f.household_id, f.person_id, f.kind, f.amount, 32767 FROM feed f
  )
  SELECT count(*)::int AS n, (array_agg(b.household_id ORDER BY b.household_id DESC))[1] AS last,
    json_agg(json_build_array(
      b.household_id, h.region_code, CASE WHEN r.level = 'SIGUNGU' THEN r.name ELSE p.name END, b.means_id,
      (SELECT json_agg(json_build_array(pe.id, to_char(pe.birth_date, 'YYYY-MM-DD'), hm.relationship)
              ORDER BY (hm.relationship = 'HEAD') DESC, pe.birth_date, pe.id)
       FROM household_members hm JOIN persons pe ON pe.id = hm.person_id WHERE hm.household_id = b.household_id),
      (SELECT json_agg(json_build_array(x.person_id, x.kind, x.monthly_amount) ORDER BY x.ord, x.person_id, x.kind)
       FROM incomes x WHERE x.household_id = b.household_id),
      (SELECT json_agg(json_build_array(pr.kind, pr.amount, pr.engine_cc, pr.model_year, pr.car_use) ORDER BY pr.line)
       FROM household_means_property pr WHERE pr.means_id = b.means_id),
      (SELECT json_agg(json_build_array(f.person_id, f.disabled, f.student))
       FROM household_means_facts f WHERE f.means_id = b.means_id),
      EXISTS (SELECT 1 FROM feed f WHERE f.household_id = b.household_id),
      (SELECT json_agg(json_build_array(d.id, d.programme, d.monthly_amount, d.parameter_set_id, d.trace) ORDER BY d.programme)
       FROM eligibility_decisions d WHERE d.household_id = b.household_id AND ${RECIPIENT_DECISION})
    ) ORDER BY b.household_id)::text AS recipients
  FROM base b JOIN households h ON h.id = b.household_id
    JOIN regions r ON r.code = h.region_code LEFT JOIN regions p ON p.code = r.parent_code`;

// One chunk's changes, its counters and the checkpoint, in one statement.
const WRITE_SQL = `
  WITH ins AS (
    INSERT INTO reverification_changes (run_id, household_id, region_code, programme, kind, old_amount,
      new_amount, ends_on, explanation, decision_id, means_id, eligible, threshold, income_recognized,
      reasons, trace, feed_incomes)
    SELECT $1, t.h, t.region, t.p, t.kind, t.old, t.new, t.ends, t.expl, t.d, t.m, t.el, t.thr, t.inc,
      ARRAY(SELECT jsonb_array_elements_text(t.reasons)), t.trace, t.fi
    FROM jsonb_to_recordset($2::jsonb) AS t(h uuid, region varchar, p varchar, kind varchar, old bigint,
      new bigint, ends date, expl text, d uuid, m uuid, el boolean, thr bigint, inc bigint, reasons jsonb,
      trace jsonb, fi jsonb)
    ON CONFLICT (run_id, household_id, programme) DO NOTHING
    RETURNING household_id, kind
  ), counted AS (
    SELECT count(DISTINCT household_id)::int AS recipients,
      count(*) FILTER (WHERE kind = 'CONTINUE')::int AS continued,
      count(*) FILTER (WHERE kind = 'AMOUNT_CHANGED')::int AS changed,
      count(*) FILTER (WHERE kind = 'ENDS_ON')::int AS ending
    FROM ins
  ), u AS (
    UPDATE reverification_runs r SET recipients_done = r.recipients_done + c.recipients,
      continued = r.continued + c.continued, amount_changed = r.amount_changed + c.changed,
      ending = r.ending + c.ending, resume_after = coalesce($3::uuid, r.resume_after)
    FROM counted c WHERE r.id = $1 RETURNING r.id
  )
  SELECT count(*)::int AS n FROM u`;

export interface ReverificationRunOptions {
  chunkSize?: number;
  /** Called after each committed chunk (tests stop a run midway with it). */
  afterChunk?: (chunksDone: number) => Promise<void>;
}

type Db = DataSource | EntityManager;

/** Queues a run (in the caller's transaction); null when one is already queued or running. */
export async function queueReverificationRun(
  db: Db,
  asOf: string,
  createdBy: string,
): Promise<string | null> {
  const rows: { id: string }[] = await db.query(
    `WITH r AS (INSERT INTO reverification_runs (as_of, status, created_by) VALUES ($1, 'QUEUED', $2)
                ON CONFLICT DO NOTHING RETURNING id)
     SELECT r.id, graphile_worker.add_job($3, json_build_object('runId', r.id), job_key := r.id::text, max_attempts := 3) FROM r`,
    [asOf, createdBy, REVERIFICATION_RUN_TASK],
  );
  return rows[0]?.id ?? null;
}

/** Runs (or resumes) a run to its end. */
export async function runReverification(
  db: DataSource,
  runId: string,
  opts: ReverificationRunOptions = {},
): Promise<void> {
  const [run] = await db.query(
    `SELECT to_char(as_of, 'YYYY-MM-DD') AS "asOf", status, resume_after AS "resumeAfter", notice_days AS "noticeDays"
     FROM reverification_runs WHERE id = $1`,
    [runId],
  );
  if (!run || run.status === 'DONE' || run.status === 'FAILED') return;
  const asOf: string = run.asOf;
  const table = benefitParameterTable();
  let noticeDays: number = run.noticeDays;
  if (run.status === 'QUEUED') {
    noticeDays = noticeDaysOf(new ParameterReader(table, asOf)).days;
    const { set, version } = parameterSetOn(table, asOf);
    const setId = await storeParameterSet(db.manager, version, set);
    const [{ total }] = await db.query(
      `SELECT count(DISTINCT d.household_id)::int AS total FROM eligibility_decisions d WHERE ${RECIPIENT_DECISION}`,
    );
    await db.query(
      `UPDATE reverification_runs SET status = 'RUNNING', recipients_total = $2, notice_days = $3,
         parameter_set_id = $4, started_at = now() WHERE id = $1`,
      [runId, total, noticeDays, setId],
    );
  }
  const sets: { id: number; parameters: UsedParameter[] }[] = await db.query(
    `SELECT id, parameters FROM benefit_parameter_sets`,
  );
  const chunkSize = opts.chunkSize ?? CHUNK;
  // Chunks come back from the threads in any order: the checkpoint moves over the committed prefix.
  const lasts: string[] = [];
  const committed = new Set<number>();
  let prefix = 0;
  let chunksDone = 0;
  const onResult = async (r: ReverificationChunkResult) => {
    committed.add(r.index);
    let next = prefix;
    while (committed.has(next)) next++;
    await db.query(WRITE_SQL, [runId, r.changes, next > prefix ? lasts[next - 1]! : null]);
    prefix = next;
    await opts.afterChunk?.(++chunksDone);
  };
  const pool = new ReverificationWorkerPool(
    reverificationWorkerCount(),
    {
      asOf,
      today: todayInKorea(),
      noticeDays,
      parameterSets: Object.fromEntries(sets.map((s) => [s.id, s.parameters])),
    },
    onResult,
  );
  try {
    let after: string = run.resumeAfter ?? '00000000-0000-0000-0000-000000000000';
    for (let index = 0; ; index++) {
      const [chunk] = await db.query(RECIPIENTS_SQL, [after, asOf, chunkSize]);
      if (!chunk || chunk.n === 0) break;
      lasts[index] = chunk.last;
      await pool.submit({ index, recipients: chunk.recipients });
      after = chunk.last;
      if (chunk.n < chunkSize) break;
    }
    await pool.drain();
  } finally {
    await pool.close();
  }
  await db.query(`UPDATE reverification_runs SET status = 'DONE', finished_at = now() WHERE id = $1`, [
    runId,
  ]);
  logger.info({ runId }, 'reverification run done');
}

function runTask(db: DataSource): Task {
  return async (payload, helpers) => {
    const { runId } = payload as { runId: string };
    try {
      await runReverification(db, runId);
    } catch (e) {
      logger.error(
        { runId, attempt: helpers.job.attempts, err: { message: (e as Error).message } },
        'reverification run failed',
      );
      if (helpers.job.attempts < helpers.job.max_attempts) throw e;
      await db.query(
        `UPDATE reverification_runs SET status = 'FAILED', failure = $2, finished_at = now() WHERE id = $1`,
        [runId, `The run could not be completed: ${(e as Error).message}`],
      );
    }
  };
}

export function reverificationTasks(db: DataSource): Record<string, Task> {
  return {
    [REVERIFICATION_RUN_TASK]: runTask(db),
    // The monthly 확인조사 (CRONTAB in jobs/tasks.ts): a run already going is left to finish.
    [REVERIFICATION_MONTHLY_TASK]: async () => {
      await queueReverificationRun(db, todayInKorea(), 'cron:monthly');
    },
  };
}
