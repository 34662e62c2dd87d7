import { can, householdScope } from '@ieum/domain';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import {
  checkId,
  ErrorCode,
  forbidden,
  inputError,
  validationError,
  type UserError,
} from '../../graphql/errors';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import { isUniqueViolation } from '@ieum/db';
import {
  RegionCodeReview,
  type RegionCodeSubject,
  ResolveRegionCodeReviewPayload,
  type Region,
  type RegionCodeReviewsArgs,
  type RegionsArgs,
  type ResolveRegionCodeReviewInput,
} from './regions.types';
import { COLUMNS, toRegion } from './regions.queries';

// Lists to choose from hold current regions only; includeRetired is for history.
export async function listRegions(db: DataSource, args: RegionsArgs): Promise<Page<Region>> {
  const first = pageSize(args.first, 50);
  const after = decodeCursor(args.after, 1)?.[0] as string | undefined;
  const where = `($1::varchar IS NULL OR level = $1) AND ($2::varchar IS NULL OR parent_code = $2)
    AND ($3::boolean OR retired_on IS NULL)`;
  const params = [args.level ?? null, args.parentCode ?? null, args.includeRetired ?? false];
  const rows = await db.query(
    `SELECT ${COLUMNS} FROM regions WHERE ${where} AND ($4::varchar IS NULL OR code > $4) ORDER BY code LIMIT $5`,
    [...params, after ?? null, first + 1],
  );
  return toPage(
    rows.map(toRegion),
    first,
    after,
    (r) => encodeCursor([r.code]),
    async () => Number((await db.query(`SELECT count(*) AS n FROM regions WHERE ${where}`, params))[0].n),
  );
}

const TABLE_OF: Record<RegionCodeSubject, string> = {
  HOUSEHOLD: 'households',
  AGENCY: 'agencies',
  SCREENING_RULE_SET: 'screening_rule_sets',
};
const SUBJECT_OF = Object.fromEntries(Object.entries(TABLE_OF).map(([s, t]) => [t, s])) as Record<
  string,
  RegionCodeSubject
>;

const REVIEW_COLUMNS = `c.id, c.list_version AS "listVersion", c.table_name AS "tableName", c.row_id AS "rowId",
  c.reason, c.decided_at AS "decidedAt", c.old_code AS "oldCode", c.candidate_codes AS "candidateCodes",
  c.new_code AS "newCode"`;

function toReview(row: Record<string, unknown>): RegionCodeReview {
  const { tableName, ...rest } = row;
  return Object.assign(new RegionCodeReview(), rest, { subject: SUBJECT_OF[tableName as string] });
}

// Which reviews an actor may see and decide: households by their (old) code's place in the tree, as
// every household list does; agencies and screening rule sets are the administrator's. A retired
// code sits under its successors' 시군구 too, so the workers who took the area over see its rows.
function visibleReviews(ctx: RequestContext, params: unknown[]): string {
  const actor = ctx.actor!;
  const scope = householdScope(actor);
  const households =
    scope.kind === 'NONE'
      ? 'FALSE'
      : scope.kind === 'ALL'
        ? `c.table_name = 'households'`
        : `c.table_name = 'households' AND c.old_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = $${params.push(scope.regionCode)})`;
  const others = can(actor.role, 'MANAGE_USERS') ? `c.table_name <> 'households'` : 'FALSE';
  return `((${households}) OR (${others}))`;
}

