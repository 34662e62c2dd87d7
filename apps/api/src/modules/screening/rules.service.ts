import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '@ieum/db';
import {
  householdScope,
  scopeCoversAncestry,
  validateRuleDocument,
  type ScreeningRuleDocument,
  can,
} from '@ieum/domain';
import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import { ErrorCode, inputError, type UserError, validationError } from '../../graphql/errors';
import { userErrorOf } from '../../graphql/problems';
import { knownKindCodes } from '../indicators/indicators.service';
import { runScoring, type ScoringPlan } from './scoring';
import {
  type PreviewScreeningRulesInput,
  PreviewScreeningRulesPayload,
  type SaveScreeningRulesInput,
  SaveScreeningRulesPayload,
  ScreeningPreview,
  ScreeningRuleSet,
} from './screening.types';

const RULE_SET_COLUMNS = `id, region_code AS "regionCode", version, document, created_at AS "createdAt"`;
const toRuleSet = (row: object, inherited = false) =>
  Object.assign(new ScreeningRuleSet(), row, { inherited });

export interface StoredRuleSet {
  id: string;
  regionCode: string | null;
  document: ScreeningRuleDocument;
}

export async function latestNational(db: DataSource): Promise<StoredRuleSet> {
  const [row] = await db.query(
    `SELECT ${RULE_SET_COLUMNS} FROM screening_rule_sets WHERE region_code IS NULL ORDER BY version DESC LIMIT 1`,
  );
  return row;
}

export async function latestLocals(db: DataSource): Promise<StoredRuleSet[]> {
  return db.query(`SELECT DISTINCT ON (region_code) ${RULE_SET_COLUMNS} FROM screening_rule_sets
                   WHERE region_code IS NOT NULL ORDER BY region_code, version DESC`);
}

