import { likeAnywhere } from '@ieum/db';
import {
  checkCapacity,
  checkResourceInput,
  fieldProblem,
  type FieldProblem,
  STALE_AFTER_YEARS,
  WEEKDAYS,
  type ResourceInput,
} from '@ieum/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { todayInKorea, weekdayAndTimeInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import { consumePublicRequest } from '../../graphql/public-rate-limit';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import { checkId, ErrorCode, fromFieldProblem, inputError, type UserError } from '../../graphql/errors';
import {
  type CreateResourceInput,
  type Resource,
  type ResourceFilter,
  ResourcePayload,
  type SetResourceCapacityInput,
  type UpdateResourceInput,
} from './resources.types';
import { RESOURCE_COLUMNS, resourcesById, toResource } from './resources.queries';

const fail = (errors: UserError[]) => Object.assign(new ResourcePayload(), { resource: null, errors });
const done = (resource: Resource | null) => Object.assign(new ResourcePayload(), { resource, errors: [] });

// Published resources for anyone; a signed-in user also sees every entry of their own agency.
export async function listResources(
  ctx: RequestContext,
  filter: ResourceFilter | undefined,
  first?: number,
  after?: string,
): Promise<Page<Resource>> {
  const db = ctx.services.dataSource;
  // Staff search all day; anyone signed out is counted per address.
  if (!ctx.actor)
    await consumePublicRequest(db, 'directory', ctx.clientAddress, ctx.services.publicRateLimit);
  const size = pageSize(first, 20);
  const cursor = decodeCursor(after, 2);
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const own = ctx.actor?.agencyId ?? null;
  const clauses = [`(r.status = 'PUBLISHED' OR r.agency_id = ${p(own)}::uuid)`];
  const search = filter?.search?.trim().slice(0, 100);
  if (search) {
    const like = p(likeAnywhere(search));
    // The index narrows by two-syllable pieces (a one-syllable word has none); the ILIKE decides.
    clauses.push(
      `r.search_bigrams @> text_bigrams(${p(search)}) AND (r.name ILIKE ${like} OR r.description ILIKE ${like})`,
    );
  }
  if (filter?.regionCode) {
    // Given in the region, or serving it, one of its ancestors (시군구, 시도), or a part of it.
    const region = p(filter.regionCode);
    clauses.push(`(r.region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = ${region})
      OR r.service_area_codes && ARRAY(SELECT ancestor_code FROM region_tree WHERE region_code = ${region})::varchar[]
      OR r.service_area_codes && ARRAY(SELECT region_code FROM region_tree WHERE ancestor_code = ${region})::varchar[])`);
  }
  if (filter?.needsDomain) clauses.push(`${p(filter.needsDomain)}::varchar = ANY(r.needs_domains)`);
  if (filter?.mine) clauses.push(`r.agency_id = ${p(own)}::uuid`);
  // The same calendar rule as isStale (29 February + 1 year is 28 February).
  if (filter?.stale)
    clauses.push(
      `r.assured_on + make_interval(years => ${p(STALE_AFTER_YEARS)}::int) <= ${p(todayInKorea())}::date`,
    );
  if (filter?.hasCapacity) clauses.push(`(r.capacity_total IS NULL OR r.capacity_available > 0)`);
  if (filter?.free) clauses.push(`(btrim(r.fee) = '' OR r.fee LIKE '%무료%')`);
  if (filter?.openNow) {
    const { weekday, time } = weekdayAndTimeInKorea();
    if ((WEEKDAYS as readonly string[]).includes(weekday))
      clauses.push(`EXISTS (SELECT 1 FROM jsonb_array_elements(r.hours) h
        WHERE h->>'weekday' = ${p(weekday)} AND h->>'opens' <= ${p(time)} AND ${p(time)} < h->>'closes')`);
  }
  const where = clauses.join(' AND ');
  const countParams = [...params];
  const rows = await db.query(
    `SELECT ${RESOURCE_COLUMNS} FROM resources r WHERE ${where}
       AND (${p(cursor?.[0] ?? null)}::text IS NULL OR (r.name, r.id) > (${p(cursor?.[0] ?? null)}, ${p(cursor?.[1] ?? null)}::uuid))
     ORDER BY r.name, r.id LIMIT ${size + 1}`,
    params,
  );
  return toPage(
    rows.map(toResource),
    size,
    cursor,
    (r) => encodeCursor([r.name, r.id]),
    async () =>
      Number((await db.query(`SELECT count(*) AS n FROM resources r WHERE ${where}`, countParams))[0].n),
  );
}

