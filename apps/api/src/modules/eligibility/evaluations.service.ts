import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Task } from 'graphile-worker';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import {
  estimateBenefits,
  PROGRAMMES,
  TraceCodebook,
  unpackEstimate,
  type Programme,
  type TraceTemplate,
} from '@ieum/domain';
import { isUniqueViolation } from '@ieum/db';
import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import { checkId, ErrorCode, inputError, validationError, type UserError } from '../../graphql/errors';
import { logger } from '../../logger';
import { benefitParameterTable } from '../benefits/benefits.service';
import { ParameterMissingError } from '../benefits/benefits.types';
import { readHousehold } from '../consents/household-access';
import { BINARY_COPY_HEADER, BINARY_COPY_TRAILER } from '../indicators/copy-binary';
import { parameterSetOn, storeParameterSet } from './eligibility.service';
import type { EvaluationChunkResult } from './evaluation-worker';
import { EvaluationWorkerPool, evaluationWorkerCount } from './evaluation-worker-pool';
import {
  EligibilityEvaluation,
  EligibilityEvaluationResult,
  StartEligibilityEvaluationPayload,
  type StartEligibilityEvaluationInput,
} from './evaluations.types';

export const ELIGIBILITY_EVALUATION_TASK = 'eligibility-evaluation';
const CHUNK = 5000;
const PROGRESS_EVERY_MS = 1000;

const COLUMNS = `e.id, to_char(e.as_of, 'YYYY-MM-DD') AS "asOf", e.status, s.version AS "parameterVersion",
  e.households_total AS "householdsTotal", e.households_done AS "householdsDone",
  e.households_skipped AS "householdsSkipped", e.programmes, e.programme_totals AS "programmeTotals",
  e.result_bytes::float8 AS "bytesStored", e.failure, e.created_at AS "createdAt", e.started_at AS "startedAt",
  e.finished_at AS "finishedAt"`;
const FROM = `eligibility_evaluations e LEFT JOIN benefit_parameter_sets s ON s.id = e.parameter_set_id`;