export async function ruleSetsById(
  db: DataSource,
  ids: readonly string[],
): Promise<(StoredRuleSet | null)[]> {
  const rows: StoredRuleSet[] = await db.query(
    `SELECT ${RULE_SET_COLUMNS} FROM screening_rule_sets WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}

// The rules in force for a 시군구 (its own, or the national default standing in), or the national ones.
export async function effectiveRules(db: DataSource, regionCode: string | null): Promise<ScreeningRuleSet> {
  if (regionCode) {
    const [own] = await db.query(
      `SELECT ${RULE_SET_COLUMNS} FROM screening_rule_sets WHERE id = (
         SELECT s.id FROM screening_rule_sets s JOIN region_tree t ON t.ancestor_code = s.region_code
         WHERE t.region_code = $1 ORDER BY t.depth, s.version DESC LIMIT 1)`,
      [regionCode],
    );
    if (own) return toRuleSet(own);
  }
  return toRuleSet(await latestNational(db), regionCode !== null);
}

export async function ruleHistory(db: DataSource, regionCode: string | null): Promise<ScreeningRuleSet[]> {
  const rows = await db.query(
    `SELECT ${RULE_SET_COLUMNS} FROM screening_rule_sets WHERE region_code IS NOT DISTINCT FROM $1::varchar ORDER BY version DESC`,
    [regionCode],
  );
  return rows.map((r: object) => toRuleSet(r));
}

// Which rule set applies in each 시군구: the nearest 시군구 (or 시) with rules of its own, else national.
export async function buildPlan(
  db: DataSource,
  asOf: string,
  national: StoredRuleSet,
  locals: StoredRuleSet[],
): Promise<ScoringPlan> {
  const sigungu: { code: string; ancestry: string[] }[] = await db.query(
    `SELECT r.code, array_agg(t.ancestor_code ORDER BY t.depth) AS ancestry
     FROM regions r JOIN region_tree t ON t.region_code = r.code WHERE r.level = 'SIGUNGU' GROUP BY r.code`,
  );
  const localByRegion = new Map(locals.map((l) => [l.regionCode!, l]));
  const nationalUse = { key: national.id, document: national.document };
  const localUse = new Map(locals.map((l) => [l.id, { key: l.id, document: l.document }]));
  const assignments: ScoringPlan['assignments'] = new Map();
  for (const s of sigungu) {
    const local = s.ancestry.map((code) => localByRegion.get(code)).find(Boolean);
    assignments.set(
      s.code,
      local ? { ruleSet: localUse.get(local.id)!, isLocal: true } : { ruleSet: nationalUse, isLocal: false },
    );
  }
  return { asOf, nationalQuota: national.document.quota, assignments };
}

type Check = { ok: true; regionCode: string | null } | { ok: false; errors: UserError[] };

// National rules are the ministry's (ANALYST); a 시군구's are its supervisor's.
async function checkRuleAuthority(
  ctx: RequestContext,
  regionCode: string | null | undefined,
): Promise<Check> {
  const actor = ctx.actor!;
  const forbidden = (message: string): Check => ({
    ok: false,
    errors: [inputError(ErrorCode.FORBIDDEN, message, ['input', 'regionCode'])],
  });
  if (!regionCode)
    return can(actor.role, 'EDIT_NATIONAL_RULES')
      ? { ok: true, regionCode: null }
      : forbidden('Only a ministry analyst sets the national rules.');
  const region = await ctx.loaders.region.load(regionCode);
  if (!region || region.level !== 'SIGUNGU')
    return {
      ok: false,
      errors: [
        validationError('NOT_ALLOWED_VALUE', 'Rules are set per 시군구: give a 시군구 code.', [
          'input',
          'regionCode',
        ]),
      ],
    };
  if (
    !can(actor.role, 'EDIT_LOCAL_RULES') ||
    !scopeCoversAncestry(householdScope(actor), await ctx.loaders.regionAncestry.load(regionCode))
  ) {
    return forbidden("Only the 시군구's supervisor sets its rules.");
  }
  return { ok: true, regionCode };
}

async function validate(
  ctx: RequestContext,
  document: unknown,
): Promise<{ ok: true; doc: ScreeningRuleDocument } | { ok: false; errors: UserError[] }> {
  const result = validateRuleDocument(document, await knownKindCodes(ctx.services.dataSource));
  if (result.ok) return { ok: true, doc: result.value };
  return {
    ok: false,
    errors: result.error.map((p) =>
      userErrorOf({ ...p, code: 'VALIDATION', field: ['document', ...p.path].join('.') }),
    ),
  };
}

export async function saveRules(
  ctx: RequestContext,
  input: SaveScreeningRulesInput,
): Promise<SaveScreeningRulesPayload> {
  const fail = (errors: UserError[]) =>
    Object.assign(new SaveScreeningRulesPayload(), { ruleSet: null, errors });
  const authority = await checkRuleAuthority(ctx, input.regionCode);
  if (!authority.ok) return fail(authority.errors);
  const valid = await validate(ctx, input.document);
  if (!valid.ok) return fail(valid.errors);
  try {
    const [row] = await ctx.services.dataSource.query(
      `INSERT INTO screening_rule_sets (region_code, version, document, created_by)
       SELECT $1::varchar, coalesce(max(version), 0) + 1, $2, $3 FROM screening_rule_sets WHERE region_code IS NOT DISTINCT FROM $1::varchar
       RETURNING ${RULE_SET_COLUMNS}`,
      [authority.regionCode, JSON.stringify(valid.doc), ctx.actor!.userId],
    );
    return Object.assign(new SaveScreeningRulesPayload(), { ruleSet: toRuleSet(row), errors: [] });
  } catch (e) {
    if (isUniqueViolation(e))
      return fail([
        inputError(ErrorCode.CONFLICT, 'Someone saved these rules at the same moment; reload and try again.'),
      ]);
    throw e;
  }
}

// Scores with the draft inside a transaction that is rolled back: nothing is stored.
export async function previewRules(
  ctx: RequestContext,
  input: PreviewScreeningRulesInput,
): Promise<PreviewScreeningRulesPayload> {
  const fail = (errors: UserError[]) =>
    Object.assign(new PreviewScreeningRulesPayload(), { preview: null, errors });
  const authority = await checkRuleAuthority(ctx, input.regionCode);
  if (!authority.ok) return fail(authority.errors);
  const valid = await validate(ctx, input.document);
  if (!valid.ok) return fail(valid.errors);
  const db = ctx.services.dataSource;
  const draft = { id: 'draft', regionCode: authority.regionCode, document: valid.doc };
  const locals = (await latestLocals(db)).filter((l) => l.regionCode !== authority.regionCode);
  const national = authority.regionCode ? await latestNational(db) : draft;
  const plan = await buildPlan(
    db,
    input.asOf ?? todayInKorea(),
    national,
    authority.regionCode ? [...locals, draft] : locals,
  );
  if (authority.regionCode) {
    // Only the 시군구 being edited (and its 일반구) is scored.
    const inside = new Set(
      (
        await db.query(`SELECT region_code FROM region_tree WHERE ancestor_code = $1`, [authority.regionCode])
      ).map((r: { region_code: string }) => r.region_code),
    );
    for (const code of [...plan.assignments.keys()]) if (!inside.has(code)) plan.assignments.delete(code);
  }
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    const counts = await runScoring(runner, plan);
    return Object.assign(new PreviewScreeningRulesPayload(), {
      preview: Object.assign(new ScreeningPreview(), counts),
      errors: [],
    });
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
  }
}
