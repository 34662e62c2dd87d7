import { createHash } from 'node:crypto';
import type { Task } from 'graphile-worker';
import type { DataSource, EntityManager } from 'typeorm';
import {
  APPLICATION_PROGRAMME_FACTS,
  batchEvaluator,
  checkBenefitInput,
  GUIDANCE_OUTBOX_BODY,
  guidanceChanges,
  mayReadDisability,
  PROGRAMMES,
  programmesConsentedTo,
  regionClassesOf,
  type ConsentScope,
  type GuidanceChange,
  type GuidanceTrigger,
  type Programme,
  type ProgrammeStanding,
} from '@ieum/domain';
import { todayInKorea } from '../../clock';
import { logger } from '../../logger';
import { benefitParameterTable } from '../benefits/benefits.service';
import { parameterSetOn } from '../eligibility/eligibility.service';
import { householdOfRows } from '../eligibility/means-rows';
import { GUIDANCE_FEED_TASK, GUIDANCE_REFRESH_TASK } from './guidance-queue';

// 맞춤형 급여 안내: re-evaluates member households and writes what changed. Everything for a set of
// households happens in one transaction that first locks their memberships, so a household that
// leaves meanwhile is not analysed after it left, and two evaluations of one household take turns.

export const GUIDANCE_RUN_TASK = 'guidance-run';
export const GUIDANCE_NEW_YEAR_TASK = 'guidance-new-year';
const CHUNK = 1000;
/** 긴급복지지원: a crisis signal of a member observed this many days before the date is a 위기사유. */
const CRISIS_WINDOW_DAYS = 90;

type Db = DataSource | EntityManager;

// The member households to evaluate, locked, with what the engine needs: members, the means record
// in force, whether a member has a recent crisis signal, and the baselines (last standings, else the
// decisions in force). Only memberships whose consent is in force on the date are analysed.
const inputSql = (where: string) => `
  SELECT m.id AS membership, m.household_id AS household, c.scopes,
    h.region_code AS "regionCode", CASE WHEN r.level = 'SIGUNGU' THEN r.name ELSE p.name END AS "sigunguName",
    (SELECT json_agg(json_build_array(pe.id, to_char(pe.birth_date, 'YYYY-MM-DD'), hm.relationship)
            ORDER BY (hm.relationship = 'HEAD') DESC, pe.birth_date, pe.id)
     FROM household_members hm JOIN persons pe ON pe.id = hm.person_id WHERE hm.household_id = m.household_id) AS members,
    mi.id AS "meansId",
    (SELECT json_agg(json_build_array(i.person_id, i.kind, i.monthly_amount) ORDER BY i.line)
     FROM household_means_incomes i WHERE i.means_id = mi.id) AS incomes,
    (SELECT json_agg(json_build_array(pr.kind, pr.amount, pr.engine_cc, pr.model_year, pr.car_use) ORDER BY pr.line)
     FROM household_means_property pr WHERE pr.means_id = mi.id) AS property,
    (SELECT json_agg(json_build_array(f.person_id, f.disabled, f.student))
     FROM household_means_facts f WHERE f.means_id = mi.id) AS facts,
    EXISTS (SELECT 1 FROM household_members hm JOIN persons pe ON pe.id = hm.person_id
            JOIN crisis_signals s ON s.rrn_hash = pe.rrn_hash
            WHERE hm.household_id = m.household_id AND s.observed_on BETWEEN $2::date - ${CRISIS_WINDOW_DAYS} AND $2::date) AS crisis,
    (SELECT json_object_agg(g.programme, json_build_array(g.eligible, g.monthly_amount))
     FROM guidance_standings g WHERE g.membership_id = m.id) AS standings,
    (SELECT json_object_agg(d.programme, json_build_array(d.eligible, d.monthly_amount))
     FROM eligibility_decisions d WHERE d.household_id = m.household_id
       AND NOT EXISTS (SELECT 1 FROM eligibility_decisions n WHERE n.supersedes_id = d.id)) AS decisions
  FROM welfare_memberships m
    JOIN consents c ON c.id = m.consent_id
    JOIN households h ON h.id = m.household_id
    JOIN regions r ON r.code = h.region_code LEFT JOIN regions p ON p.code = r.parent_code
    LEFT JOIN LATERAL (SELECT x.id FROM household_means x WHERE x.household_id = m.household_id AND x.as_of <= $2
                       ORDER BY x.as_of DESC, x.recorded_at DESC, x.id LIMIT 1) mi ON true
  WHERE m.status = 'ACTIVE' AND c.withdrawn_at IS NULL AND $2::date BETWEEN c.valid_from AND c.valid_until
    AND ${where}
  ORDER BY m.household_id
  FOR UPDATE OF m`;