interface EvaluationRow {
  id: string;
  asOf: string;
  status: EligibilityEvaluation['status'];
  parameterVersion: string | null;
  householdsTotal: number | null;
  householdsDone: number;
  householdsSkipped: number;
  programmes: Programme[];
  programmeTotals: [number, number][] | null;
  bytesStored: number | null;
  failure: string | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

function toEvaluation({ programmes, programmeTotals, ...row }: EvaluationRow): EligibilityEvaluation {
  const progress =
    row.status === 'DONE' || row.status === 'REPLACED'
      ? 1
      : row.householdsTotal
        ? (row.householdsDone + row.householdsSkipped) / row.householdsTotal
        : 0;
  return Object.assign(new EligibilityEvaluation(), row, {
    progress,
    programmes: programmeTotals
      ? programmes.map((programme, i) => ({
          programme,
          eligibleCount: programmeTotals[i]![0],
          totalMonthlyAmount: programmeTotals[i]![1],
        }))
      : [],
  });
}

export async function evaluationsById(
  db: DataSource,
  ids: readonly string[],
): Promise<(EligibilityEvaluation | null)[]> {
  const rows: EvaluationRow[] = await db.query(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE e.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, toEvaluation(r)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function getEvaluation(ctx: RequestContext, id: string): Promise<EligibilityEvaluation | null> {
  return (await evaluationsById(ctx.services.dataSource, [checkId(id)]))[0] ?? null;
}

export async function listEvaluations(
  db: DataSource,
  first?: number,
  after?: string,
): Promise<Page<EligibilityEvaluation>> {
  const size = pageSize(first, 20);
  const cursor = decodeCursor(after, 2);
  const rows: EvaluationRow[] = await db.query(
    `SELECT ${COLUMNS} FROM ${FROM}
     WHERE ($1::timestamptz IS NULL OR (e.created_at, e.id) < ($1, $2::uuid)) ORDER BY e.created_at DESC, e.id DESC LIMIT $3`,
    [cursor?.[0] ?? null, cursor?.[1] ?? null, size + 1],
  );
  return toPage(
    rows.map(toEvaluation),
    size,
    cursor,
    (r) => encodeCursor([r.createdAt.toISOString(), r.id]),
    async () => Number((await db.query(`SELECT count(*) AS n FROM eligibility_evaluations`))[0].n),
  );
}

const startPayload = (evaluation: EligibilityEvaluation | null, errors: UserError[] = []) =>
  Object.assign(new StartEligibilityEvaluationPayload(), { evaluation, errors });

/** Queues a run for a date; the job runs it. One run at a time; a rerun of a date replaces the last. */
export async function startEvaluation(
  ctx: RequestContext,
  input: StartEligibilityEvaluationInput,
): Promise<StartEligibilityEvaluationPayload> {
  if (input.asOf > todayInKorea())
    return startPayload(null, [
      validationError('DATE_IN_FUTURE', 'A run is for today or an earlier date.', ['input', 'asOf']),
    ]);
  // A date before the first parameter value is refused now, naming the parameter, not in the job.
  const probe = estimateBenefits(benefitParameterTable(), {
    asOf: input.asOf,
    regionClass: { livelihood: 'OTHER', pension: 'SMALL_CITY', housing: 4 },
    supportObligor: 'NONE',
    members: [
      {
        birthDate: '1970-01-01',
        relationship: 'HEAD',
        disabled: false,
        student: false,
        monthlyIncome: {
          earned: 0,
          business: 0,
          property: 0,
          pension: 0,
          publicTransfer: 0,
          privateTransfer: 0,
        },
      },
    ],
    property: { residential: 0, general: 0, financial: 0, debt: 0, cars: [] },
  });
  if (!probe.ok)
    return startPayload(null, [
      Object.assign(new ParameterMissingError(), {
        code: ErrorCode.PARAMETER_MISSING,
        message: probe.error.message,
        path: ['input', 'asOf'],
        parameter: probe.error.parameter,
        date: probe.error.date,
      }),
    ]);
  const db = ctx.services.dataSource;
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO eligibility_evaluations (as_of, status, programmes, created_by)
         VALUES ($1, 'QUEUED', $2, $3) RETURNING id`,
        [input.asOf, PROGRAMMES, ctx.actor!.userId],
      );
      // Queued in the same transaction: a run exists exactly when its job does.
      await tx.query(
        `SELECT graphile_worker.add_job($1, json_build_object('evaluationId', $2::text), max_attempts := 3, job_key := $2::text)`,
        [ELIGIBILITY_EVALUATION_TASK, row.id],
      );
      return row.id as string;
    });
    return startPayload((await evaluationsById(db, [id]))[0]!);
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return startPayload(null, [
      inputError(ErrorCode.CONFLICT, 'An evaluation is already queued or running; wait for it to finish.'),
    ]);
  }
}

/**
 * One household's result of a run, decoded to the full readable trace: the household guard (area,
 * FINANCES) decides and logs the read. Null when the run has no result for it.
 */
export async function evaluationResultOf(
  ctx: RequestContext,
  evaluationId: string,
  householdId: string,
): Promise<EligibilityEvaluationResult | null> {
  const runId = checkId(evaluationId, 'evaluationId');
  const household = await readHousehold(ctx, checkId(householdId, 'householdId'), 'FINANCES');
  if (!household) return null;
  const db = ctx.services.dataSource;
  const [row] = await db.query(
    `SELECT to_char(e.as_of, 'YYYY-MM-DD') AS "asOf", e.programmes, r.means_id AS "meansId",
       r.household_size AS "householdSize", r.income_recognized::float8 AS "incomeRecognized",
       r.eligible, r.template_ids AS "templateIds", r.numbers
     FROM eligibility_evaluation_results r JOIN eligibility_evaluations e ON e.id = r.evaluation_id
     WHERE r.evaluation_id = $1 AND r.household_id = $2 AND e.status = 'DONE'`,
    [runId, household.id],
  );
  if (!row) return null;
  const programmes = row.programmes as Programme[];
  const compact = unpackEstimate(
    {
      householdSize: row.householdSize,
      incomeRecognized: row.incomeRecognized,
      eligibleMask: row.eligible,
      templateIds: row.templateIds,
      numbers: row.numbers,
    },
    programmes,
  );
  const templates: { template: TraceTemplate }[] = await db.query(
    `SELECT template FROM benefit_trace_templates WHERE id = ANY($1::text[])`,
    [compact.results.map((r) => r.template)],
  );
  const codebook = new TraceCodebook();
  codebook.load(templates.map((t) => t.template));
  return Object.assign(new EligibilityEvaluationResult(), {
    evaluationId: runId,
    asOf: row.asOf,
    householdId: household.id,
    meansId: row.meansId,
    householdSize: compact.householdSize,
    medianIncome: compact.medianIncome,
    incomeRecognized: compact.incomeRecognized,
    results: compact.results.map((r) => codebook.decode(r)),
  });
}

// Every household with means on record on the date, the latest record on or before it, read in
// chunks by household id (keyset) as one JSON text per chunk that a worker thread parses. Members
// are in the order the household guard's loader gives them (head first, then by age).
const CHUNK_SQL = `
  WITH chunk AS (
    SELECT DISTINCT ON (m.household_id) m.household_id, m.id AS means_id
    FROM household_means m
    WHERE m.household_id > $1 AND m.as_of <= $2
    ORDER BY m.household_id, m.as_of DESC, m.recorded_at DESC, m.id
    LIMIT $3
  )
  SELECT count(*)::int AS n, (array_agg(c.household_id ORDER BY c.household_id DESC))[1] AS last,
    json_agg(json_build_array(
      c.household_id, c.means_id, h.region_code,
      CASE WHEN r.level = 'SIGUNGU' THEN r.name ELSE p.name END,
      (SELECT json_agg(json_build_array(pe.id, to_char(pe.birth_date, 'YYYY-MM-DD'), hm.relationship)
              ORDER BY (hm.relationship = 'HEAD') DESC, pe.birth_date, pe.id)
       FROM household_members hm JOIN persons pe ON pe.id = hm.person_id WHERE hm.household_id = c.household_id),
      (SELECT json_agg(json_build_array(i.person_id, i.kind, i.monthly_amount) ORDER BY i.line)
       FROM household_means_incomes i WHERE i.means_id = c.means_id),
      (SELECT json_agg(json_build_array(pr.kind, pr.amount, pr.engine_cc, pr.model_year, pr.car_use) ORDER BY pr.line)
       FROM household_means_property pr WHERE pr.means_id = c.means_id),
      (SELECT json_agg(json_build_array(f.person_id, f.disabled, f.student))
       FROM household_means_facts f WHERE f.means_id = c.means_id)
    ))::text AS households
  FROM chunk c JOIN households h ON h.id = c.household_id
    JOIN regions r ON r.code = h.region_code LEFT JOIN regions p ON p.code = r.parent_code`;

export interface EvaluationTaskOptions {
  chunkSize?: number;
  /** Called after each chunk is written (tests use it to stop a run midway). */
  afterChunk?: (chunksDone: number) => Promise<void>;
}

const partitionOf = (id: string) => `eligibility_evaluation_results_${id.replace(/-/g, '')}`;

// The background job: reads every household with means in chunks, evaluates them on worker threads,
// and COPYs the rows into the run's own table, created, filled and attached as a partition in ONE
// transaction with the run's totals and the replacement of the date's earlier run; so a killed run
// leaves nothing and its retry starts clean. Progress is committed on its own as it goes.
export function eligibilityEvaluationTask(db: DataSource, opts: EvaluationTaskOptions = {}): Task {
  return async (payload, helpers) => {
    const { evaluationId } = payload as { evaluationId: string };
    const [run] = await db.query(
      `SELECT id, to_char(as_of, 'YYYY-MM-DD') AS "asOf", status, programmes FROM eligibility_evaluations WHERE id = $1`,
      [evaluationId],
    );
    if (!run || run.status === 'DONE' || run.status === 'FAILED' || run.status === 'REPLACED') return;
    try {
      await runEvaluation(db, run.id, run.asOf, run.programmes, opts);
    } catch (e) {
      const lastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
      logger.error(
        { evaluationId, attempt: helpers.job.attempts, err: { message: (e as Error).message } },
        'eligibility evaluation failed',
      );
      if (!lastAttempt) throw e;
      await db.query(
        `UPDATE eligibility_evaluations SET status = 'FAILED', failure = $2, finished_at = now() WHERE id = $1`,
        [evaluationId, `The evaluation could not be completed: ${(e as Error).message}`],
      );
    }
  };
}

async function runEvaluation(
  db: DataSource,
  id: string,
  asOf: string,
  programmes: Programme[],
  opts: EvaluationTaskOptions,
): Promise<void> {
  const chunkSize = opts.chunkSize ?? CHUNK;
  const [{ total }] = await db.query(
    `SELECT count(DISTINCT household_id)::int AS total FROM household_means WHERE as_of <= $1`,
    [asOf],
  );
  await db.query(
    `UPDATE eligibility_evaluations SET status = 'RUNNING', households_total = $2, households_done = 0,
       households_skipped = 0, started_at = coalesce(started_at, now()) WHERE id = $1`,
    [id, total],
  );
  const { set, version } = parameterSetOn(benefitParameterTable(), asOf);
  const partition = partitionOf(id);

  const writer = db.createQueryRunner();
  const reader = db.createQueryRunner();
  await writer.connect();
  await reader.connect();
  const client = (writer as unknown as { databaseConnection: PoolClient }).databaseConnection;
  let pool: EvaluationWorkerPool | null = null;
  let copy: ReturnType<typeof copyFrom> | null = null;
  let copied: Promise<void> = Promise.resolve();
  try {
    await writer.startTransaction();
    await writer.query(
      `CREATE TABLE ${partition} (LIKE eligibility_evaluation_results,
         CONSTRAINT ${partition}_run CHECK (evaluation_id = '${id}'::uuid))`,
    );
    // One snapshot for the whole read, so a means record added meanwhile is in or out, not half.
    await reader.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`);
    // FREEZE: the table is new in this transaction, so its rows need no later visibility work.
    const stream = client.query(
      copyFrom(
        `COPY ${partition} (evaluation_id, household_id, means_id, household_size, income_recognized, eligible, template_ids, numbers)
         FROM STDIN (FORMAT binary, FREEZE)`,
      ),
    );
    copy = stream;
    copied = finished(stream);
    copied.catch(() => {}); // awaited below; a COPY failure also surfaces through the writes
    stream.write(BINARY_COPY_HEADER);

    const totals = programmes.map((): [number, number] => [0, 0]);
    let done = 0;
    let skipped = 0;
    let chunks = 0;
    let lastProgress = 0;
    let parameterMissing: string | null = null;
    const onResult = async (r: EvaluationChunkResult) => {
      if (r.parameterMissing) {
        parameterMissing ??= r.parameterMissing;
        return;
      }
      if (
        r.copy.byteLength &&
        !stream.write(Buffer.from(r.copy.buffer, r.copy.byteOffset, r.copy.byteLength))
      )
        await once(stream, 'drain');
      // Templates are content-addressed and shared by runs, so they are stored as they come, outside
      // the run's transaction (a failed run leaves only templates a rerun will want), not held here.
      if (r.templates.length)
        await db.query(
          `INSERT INTO benefit_trace_templates (id, template)
           SELECT t->>'id', t FROM json_array_elements($1::json) t ON CONFLICT (id) DO NOTHING`,
          [JSON.stringify(r.templates)],
        );
      r.totals.forEach(([count, amount], i) => {
        totals[i]![0] += count;
        totals[i]![1] += amount;
      });
      done += r.households;
      skipped += r.skipped;
      chunks++;
      if (performance.now() - lastProgress > PROGRESS_EVERY_MS) {
        lastProgress = performance.now();
        await db.query(
          `UPDATE eligibility_evaluations SET households_done = $2, households_skipped = $3 WHERE id = $1 AND status = 'RUNNING'`,
          [id, done, skipped],
        );
      }
      await opts.afterChunk?.(chunks);
    };
    pool = new EvaluationWorkerPool(
      evaluationWorkerCount(),
      { evaluationId: id, asOf, today: todayInKorea(), programmes },
      onResult,
    );
    let last = '00000000-0000-0000-0000-000000000000';
    for (let index = 0; ; index++) {
      const [chunk] = await reader.query(CHUNK_SQL, [last, asOf, chunkSize]);
      if (!chunk || chunk.n === 0) break;
      await pool.submit({ index, households: chunk.households });
      last = chunk.last;
      if (chunk.n < chunkSize) break;
    }
    await pool.drain();
    await reader.query('COMMIT');
    if (parameterMissing) throw new Error(parameterMissing);
    stream.end(BINARY_COPY_TRAILER);
    await copied;

    const setId = await storeParameterSet(writer, version, set);
    await writer.query(
      `ALTER TABLE eligibility_evaluation_results ATTACH PARTITION ${partition} FOR VALUES IN ('${id}')`,
    );
    // The date's earlier run gives way: marked REPLACED and its rows dropped, in this transaction.
    const previous: { id: string }[] = await writer.query(
      `WITH replaced AS (UPDATE eligibility_evaluations SET status = 'REPLACED', replaced_by = $1
         WHERE as_of = $2 AND status = 'DONE' AND id <> $1 RETURNING id)
       SELECT id FROM replaced`,
      [id, asOf],
    );
    for (const p of previous) await writer.query(`DROP TABLE IF EXISTS ${partitionOf(p.id)}`);
    await writer.query(
      `UPDATE eligibility_evaluations SET status = 'DONE', parameter_set_id = $2, households_done = $3,
         households_skipped = $4, programme_totals = $5, result_bytes = pg_total_relation_size($6::regclass),
         finished_at = now(), failure = NULL
       WHERE id = $1`,
      [id, setId, done, skipped, JSON.stringify(totals), partition],
    );
    await writer.commitTransaction();
    logger.info({ evaluationId: id, households: done, skipped }, 'eligibility evaluation done');
  } catch (e) {
    // A COPY still open is ended with CopyFail first: the connection takes no ROLLBACK in COPY.
    if (copy && !copy.writableFinished) {
      copy.destroy(e as Error);
      await copied.catch(() => {});
    }
    if (writer.isTransactionActive) await writer.rollbackTransaction().catch(() => {});
    await reader.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    await pool?.close();
    await writer.release();
    await reader.release();
  }
}