export async function getResource(ctx: RequestContext, id: string): Promise<Resource | null> {
  const [r] = await resourcesById(ctx.services.dataSource, [checkId(id)]);
  if (!r) return null;
  const visible =
    r.status === 'PUBLISHED' || r.agencyId === ctx.actor?.agencyId || ctx.actor?.role === 'ADMIN';
  return visible ? r : null;
}

/** The current regions among `codes`, with their level: one query for any number of inputs. */
export async function regionLevels(db: DataSource, codes: readonly string[]): Promise<Map<string, string>> {
  const known: { code: string; level: string }[] = await db.query(
    `SELECT code, level FROM regions WHERE code = ANY($1::varchar[]) AND retired_on IS NULL`,
    [[...new Set(codes)]],
  );
  return new Map(known.map((k) => [k.code, k.level]));
}

/**
 * The region rules checkResourceInput cannot know: the place is a current 읍면동 and every region
 * served exists. `has(field)` says whether a field already has a problem (one problem per field).
 */
export function regionProblems(
  value: ResourceInput,
  level: ReadonlyMap<string, string>,
  has: (field: string) => boolean,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!has('regionCode') && level.get(value.regionCode) !== 'EUPMYEONDONG')
    problems.push(fieldProblem('regionCode', 'NOT_ALLOWED_VALUE', 'Choose the 읍면동 where it is given.'));
  value.serviceAreaCodes.forEach((c, i) => {
    const field = `serviceAreaCodes.${i}`;
    if (!level.has(c) && !has(field))
      problems.push(fieldProblem(field, 'NOT_ALLOWED_VALUE', `No current region ${c}.`));
  });
  return problems;
}

/** Checks the input against the rules and the region list; problems at their fields. */
async function checked(ctx: RequestContext, input: CreateResourceInput) {
  const { value, problems } = checkResourceInput(input as ResourceInput);
  const level = await regionLevels(ctx.services.dataSource, [value.regionCode, ...value.serviceAreaCodes]);
  const fields = new Set(problems.map((pr) => pr.field));
  const all = [...problems, ...regionProblems(value, level, (f) => fields.has(f))];
  return { value, errors: all.map((pr) => fromFieldProblem(pr)) };
}

/** The agency a change acts for: its own, or any for an administrator. */
function agencyFor(ctx: RequestContext, asked: string | undefined): string | UserError {
  const actor = ctx.actor!;
  if (!asked || asked === actor.agencyId) return actor.agencyId;
  if (actor.role !== 'ADMIN')
    return inputError(ErrorCode.FORBIDDEN, 'You keep only your own agency’s resources.', [
      'input',
      'agencyId',
    ]);
  return checkId(asked, 'input.agencyId');
}

/** One history row per resource named, holding its row as it now is (also for a batch of ids). */
export async function writeHistory(
  tx: EntityManager,
  ids: string | readonly string[],
  action: 'CREATE' | 'UPDATE' | 'VERIFY' | 'CAPACITY',
  account: string,
) {
  await tx.query(
    `INSERT INTO resource_history (resource_id, version, action, snapshot, account)
     SELECT id, version, $2, to_jsonb(r) - 'id', $3 FROM resources r WHERE id = ANY($1::uuid[]) ORDER BY id`,
    [typeof ids === 'string' ? [ids] : ids, action, account],
  );
}

// Places already taken stay taken when the total changes; a total of null means no limit.
// `total` is the new total's SQL; the row's current capacity_total and capacity_available are read.
// `row` qualifies the current row's columns where the statement needs it ('resources.').
export const capacityAvailableAfter = (total: string, row = '') =>
  `CASE WHEN ${total} IS NULL THEN NULL
     ELSE greatest(0, ${total} - coalesce(${row}capacity_total - ${row}capacity_available, 0)) END`;

const valuesOf = (v: ResourceInput) => [
  v.name,
  v.description,
  v.needsDomains,
  v.serviceAreaCodes,
  v.address,
  v.regionCode,
  v.eligibility ?? '',
  v.criteria ? JSON.stringify(v.criteria) : null,
  v.fee ?? '',
  v.howToApply ?? '',
  v.phone,
  v.email,
  v.url,
  v.capacityTotal,
  JSON.stringify(v.hours ?? []),
  v.exclusiveCategory,
  v.status,
];