interface InputRow {
  membership: string;
  household: string;
  scopes: ConsentScope[];
  regionCode: string;
  sigunguName: string | null;
  members: [string, string, string][] | null;
  meansId: string | null;
  incomes: [string, string, number][] | null;
  property: [string, number, number | null, number | null, string | null][] | null;
  facts: [string, boolean, boolean][] | null;
  crisis: boolean;
  standings: Record<string, [boolean, number | null]> | null;
  decisions: Record<string, [boolean, number | null]> | null;
}

export interface GuidanceOutcome {
  /** Member households evaluated. */
  evaluated: number;
  /** Messages written (a change already told is not told again). */
  messages: number;
  /** The last household id of the set, for a run's checkpoint. */
  last: string | null;
}

/** The households to look at: by id, or the next `limit` member households after a checkpoint. */
export type GuidanceSelection = { householdIds: readonly string[] } | { after: string | null; limit: number };

/**
 * Evaluates member households on `asOf` and writes, in the caller's transaction, their new standings
 * and a message for each programme newly available or paying more (with its outbox row and a note
 * to the workers of the household's 읍면동).
 */
export async function refreshGuidance(
  tx: EntityManager,
  selection: GuidanceSelection,
  trigger: GuidanceTrigger,
  asOf: string,
): Promise<GuidanceOutcome> {
  const rows: InputRow[] =
    'householdIds' in selection
      ? await tx.query(inputSql(`m.household_id = ANY($1::uuid[])`), [selection.householdIds, asOf])
      : await tx.query(`${inputSql(`($1::uuid IS NULL OR m.household_id > $1)`)} LIMIT $3`, [
          selection.after,
          asOf,
          selection.limit,
        ]);
  if (!rows.length) return { evaluated: 0, messages: 0, last: null };
  const table = benefitParameterTable();
  const evaluator = batchEvaluator(table, asOf);
  const { version } = parameterSetOn(table, asOf);
  const today = todayInKorea();
  const standings = {
    membership: [] as string[],
    programme: [] as string[],
    eligible: [] as boolean[],
    amount: [] as (number | null)[],
  };
  const messages: object[] = [];
  let evaluated = 0;

  for (const row of rows) {
    if (row.sigunguName === null || !row.members?.length) continue;
    const disability = mayReadDisability(row.scopes);
    const household = householdOfRows(
      asOf,
      regionClassesOf(row.regionCode, row.sigunguName),
      { members: row.members, incomes: row.incomes, property: row.property, facts: row.facts },
      { disabilityKnown: disability },
    );
    household.crisisSituation = row.crisis;
    // What decideEligibility would refuse (a member born after the date) is not guessed at.
    if (checkBenefitInput(household, today).length) continue;
    const { asOf: _asOf, ...batchHousehold } = household;
    const estimate = evaluator.estimate(batchHousehold);
    if (!estimate.ok) throw new Error(estimate.error.message);
    const programmes = programmesConsentedTo(PROGRAMMES, row.scopes);
    // Without a means record only the programmes with no means test are known.
    const results = estimate.value.results.filter(
      (r) => programmes.includes(r.programme) && (row.meansId !== null || r.threshold === null),
    );
    evaluated++;
    const baseline = new Map<Programme, ProgrammeStanding>(
      Object.entries(row.standings ?? row.decisions ?? {}).map(([p, [eligible, monthlyAmount]]) => [
        p as Programme,
        { eligible, monthlyAmount: monthlyAmount === null ? null : Number(monthlyAmount) },
      ]),
    );
    for (const r of results) {
      standings.membership.push(row.membership);
      standings.programme.push(r.programme);
      standings.eligible.push(r.eligible);
      standings.amount.push(r.monthlyAmount);
    }
    const basisOf = (c: GuidanceChange) =>
      createHash('sha256')
        .update(
          JSON.stringify([
            version,
            row.meansId,
            row.members,
            row.crisis,
            disability,
            c.programme,
            c.kind,
            c.estimatedMonthlyAmount,
          ]),
        )
        .digest('hex')
        .slice(0, 32);
    for (const c of guidanceChanges(baseline, results))
      messages.push({
        m: row.membership,
        h: row.household,
        p: c.programme,
        k: c.kind,
        est: c.estimatedMonthlyAmount,
        prev: c.previousMonthlyAmount,
        reasons: c.reasons,
        basis: basisOf(c),
      });
  }

  let written = 0;
  if (messages.length) {
    const names = Object.fromEntries(PROGRAMMES.map((p) => [p, APPLICATION_PROGRAMME_FACTS[p].ko]));
    const [{ n }] = await tx.query(
      `WITH msg AS (
         INSERT INTO guidance_messages (membership_id, household_id, programme, kind, estimated_monthly_amount,
           previous_monthly_amount, reasons, trigger, as_of, basis)
         SELECT t.m, t.h, t.p, t.k, t.est, t.prev, ARRAY(SELECT jsonb_array_elements_text(t.reasons)), $2, $3, t.basis
         FROM jsonb_to_recordset($1::jsonb) AS t(m uuid, h uuid, p varchar, k varchar, est bigint, prev bigint, reasons jsonb, basis text)
         ON CONFLICT (membership_id, programme, basis) DO NOTHING
         RETURNING id, membership_id, household_id, programme
       ), outbox AS (
         INSERT INTO notification_outbox (channel, person_id, guidance_message_id, body)
         SELECT 'SMS', wm.person_id, msg.id, $4 FROM msg JOIN welfare_memberships wm ON wm.id = msg.membership_id
       ), per_household AS (
         SELECT msg.household_id, (array_agg(msg.id ORDER BY msg.id))[1] AS first_id,
           string_agg($5::jsonb ->> msg.programme, ', ' ORDER BY msg.programme) AS subject
         FROM msg GROUP BY msg.household_id
       ), staff AS (
         INSERT INTO notifications (user_id, kind, title, link, entity_id, params)
         SELECT u.id, 'GUIDANCE', '맞춤형 급여 안내: ' || ph.subject, '/households/' || ph.household_id, ph.first_id,
           jsonb_build_object('subject', ph.subject)
         FROM per_household ph JOIN households h ON h.id = ph.household_id
           JOIN agencies a ON a.region_code = h.region_code AND a.sector = 'PUBLIC'
           JOIN users u ON u.agency_id = a.id AND u.disabled_at IS NULL
       )
       SELECT count(*)::int AS n FROM msg`,
      [JSON.stringify(messages), trigger, asOf, GUIDANCE_OUTBOX_BODY, JSON.stringify(names)],
    );
    written = n;
  }
  if (standings.membership.length)
    await tx.query(
      `INSERT INTO guidance_standings (membership_id, programme, eligible, monthly_amount)
       SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::boolean[], $4::bigint[])
       ON CONFLICT (membership_id, programme) DO UPDATE
         SET eligible = EXCLUDED.eligible, monthly_amount = EXCLUDED.monthly_amount, evaluated_at = now()`,
      [standings.membership, standings.programme, standings.eligible, standings.amount],
    );
  return { evaluated, messages: written, last: rows[rows.length - 1]!.household };
}

