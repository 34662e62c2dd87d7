import { NOTICE_PERIOD_PARAMETER, valueInForce } from '@ieum/domain';
import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import { checkId, ErrorCode, inputError, validationError, type UserError } from '../../graphql/errors';
import { benefitParameterTable } from '../benefits/benefits.service';
import { ParameterMissingError } from '../benefits/benefits.types';
import { readHousehold, recordHouseholdAccess } from '../consents/household-access';
import { decisionsById } from '../eligibility/eligibility.queries';
import type { EligibilityDecision } from '../eligibility/eligibility.types';
import { regionWithinScope } from '../regions/region-scope';
import { queueReverificationRun } from './reverification-run';
import {
  ReverificationChange,
  ReverificationChangePayload,
  ReverificationRun,
  StartReverificationPayload,
  type ConfirmReverificationChangeInput,
  type ContestReverificationChangeInput,
  type ReverificationChangeFilter,
  type StartReverificationInput,
} from './reverification.types';

const NOTE_MAX = 2000;

const RUN_COLUMNS = `id, to_char(as_of, 'YYYY-MM-DD') AS "asOf", status, recipients_total AS "recipientsTotal",
  recipients_done AS recipients, continued, amount_changed AS "amountChanged", ending, notice_days AS "noticeDays",
  failure, created_at AS "createdAt", finished_at AS "finishedAt"`;

function toRun(row: ReverificationRun): ReverificationRun {
  const progress =
    row.status === 'DONE' ? 1 : row.recipientsTotal ? Math.min(1, row.recipients / row.recipientsTotal) : 0;
  return Object.assign(new ReverificationRun(), row, { progress });
}

export async function reverificationRun(ctx: RequestContext, id: string): Promise<ReverificationRun | null> {
  const [row] = await ctx.services.dataSource.query(
    `SELECT ${RUN_COLUMNS} FROM reverification_runs WHERE id = $1`,
    [checkId(id)],
  );
  return row ? toRun(row) : null;
}

/** The newest runs first (the analyst's page, and the queue's default run). */
export async function reverificationRuns(ctx: RequestContext, first?: number): Promise<ReverificationRun[]> {
  const rows = await ctx.services.dataSource.query(
    `SELECT ${RUN_COLUMNS} FROM reverification_runs ORDER BY created_at DESC, id DESC LIMIT $1`,
    [pageSize(first, 10)],
  );
  return rows.map(toRun);
}

const startPayload = (run: ReverificationRun | null, errors: UserError[] = []) =>
  Object.assign(new StartReverificationPayload(), { run, errors });

export async function startReverification(
  ctx: RequestContext,
  input: StartReverificationInput,
): Promise<StartReverificationPayload> {
  if (input.asOf > todayInKorea())
    return startPayload(null, [
      validationError('DATE_IN_FUTURE', 'A run is for today or an earlier date.', ['input', 'asOf']),
    ]);
  // Without a notice period on the date no end can be dated: refused now, naming the parameter.
  const notice = valueInForce(benefitParameterTable(), NOTICE_PERIOD_PARAMETER, input.asOf);
  if (!notice.ok)
    return startPayload(null, [
      Object.assign(new ParameterMissingError(), {
        code: ErrorCode.PARAMETER_MISSING,
        message: notice.error.message,
        path: ['input', 'asOf'],
        parameter: notice.error.parameter,
        date: notice.error.date,
      }),
    ]);
  const id = await queueReverificationRun(ctx.services.dataSource, input.asOf, ctx.actor!.account);
  if (!id)
    return startPayload(null, [
      inputError(ErrorCode.CONFLICT, 'A re-verification run is already queued or running.'),
    ]);
  return startPayload(await reverificationRun(ctx, id));
}

const CHANGE_COLUMNS = `c.id, c.run_id AS "runId", c.household_id AS "householdId", c.region_code AS "regionCode",
  c.programme, c.kind, c.old_amount::float8 AS "oldAmount", c.new_amount::float8 AS "newAmount",
  to_char(c.ends_on, 'YYYY-MM-DD') AS "endsOn", c.explanation, c.state, c.note, c.acted_at AS "actedAt",
  c.new_decision_id AS "newDecisionId"`;

const toChange = (row: ReverificationChange) => Object.assign(new ReverificationChange(), row);

/**
 * A run's changes in the caller's area (or a region inside it), by kind and state. Each household
 * listed is an access-log READ: the amounts are its 소득·재산 (FINANCES) findings.
 */