export async function createResource(
  ctx: RequestContext,
  input: CreateResourceInput,
): Promise<ResourcePayload> {
  const agency = agencyFor(ctx, input.agencyId);
  if (typeof agency !== 'string') return fail([agency]);
  const { value, errors } = await checked(ctx, input);
  if (errors.length) return fail(errors);
  const id = await ctx.services.dataSource.transaction(async (tx) => {
    const [row] = await tx.query(
      `INSERT INTO resources (name, description, needs_domains, service_area_codes, address, region_code, eligibility,
         criteria, fee, how_to_apply, phone, email, url, capacity_total, capacity_available, hours, exclusive_category, status, agency_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15, $16, $17, $18) RETURNING id`,
      [...valuesOf(value), agency],
    );
    await writeHistory(tx, row.id, 'CREATE', ctx.actor!.account);
    return row.id as string;
  });
  return done((await resourcesById(ctx.services.dataSource, [id]))[0]);
}

/** The resource for a change by its own agency (or an administrator), or the error to answer. */
async function ownResource(ctx: RequestContext, id: string): Promise<Resource | UserError> {
  const [r] = await resourcesById(ctx.services.dataSource, [checkId(id, 'input.resourceId')]);
  const path = ['input', 'resourceId'];
  if (!r) return inputError(ErrorCode.NOT_FOUND, 'There is no such resource.', path);
  if (r.agencyId !== ctx.actor!.agencyId && ctx.actor!.role !== 'ADMIN')
    return inputError(ErrorCode.FORBIDDEN, 'Only its own agency changes a resource.', path);
  return r;
}

export async function updateResource(
  ctx: RequestContext,
  input: UpdateResourceInput,
): Promise<ResourcePayload> {
  const current = await ownResource(ctx, input.resourceId);
  if (!('id' in current)) return fail([current]);
  const { value, errors } = await checked(ctx, input);
  if (errors.length) return fail(errors);
  await ctx.services.dataSource.transaction(async (tx) => {
    await tx.query(
      `UPDATE resources SET name = $1, description = $2, needs_domains = $3, service_area_codes = $4, address = $5,
         region_code = $6, eligibility = $7, criteria = $8, fee = $9, how_to_apply = $10, phone = $11, email = $12,
         url = $13, capacity_total = $14,
         capacity_available = ${capacityAvailableAfter('$14::int')},
         hours = $15, exclusive_category = $16, status = $17, version = version + 1, updated_at = now()
       WHERE id = $18`,
      [...valuesOf(value), current.id],
    );
    await writeHistory(tx, current.id, 'UPDATE', ctx.actor!.account);
  });
  return done((await resourcesById(ctx.services.dataSource, [current.id]))[0]);
}

export async function verifyResource(ctx: RequestContext, resourceId: string): Promise<ResourcePayload> {
  const current = await ownResource(ctx, resourceId);
  if (!('id' in current)) return fail([current]);
  await ctx.services.dataSource.transaction(async (tx) => {
    await tx.query(`UPDATE resources SET assured_on = $2, version = version + 1 WHERE id = $1`, [
      current.id,
      todayInKorea(),
    ]);
    await writeHistory(tx, current.id, 'VERIFY', ctx.actor!.account);
  });
  return done((await resourcesById(ctx.services.dataSource, [current.id]))[0]);
}

export async function setResourceCapacity(
  ctx: RequestContext,
  input: SetResourceCapacityInput,
): Promise<ResourcePayload> {
  const current = await ownResource(ctx, input.resourceId);
  if (!('id' in current)) return fail([current]);
  const problem = checkCapacity(input.capacityTotal ?? null, input.capacityAvailable ?? null);
  if (problem) return fail([fromFieldProblem(problem)]);
  await ctx.services.dataSource.transaction(async (tx) => {
    await tx.query(
      `UPDATE resources SET capacity_total = $2, capacity_available = $3, version = version + 1, updated_at = now() WHERE id = $1`,
      [current.id, input.capacityTotal ?? null, input.capacityAvailable ?? null],
    );
    await writeHistory(tx, current.id, 'CAPACITY', ctx.actor!.account);
  });
  return done((await resourcesById(ctx.services.dataSource, [current.id]))[0]);
}
