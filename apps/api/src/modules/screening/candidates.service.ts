import {
  explainScore,
  hitRate,
  householdScope,
  scopeCoversAncestry,
  type HouseholdScope,
  type Reason,
} from '@ieum/domain';
import { todayInKorea } from '../../clock';
import { regionWithinScope } from '../regions/region-scope';
import type { RequestContext } from '../../context';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import {
  checkId,
  ErrorCode,
  forbidden,
  inputError,
  validationError,
  type UserError,
} from '../../graphql/errors';
import {
  type Candidate,
  type CandidateFilter,
  type CandidateOrder,
  IndicatorHitRate,
  OutreachVisit,
  type RecordOutreachVisitInput,
  RecordOutreachVisitPayload,
  RuleHitRate,
} from './screening.types';
import { CANDIDATE_COLUMNS, toCandidate } from './candidates.queries';
import { HIT_OUTCOMES } from './candidates.queries';

function visibleScope(ctx: RequestContext): Exclude<HouseholdScope, { kind: 'NONE' }> {
  const scope = householdScope(ctx.actor!);
  if (scope.kind === 'NONE') throw forbidden('Your agency may not see blind-spot candidates.');
  return scope;
}

const ORDER: Record<
  CandidateOrder,
  { sql: string; key: (c: Candidate & { createdAt?: string }) => unknown[] }
> = {
  RANK: { sql: 'c.rank, c.id', key: (c) => [c.rank, c.id] },
  SCORE_DESC: { sql: 'c.score DESC, c.id', key: (c) => [c.score, c.id] },
  NEWEST: { sql: 'r.created_at DESC, c.rank, c.id', key: (c) => [c.createdAt, c.rank, c.id] },
};

// 발굴 대상자 queue: candidates of rounds already sent, inside the caller's area.
export async function listCandidates(
  ctx: RequestContext,
  filter: CandidateFilter | undefined,
  order: CandidateOrder,
  first?: number,
  after?: string,
  roundId?: string,
): Promise<Page<Candidate>> {
  const db = ctx.services.dataSource;
  const size = pageSize(first, 20);
  const region = await regionWithinScope(
    ctx,
    filter?.regionCode,
    'Your agency may not see blind-spot candidates.',
  );
  const round = roundId ?? (filter?.roundId ? checkId(filter.roundId, 'filter.roundId') : null);
  const where = `r.status = 'DONE'
    AND ($1::uuid IS NULL OR c.round_id = $1)
    AND ($2::varchar IS NULL OR c.region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = $2))
    AND ($3::float8 IS NULL OR c.score >= $3) AND ($4::varchar IS NULL OR c.status = $4)`;
  const params = [round, region, filter?.minScore ?? null, filter?.status ?? null];
  const o = ORDER[order];
  const cursor = decodeCursor(after, o.key({} as Candidate).length);
  const seek =
    cursor === null
      ? 'TRUE'
      : order === 'RANK'
        ? `(c.rank, c.id) > ($5::int, $6::uuid)`
        : order === 'SCORE_DESC'
          ? `(c.score < $5::numeric OR (c.score = $5::numeric AND c.id > $6::uuid))`
          : `(r.created_at < $5::timestamptz OR (r.created_at = $5::timestamptz AND (c.rank, c.id) > ($6::int, $7::uuid)))`;
  const rows = await db.query(
    `SELECT ${CANDIDATE_COLUMNS}, r.created_at AS "createdAt" FROM screening_candidates c JOIN screening_rounds r ON r.id = c.round_id
     WHERE ${where} AND ${seek} ORDER BY ${o.sql} LIMIT ${size + 1}`,
    [...params, ...(cursor ?? [])],
  );
  return toPage(
    rows.map(toCandidate),
    size,
    cursor,
    (c) => encodeCursor(o.key(c as Candidate & { createdAt?: string })),
    async () =>
      Number(
        (
          await db.query(
            `SELECT count(*) AS n FROM screening_candidates c JOIN screening_rounds r ON r.id = c.round_id WHERE ${where}`,
            params,
          )
        )[0].n,
      ),
  );
}

export async function getCandidate(ctx: RequestContext, id: string): Promise<Candidate | null> {
  const scope = visibleScope(ctx);
  const candidate = await ctx.loaders.candidate.load(checkId(id));
  if (!candidate) return null;
  if (!scopeCoversAncestry(scope, await ctx.loaders.regionAncestry.load(candidate.regionCode)))
    throw forbidden('This candidate is outside your area.');
  return candidate;
}

// Reading why a household was picked reads its members' crisis data: it goes to the access log.
export function recordCandidateRead(ctx: RequestContext, candidate: Candidate): void {
  for (const i of candidate.indicators) ctx.audit.record(i.personId, 'READ');
}

export async function reasonsOf(ctx: RequestContext, candidate: Candidate): Promise<Reason[]> {
  recordCandidateRead(ctx, candidate);
  const [ruleSet, names] = await Promise.all([
    ctx.loaders.screeningRuleSet.load(candidate.ruleSetId),
    ctx.loaders.indicatorKindNames.load('ko'),
  ]);
  return explainScore(
    { score: candidate.score, indicators: candidate.indicators, rules: candidate.rules, eligible: true },
    names,
    ruleSet!.document,
  );
}