/** One household's re-evaluation, queued by a change of its data. */
function refreshTask(db: DataSource): Task {
  return async (payload) => {
    const { householdId, trigger } = payload as { householdId: string; trigger: GuidanceTrigger };
    await db.transaction((tx) =>
      refreshGuidance(tx, { householdIds: [householdId] }, trigger, todayInKorea()),
    );
  };
}

/** The member households a crisis feed names, in chunks. */
function feedTask(db: DataSource): Task {
  return async (payload) => {
    const { feedId } = payload as { feedId: string };
    const rows: { id: string }[] = await db.query(
      `SELECT DISTINCT m.household_id AS id
       FROM crisis_signals s JOIN persons pe ON pe.rrn_hash = s.rrn_hash
         JOIN household_members hm ON hm.person_id = pe.id
         JOIN welfare_memberships m ON m.household_id = hm.household_id AND m.status = 'ACTIVE'
       WHERE s.feed_id = $1`,
      [feedId],
    );
    const ids = rows.map((r) => r.id);
    for (let i = 0; i < ids.length; i += CHUNK)
      await db.transaction((tx) =>
        refreshGuidance(tx, { householdIds: ids.slice(i, i + CHUNK) }, 'CRISIS_SIGNAL', todayInKorea()),
      );
  };
}

