import type { Task } from 'graphile-worker';
import { isUniqueViolation } from '@ieum/db';
import type { DataSource } from 'typeorm';
import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import { checkId, ErrorCode, inputError, validationError } from '../../graphql/errors';
import { logger } from '../../logger';
import { buildPlan, latestLocals, latestNational, ruleSetsById } from './rules.service';
import { runScoring, storeCandidates } from './scoring';
import {
  type ScreeningRound,
  ScreeningRoundRules,
  ScreeningRuleSet,
  type StartScreeningRoundInput,
  StartScreeningRoundPayload,
} from './screening.types';
import { ROUND_COLUMNS, toRound, roundsById } from './rounds.queries';

export const SCREENING_ROUND_TASK = 'screening-round';

export async function getRound(ctx: RequestContext, id: string): Promise<ScreeningRound | null> {
  return ctx.loaders.screeningRound.load(checkId(id));
}

export async function listRounds(
  db: DataSource,
  first?: number,
  after?: string,
): Promise<Page<ScreeningRound>> {
  const size = pageSize(first, 20);
  const cursor = decodeCursor(after, 2);
  const rows = await db.query(
    `SELECT ${ROUND_COLUMNS} FROM screening_rounds r
     WHERE ($1::timestamptz IS NULL OR (r.created_at, r.id) < ($1, $2::uuid)) ORDER BY r.created_at DESC, r.id DESC LIMIT $3`,
    [cursor?.[0] ?? null, cursor?.[1] ?? null, size + 1],
  );
  return toPage(
    rows.map(toRound),
    size,
    cursor,
    (r) => encodeCursor([r.createdAt.toISOString(), r.id]),
    async () => Number((await db.query(`SELECT count(*) AS n FROM screening_rounds`))[0].n),
  );
}

// Queues a round with the rules in force now; the job runs it. One round at a time.
export async function startRound(
  ctx: RequestContext,
  input: StartScreeningRoundInput,
): Promise<StartScreeningRoundPayload> {
  const db = ctx.services.dataSource;
  const fail = (code: ErrorCode, message: string, path: string[] | null = null) =>
    Object.assign(new StartScreeningRoundPayload(), {
      round: null,
      errors: [inputError(code, message, path)],
    });
  const today = todayInKorea();
  const asOf = input.asOf ?? today;
  if (asOf > today)
    return Object.assign(new StartScreeningRoundPayload(), {
      round: null,
      errors: [
        validationError('DATE_IN_FUTURE', 'A round is as of today or a past date.', ['input', 'asOf']),
      ],
    });
  const national = await latestNational(db);
  const locals = await latestLocals(db);
  // The analyst confirmed named versions: a rule saved in between must be looked at first.
  if (input.confirmedRuleSetIds) {
    const inForce = [national.id, ...locals.map((l) => l.id)].sort();
    if (JSON.stringify([...input.confirmedRuleSetIds].sort()) !== JSON.stringify(inForce))
      return fail(
        ErrorCode.CONFLICT,
        'The screening rules changed since you confirmed them; review the versions and start again.',
        ['input', 'confirmedRuleSetIds'],
      );
  }
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO screening_rounds (as_of, status, national_rule_set_id, local_rule_set_ids, created_by)
         VALUES ($1, 'QUEUED', $2, $3, $4) RETURNING id`,
        [asOf, national.id, locals.map((l) => l.id), ctx.actor!.userId],
      );
      // Queued in the same transaction: a round exists exactly when its job does.
      await tx.query(
        `SELECT graphile_worker.add_job($1, json_build_object('roundId', $2::text), max_attempts := 3, job_key := $2::text)`,
        [SCREENING_ROUND_TASK, row.id],
      );
      return row.id as string;
    });
    const [round] = await roundsById(db, [id]);
    return Object.assign(new StartScreeningRoundPayload(), { round, errors: [] });
  } catch (e) {
    if (isUniqueViolation(e))
      return fail(
        ErrorCode.CONFLICT,
        'A screening round is already queued or running; wait for it to finish.',
      );
    throw e;
  }
}

// The background job: scores every household, ranks within each 시군구, stores the candidates with
// their breakdown and marks the round DONE, all in one transaction, so a crash leaves nothing half
// written and the retried job starts clean. Progress is committed on its own as it goes.
export function screeningRoundTask(db: DataSource): Task {
  return async (payload, helpers) => {
    const { roundId } = payload as { roundId: string };
    const [round] = await db.query(
      `SELECT id, to_char(as_of, 'YYYY-MM-DD') AS "asOf", status, national_rule_set_id AS "nationalId", local_rule_set_ids AS "localIds"
                                    FROM screening_rounds WHERE id = $1`,
      [roundId],
    );
    if (!round || round.status === 'DONE' || round.status === 'FAILED') return;
    const setProgress = (p: number) =>
      db.query(`UPDATE screening_rounds SET progress = $2 WHERE id = $1 AND status = 'RUNNING'`, [
        roundId,
        p,
      ]);
    await db.query(
      `UPDATE screening_rounds SET status = 'RUNNING', progress = 0.05, started_at = coalesce(started_at, now()) WHERE id = $1`,
      [roundId],
    );
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      const [national, ...locals] = await ruleSetsById(db, [round.nationalId, ...round.localIds]);
      const plan = await buildPlan(
        db,
        round.asOf,
        national!,
        locals.filter((l) => l !== null),
      );
      await setProgress(0.1);
      await runner.startTransaction();
      const counts = await runScoring(runner, plan, setProgress);
      const stored = await storeCandidates(runner, roundId, plan);
      await runner.query(
        `UPDATE screening_rounds SET status = 'DONE', progress = 1, finished_at = now(), households_scored = $2, candidate_count = $3 WHERE id = $1`,
        [roundId, counts.householdsScored, stored],
      );
      await runner.commitTransaction();
      logger.info({ roundId, ...counts }, 'screening round done');
    } catch (e) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => {});
      const lastAttempt = helpers.job.attempts >= helpers.job.max_attempts;
      logger.error(
        { roundId, attempt: helpers.job.attempts, err: { message: (e as Error).message } },
        'screening round failed',
      );
      if (!lastAttempt) throw e;
      await db.query(
        `UPDATE screening_rounds SET status = 'FAILED', failure = $2, finished_at = now() WHERE id = $1`,
        [roundId, 'The round could not be computed; it has been logged. Start a new round.'],
      );
    } finally {
      await runner.release();
    }
  };
}

/** The rules a round started now would use: the latest national set and each 시군구's latest own set. */
export async function nextRoundRules(db: DataSource): Promise<ScreeningRoundRules> {
  const [national, locals] = await Promise.all([latestNational(db), latestLocals(db)]);
  return Object.assign(new ScreeningRoundRules(), {
    nationalRules: Object.assign(new ScreeningRuleSet(), national, { inherited: false }),
    localRules: locals.map((l) => Object.assign(new ScreeningRuleSet(), l, { inherited: false })),
  });
}