// 찾아가는 복지 상담 결과. The candidate row is locked while the visit is written, so two workers
// recording at once both land, in order, and the candidate shows the later outcome.
export async function recordVisit(
  ctx: RequestContext,
  input: RecordOutreachVisitInput,
): Promise<RecordOutreachVisitPayload> {
  const actor = ctx.actor!;
  const fail = (code: ErrorCode, message: string, path: string[] | null = null) =>
    Object.assign(new RecordOutreachVisitPayload(), {
      visit: null,
      candidate: null,
      errors: [inputError(code, message, path)],
    });
  const refuse = (error: UserError) =>
    Object.assign(new RecordOutreachVisitPayload(), { visit: null, candidate: null, errors: [error] });
  const candidateId = checkId(input.candidateId, 'input.candidateId');
  const visitedOn = input.visitedOn ?? todayInKorea();
  if (visitedOn > todayInKorea())
    return refuse(
      validationError('DATE_IN_FUTURE', 'A visit cannot be in the future.', ['input', 'visitedOn']),
    );
  const note = (input.note ?? '').trim();
  if (note.length > 2000)
    return refuse(
      validationError('TOO_LONG', 'Keep the note under 2,000 characters.', ['input', 'note'], {
        limit: 2000,
      }),
    );
  const scope = householdScope(actor);
  return ctx.services.dataSource.transaction(async (tx) => {
    const [c] = await tx.query(
      `SELECT c.id, c.region_code AS "regionCode", r.status AS "roundStatus" FROM screening_candidates c JOIN screening_rounds r ON r.id = c.round_id
       WHERE c.id = $1 FOR UPDATE OF c`,
      [candidateId],
    );
    if (!c) return fail(ErrorCode.NOT_FOUND, 'No such candidate.', ['input', 'candidateId']);
    if (!scopeCoversAncestry(scope, await ctx.loaders.regionAncestry.load(c.regionCode))) {
      return fail(ErrorCode.FORBIDDEN, 'This candidate is outside your area.', ['input', 'candidateId']);
    }
    if (c.roundStatus !== 'DONE')
      return fail(ErrorCode.INVALID_STATE, 'This round has not been sent yet.', ['input', 'candidateId']);
    const [visit] = await tx.query(
      `INSERT INTO outreach_visits (candidate_id, outcome, note, visited_on, account, user_id, api_key_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING id, outcome, note, to_char(visited_on, 'YYYY-MM-DD') AS "visitedOn", account, recorded_at AS "recordedAt"`,
      [candidateId, input.outcome, note, visitedOn, actor.account, actor.userId, actor.apiKeyId],
    );
    const [row] = await tx.query(
      `WITH u AS (UPDATE screening_candidates SET status = 'VISITED', last_outcome = $2 WHERE id = $1 RETURNING *)
       SELECT ${CANDIDATE_COLUMNS} FROM u c`,
      [candidateId, input.outcome],
    );
    return Object.assign(new RecordOutreachVisitPayload(), {
      visit: Object.assign(new OutreachVisit(), visit),
      candidate: toCandidate(row),
      errors: [],
    });
  });
}

// 발굴 적중률: of the candidates visited (by their latest visit), how many had a real need.
export async function indicatorHitRates(ctx: RequestContext, roundId: string): Promise<IndicatorHitRate[]> {
  const rows = await ctx.services.dataSource.query(
    `SELECT i->>'kind' AS "indicatorKind", k.name_ko AS "nameKo",
            count(*) FILTER (WHERE c.last_outcome IS NOT NULL)::int AS visits,
            count(*) FILTER (WHERE c.last_outcome = ANY($2))::int AS hits
     FROM screening_candidates c CROSS JOIN LATERAL json_array_elements(c.indicators) i
     LEFT JOIN crisis_indicator_kinds k ON k.code = i->>'kind'
     WHERE c.round_id = $1 AND (i->>'points')::float8 > 0
     GROUP BY 1, 2 ORDER BY visits DESC, 1`,
    [roundId, HIT_OUTCOMES],
  );
  return rows.map((r: IndicatorHitRate) =>
    Object.assign(new IndicatorHitRate(), r, { rate: hitRate(r.visits, r.hits) }),
  );
}

export async function ruleHitRates(ctx: RequestContext, roundId: string): Promise<RuleHitRate[]> {
  const rows = await ctx.services.dataSource.query(
    `SELECT x->>'code' AS "ruleCode", min(x->>'label') AS label,
            count(*) FILTER (WHERE c.last_outcome IS NOT NULL)::int AS visits,
            count(*) FILTER (WHERE c.last_outcome = ANY($2))::int AS hits
     FROM screening_candidates c CROSS JOIN LATERAL json_array_elements(c.rules) x
     WHERE c.round_id = $1 GROUP BY 1 ORDER BY visits DESC, 1`,
    [roundId, HIT_OUTCOMES],
  );
  return rows.map((r: RuleHitRate) =>
    Object.assign(new RuleHitRate(), r, { rate: hitRate(r.visits, r.hits) }),
  );
}