export interface GuidanceRunOptions {
  chunkSize?: number;
  /** Called after each committed chunk (tests stop a run midway with it). */
  afterChunk?: (chunksDone: number) => Promise<void>;
}

/**
 * Every member household at once, in chunks by household id. Each chunk's writes and the run's
 * checkpoint commit together, so a killed run resumes after the last committed chunk: nobody is
 * evaluated twice or skipped.
 */
export async function runGuidance(
  db: DataSource,
  runId: string,
  opts: GuidanceRunOptions = {},
): Promise<void> {
  const [run] = await db.query(
    `SELECT to_char(as_of, 'YYYY-MM-DD') AS "asOf", status, resume_after AS "resumeAfter" FROM guidance_runs WHERE id = $1`,
    [runId],
  );
  if (!run || run.status === 'DONE' || run.status === 'FAILED') return;
  if (run.status === 'QUEUED') {
    const [{ total }] = await db.query(
      `SELECT count(*)::int AS total FROM welfare_memberships WHERE status = 'ACTIVE'`,
    );
    await db.query(
      `UPDATE guidance_runs SET status = 'RUNNING', members_total = $2, started_at = now() WHERE id = $1`,
      [runId, total],
    );
  }
  let after: string | null = run.resumeAfter;
  let chunks = 0;
  for (;;) {
    const outcome = await db.transaction(async (tx) => {
      const o = await refreshGuidance(
        tx,
        { after, limit: opts.chunkSize ?? CHUNK },
        'PARAMETER_YEAR',
        run.asOf,
      );
      if (o.last)
        await tx.query(
          `UPDATE guidance_runs SET members_done = members_done + $2, messages = messages + $3, resume_after = $4 WHERE id = $1`,
          [runId, o.evaluated, o.messages, o.last],
        );
      return o;
    });
    if (!outcome.last) break;
    after = outcome.last;
    await opts.afterChunk?.(++chunks);
  }
  await db.query(`UPDATE guidance_runs SET status = 'DONE', finished_at = now() WHERE id = $1`, [runId]);
}

function runTask(db: DataSource): Task {
  return async (payload, helpers) => {
    const { runId } = payload as { runId: string };
    try {
      await runGuidance(db, runId);
    } catch (e) {
      logger.error(
        { runId, attempt: helpers.job.attempts, err: { message: (e as Error).message } },
        'guidance run failed',
      );
      if (helpers.job.attempts < helpers.job.max_attempts) throw e;
      await db.query(
        `UPDATE guidance_runs SET status = 'FAILED', failure = $2, finished_at = now() WHERE id = $1`,
        [runId, `The run could not be completed: ${(e as Error).message}`],
      );
    }
  };
}

/** Queues a run over every member (in the caller's transaction); null when one is already active. */
export async function queueGuidanceRun(db: Db, asOf: string, createdBy: string): Promise<string | null> {
  const rows: { id: string }[] = await db.query(
    `WITH r AS (INSERT INTO guidance_runs (as_of, status, created_by) VALUES ($1, 'QUEUED', $2)
                ON CONFLICT DO NOTHING RETURNING id)
     SELECT r.id, graphile_worker.add_job($3, json_build_object('runId', r.id), job_key := r.id::text, max_attempts := 3) FROM r`,
    [asOf, createdBy, GUIDANCE_RUN_TASK],
  );
  return rows[0]?.id ?? null;
}

export function guidanceTasks(db: DataSource): Record<string, Task> {
  return {
    [GUIDANCE_REFRESH_TASK]: refreshTask(db),
    [GUIDANCE_FEED_TASK]: feedTask(db),
    [GUIDANCE_RUN_TASK]: runTask(db),
    // 1 January: the new year's parameters (기준 중위소득, 선정기준액 …) may open programmes to members.
    [GUIDANCE_NEW_YEAR_TASK]: async () => {
      await queueGuidanceRun(db, todayInKorea(), 'cron:new-year');
    },
  };
}