export async function reverificationChanges(
  ctx: RequestContext,
  filter: ReverificationChangeFilter | null | undefined,
  first?: number,
  after?: string,
): Promise<Page<ReverificationChange>> {
  const db = ctx.services.dataSource;
  const size = pageSize(first, 20);
  const cursor = decodeCursor(after, 1);
  const region = await regionWithinScope(
    ctx,
    filter?.regionCode,
    'The 확인조사 queue is for the public staff of an area.',
  );
  let runId = filter?.runId ? checkId(filter.runId, 'filter.runId') : null;
  if (!runId) {
    const [newest] = await db.query(
      `SELECT id FROM reverification_runs WHERE status IN ('RUNNING', 'DONE') ORDER BY created_at DESC, id DESC LIMIT 1`,
    );
    if (!newest)
      return toPage<ReverificationChange>(
        [],
        size,
        cursor,
        () => '',
        async () => 0,
      );
    runId = newest.id as string;
  }
  const params: unknown[] = [runId, region, filter?.kind ?? null, filter?.state ?? null];
  const where = `c.run_id = $1
    AND ($2::varchar IS NULL OR c.region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = $2))
    AND ($3::varchar IS NULL OR c.kind = $3) AND ($4::varchar IS NULL OR c.state = $4)`;
  const rows: ReverificationChange[] = await db.query(
    `SELECT ${CHANGE_COLUMNS} FROM reverification_changes c
     WHERE ${where} AND ($5::uuid IS NULL OR c.id > $5) ORDER BY c.id LIMIT $6`,
    [...params, cursor?.[0] ?? null, size + 1],
  );
  const page = toPage(
    rows.map(toChange),
    size,
    cursor,
    (c) => encodeCursor([c.id]),
    async () =>
      Number(
        (await db.query(`SELECT count(*) AS n FROM reverification_changes c WHERE ${where}`, params))[0].n,
      ),
  );
  for (const id of new Set(page.nodes.map((c) => c.householdId)))
    await recordHouseholdAccess(ctx, id, 'READ');
  return page;
}

const changePayload = (
  change: ReverificationChange | null,
  decision: EligibilityDecision | null,
  errors: UserError[] = [],
) => Object.assign(new ReverificationChangePayload(), { change, decision, errors });

const CHANGE_PATH = ['input', 'changeId'];

async function changeById(ctx: RequestContext, id: string): Promise<ReverificationChange | null> {
  const [row] = await ctx.services.dataSource.query(
    `SELECT ${CHANGE_COLUMNS} FROM reverification_changes c WHERE c.id = $1`,
    [id],
  );
  return row ? toChange(row) : null;
}

/** The change, if the caller may act on its household (the household guard: area, FINANCES). */
async function changeToActOn(ctx: RequestContext, changeId: string) {
  const change = await changeById(ctx, checkId(changeId, 'input.changeId'));
  if (!change) return { error: inputError(ErrorCode.NOT_FOUND, 'There is no such change.', CHANGE_PATH) };
  await readHousehold(ctx, change.householdId, 'FINANCES');
  if (change.state !== 'OPEN')
    return {
      error: inputError(
        ErrorCode.INVALID_STATE,
        `This change was already ${change.state === 'CONFIRMED' ? 'confirmed' : 'contested'}.`,
        CHANGE_PATH,
      ),
    };
  return { change };
}

function checkNote(note: string | null | undefined, required: boolean): UserError[] {
  const text = note?.trim() ?? '';
  if (required && !text)
    return [validationError('REQUIRED', 'Say why the change is not right.', ['input', 'note'])];
  if (text.length > NOTE_MAX)
    return [
      validationError('TOO_LONG', `A note is at most ${NOTE_MAX} characters.`, ['input', 'note'], {
        limit: NOTE_MAX,
      }),
    ];
  return [];
}

/**
 * Confirms a change: a new eligibility decision superseding the one the run compared with, from the
 * run's evaluation (its parameters, its trace, and the means it used: feed incomes are recorded as a
 * new means record first). The decision is what the 읍면동 decided; paying follows from it elsewhere.
 */