export async function listRegionCodeReviews(
  ctx: RequestContext,
  args: RegionCodeReviewsArgs,
): Promise<Page<RegionCodeReview>> {
  const db = ctx.services.dataSource;
  const first = pageSize(args.first, 50);
  const after = decodeCursor(args.after, 2) as [string, string] | null;
  const params: unknown[] = [args.decided ?? false, args.subject ? TABLE_OF[args.subject] : null];
  const where = `(c.decided_at IS NOT NULL) = $1 AND ($2::varchar IS NULL OR c.table_name = $2)
    AND ${visibleReviews(ctx, params)}`;
  const countParams = [...params];
  const rows = await db.query(
    `SELECT ${REVIEW_COLUMNS} FROM region_code_changes c
     WHERE ${where} AND ($${params.length + 1}::varchar IS NULL OR (c.old_code, c.id) > ($${params.length + 1}, $${params.length + 2}::uuid))
     ORDER BY c.old_code, c.id LIMIT $${params.length + 3}`,
    [...params, after?.[0] ?? null, after?.[1] ?? null, first + 1],
  );
  return toPage(
    rows.map(toReview),
    first,
    after,
    (r) => encodeCursor([r.oldCode, r.id]),
    async () =>
      Number(
        (await db.query(`SELECT count(*) AS n FROM region_code_changes c WHERE ${where}`, countParams))[0].n,
      ),
  );
}

// A worker decides where a flagged row belongs: one of the candidates (or, for an abolished 출장소
// with none, any current region of the same level). The row and the review change in one transaction.
export async function resolveRegionCodeReview(
  ctx: RequestContext,
  input: ResolveRegionCodeReviewInput,
): Promise<ResolveRegionCodeReviewPayload> {
  const fail = (errors: UserError[]) =>
    Object.assign(new ResolveRegionCodeReviewPayload(), { review: null, errors });
  if (!ctx.actor) throw forbidden();
  const id = checkId(input.id, 'input.id');
  const params: unknown[] = [id];
  const db = ctx.services.dataSource;
  return db.transaction(async (tx) => {
    const [row] = await tx.query(
      `SELECT ${REVIEW_COLUMNS}, old.level AS "oldLevel" FROM region_code_changes c JOIN regions old ON old.code = c.old_code
       WHERE c.id = $1 AND ${visibleReviews(ctx, params)} FOR UPDATE OF c`,
      params,
    );
    if (!row)
      return fail([inputError(ErrorCode.NOT_FOUND, 'No such region review in your area.', ['input', 'id'])]);
    const review = toReview(row);
    if (review.decidedAt)
      return fail([inputError(ErrorCode.INVALID_STATE, 'This review is decided already.', ['input', 'id'])]);

    const [target] = await tx.query(
      `SELECT code, level, parent_code AS "parentCode" FROM regions
                                     WHERE code = $1 AND retired_on IS NULL`,
      [input.regionCode],
    );
    const allowed = review.candidateCodes.length
      ? review.candidateCodes.includes(input.regionCode)
      : target?.level === row.oldLevel;
    if (!target || !allowed)
      return fail([
        validationError('NOT_ALLOWED_VALUE', 'Choose one of the current regions offered for this row.', [
          'input',
          'regionCode',
        ]),
      ]);

    const table = TABLE_OF[review.subject];
    const set = table === 'households' ? `region_code = $2, sigungu_code = $4` : `region_code = $2`;
    const moveParams = [review.rowId, target.code, review.oldCode];
    if (table === 'households') moveParams.push(target.parentCode);
    try {
      await tx.query(`SAVEPOINT resolve_region`);
      const [, moved] = await tx.query(
        `UPDATE ${table} SET ${set} WHERE id = $1 AND region_code = $3`,
        moveParams,
      );
      if (moved !== 1)
        return fail([
          inputError(ErrorCode.CONFLICT, 'The row is no longer on its old code.', ['input', 'id']),
        ]);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await tx.query(`ROLLBACK TO SAVEPOINT resolve_region`);
      return fail([
        inputError(ErrorCode.CONFLICT, 'The chosen 시군구 has screening rules of this version already.', [
          'input',
          'regionCode',
        ]),
      ]);
    }
    // UPDATE … RETURNING answers [rows, count].
    const [[decided]] = await tx.query(
      `UPDATE region_code_changes c SET new_code = $2, decided_at = now(), decided_by = $3 WHERE c.id = $1
       RETURNING ${REVIEW_COLUMNS}`,
      [id, target.code, ctx.actor!.userId],
    );
    return Object.assign(new ResolveRegionCodeReviewPayload(), { review: toReview(decided), errors: [] });
  });
}