export async function confirmReverificationChange(
  ctx: RequestContext,
  input: ConfirmReverificationChangeInput,
): Promise<ReverificationChangePayload> {
  const found = await changeToActOn(ctx, input.changeId);
  if ('error' in found) return changePayload(null, null, [found.error!]);
  const { change } = found;
  const noteErrors = checkNote(input.note, false);
  if (noteErrors.length) return changePayload(change, null, noteErrors);
  if (change.kind === 'CONTINUE')
    return changePayload(change, null, [
      inputError(
        ErrorCode.INVALID_STATE,
        'A CONTINUE changes nothing: there is nothing to confirm.',
        CHANGE_PATH,
      ),
    ]);
  const db = ctx.services.dataSource;
  const outcome = await db.transaction(async (tx) => {
    const [c] = await tx.query(
      `SELECT c.household_id, c.programme, c.decision_id, c.means_id, c.feed_incomes, c.eligible, c.new_amount,
         c.threshold, c.income_recognized, c.reasons, c.trace, c.kind, to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on,
         to_char(r.as_of, 'YYYY-MM-DD') AS as_of, r.parameter_set_id, r.notice_days
       FROM reverification_changes c JOIN reverification_runs r ON r.id = c.run_id
       WHERE c.id = $1 AND c.state = 'OPEN' FOR UPDATE OF c`,
      [change.id],
    );
    if (!c) return { error: 'STATE' as const };
    await tx.query(`SELECT 1 FROM households WHERE id = $1 FOR UPDATE`, [c.household_id]);
    const [current] = await tx.query(
      `SELECT d.id, d.support_obligor FROM eligibility_decisions d
       WHERE d.household_id = $1 AND d.programme = $2
         AND NOT EXISTS (SELECT 1 FROM eligibility_decisions n WHERE n.supersedes_id = d.id)`,
      [c.household_id, c.programme],
    );
    if (!current || current.id !== c.decision_id) return { error: 'DECIDED' as const };
    let meansId: string = c.means_id;
    if (c.feed_incomes) {
      // The incomes the run used, from a means feed: kept as a means record the decision refers to.
      const [m] = await tx.query(
        `INSERT INTO household_means (household_id, as_of, recorded_by) VALUES ($1, $2, $3) RETURNING id`,
        [c.household_id, c.as_of, `${ctx.actor!.account} (확인조사)`],
      );
      await tx.query(
        `INSERT INTO household_means_incomes (means_id, line, person_id, kind, monthly_amount, source)
         SELECT $1, t.ord, (t.v->>0)::uuid, t.v->>1, (t.v->>2)::bigint, 'QUERIED'
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(v, ord)`,
        [m.id, JSON.stringify(c.feed_incomes)],
      );
      if (c.means_id) {
        await tx.query(
          `INSERT INTO household_means_property (means_id, line, person_id, kind, amount, source, engine_cc, model_year, car_use)
           SELECT $1, line, person_id, kind, amount, source, engine_cc, model_year, car_use
           FROM household_means_property WHERE means_id = $2`,
          [m.id, c.means_id],
        );
        await tx.query(
          `INSERT INTO household_means_facts (means_id, person_id, disabled, student)
           SELECT $1, person_id, disabled, student FROM household_means_facts WHERE means_id = $2`,
          [m.id, c.means_id],
        );
      }
      meansId = m.id;
    }
    const reasons: string[] =
      c.kind === 'ENDS_ON'
        ? [...c.reasons, `확인조사: ${c.ends_on}에 종료 (사전 통지 ${c.notice_days}일)`]
        : c.reasons;
    const [d] = await tx.query(
      `INSERT INTO eligibility_decisions (household_id, programme, as_of, eligible, monthly_amount, threshold,
         income_recognized, reasons, trace, parameter_set_id, means_id, support_obligor, supersedes_id, decided_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        c.household_id,
        c.programme,
        c.as_of,
        c.eligible,
        c.new_amount,
        c.threshold,
        c.income_recognized,
        reasons,
        JSON.stringify(c.trace),
        c.parameter_set_id,
        meansId,
        current.support_obligor,
        current.id,
        ctx.actor!.account,
      ],
    );
    await tx.query(
      `UPDATE reverification_changes SET state = 'CONFIRMED', new_decision_id = $2, note = $3, acted_by = $4,
         acted_at = now() WHERE id = $1`,
      [change.id, d.id, input.note?.trim() || null, ctx.actor!.account],
    );
    return { decisionId: d.id as string, householdId: c.household_id as string };
  });
  if ('error' in outcome)
    return changePayload(change, null, [
      outcome.error === 'DECIDED'
        ? inputError(
            ErrorCode.CONFLICT,
            'The programme was decided again since the run: this change no longer applies.',
            CHANGE_PATH,
          )
        : inputError(ErrorCode.INVALID_STATE, 'This change was acted on meanwhile.', CHANGE_PATH),
    ]);
  await recordHouseholdAccess(ctx, outcome.householdId, 'CREATE');
  const [decision] = await decisionsById(db, [outcome.decisionId]);
  return changePayload(await changeById(ctx, change.id), decision ?? null);
}

/** Contests a change: nothing is decided, and the note says why. */
export async function contestReverificationChange(
  ctx: RequestContext,
  input: ContestReverificationChangeInput,
): Promise<ReverificationChangePayload> {
  const found = await changeToActOn(ctx, input.changeId);
  if ('error' in found) return changePayload(null, null, [found.error!]);
  const { change } = found;
  const noteErrors = checkNote(input.note, true);
  if (noteErrors.length) return changePayload(change, null, noteErrors);
  const rows = await ctx.services.dataSource.query(
    `WITH u AS (UPDATE reverification_changes SET state = 'CONTESTED', note = $2, acted_by = $3, acted_at = now()
                WHERE id = $1 AND state = 'OPEN' RETURNING id)
     SELECT id FROM u`,
    [change.id, input.note.trim(), ctx.actor!.account],
  );
  if (!rows.length)
    return changePayload(change, null, [
      inputError(ErrorCode.INVALID_STATE, 'This change was acted on meanwhile.', CHANGE_PATH),
    ]);
  await recordHouseholdAccess(ctx, change.householdId, 'UPDATE');
  return changePayload(await changeById(ctx, change.id), null);
}
