import { canSee, checkProvisionInput, overlapsOf, type NeedsDomain, type ProvisionFacts } from '@ieum/domain';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../context';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import {
  checkId,
  ErrorCode,
  fromFieldProblem,
  inputError,
  validationError,
  type UserError,
} from '../../graphql/errors';
import { householdAccessOf, readHousehold, recordHouseholdAccess } from '../consents/household-access';
import { consentRequired } from '../consents/consents.types';
import type { Household } from '../households/households.types';
import type { Resource } from '../resources/resources.types';
import { PROVISION_COLUMNS, provisionsNotEndedBefore, toProvision } from './provisions.queries';
import {
  type Provision,
  ProvisionOverlap,
  ProvisionOverlapsPayload,
  type ProvisionOverlapsInput,
  type RecordProvisionInput,
  RecordProvisionPayload,
} from './provisions.types';

// Serialises check-then-write per household, so two agencies recording the same help at the same
// moment cannot both pass the duplicate check (the first key names this lock's kind).
const PROVISION_LOCK = 7301;

type Seen = { ok: true; household: Household; finances: boolean } | { ok: false; error: UserError };

/**
 * The household through the one access guard (readHousehold: area for public workers, consent for
 * private agencies; it logs the read), with its refusals as payload errors, and whether the caller
 * may see the household's FINANCES (other agencies' amounts).
 */
async function householdFor(ctx: RequestContext, householdId: string): Promise<Seen> {
  const at = ['input', 'householdId'];
  let household: Household | null;
  try {
    household = await readHousehold(ctx, checkId(householdId, 'input.householdId'), 'BASIC');
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    const code = e.extensions.code;
    if (code === 'NO_CONSENT')
      return { ok: false, error: consentRequired(householdId, 'BASIC', e.message, at) };
    if (code === 'FORBIDDEN') return { ok: false, error: inputError(ErrorCode.FORBIDDEN, e.message, at) };
    throw e;
  }
  if (!household) return { ok: false, error: inputError(ErrorCode.NOT_FOUND, 'No such household.', at) };
  const finances = canSee(await householdAccessOf(ctx, household), 'FINANCES');
  return { ok: true, household, finances };
}

/** Amounts of other agencies' provisions only where the resident's consent covers FINANCES. */
function shown(ctx: RequestContext, finances: boolean, p: Provision): Provision {
  return finances || p.agencyId === ctx.actor!.agencyId ? p : Object.assign(p, { amount: null });
}

/** A resource the caller may name: published, or of their own agency. */
async function resourceFor(ctx: RequestContext, id: string): Promise<Resource | UserError> {
  const r = await ctx.loaders.resource.load(checkId(id, 'input.resourceId'));
  if (!r || (r.status !== 'PUBLISHED' && r.agencyId !== ctx.actor!.agencyId))
    return inputError(ErrorCode.NOT_FOUND, 'No such resource.', ['input', 'resourceId']);
  return r;
}

/** The facts the overlap rule reads of the provision asked about. */
function factsOf(
  householdId: string,
  resource: Resource | null,
  needsDomain: NeedsDomain | null | undefined,
  startsOn: string,
  endsOn: string | null | undefined,
): ProvisionFacts {
  return {
    householdId,
    resourceId: resource?.id ?? null,
    needsDomain: needsDomain ?? resource?.needsDomains[0] ?? null,
    exclusiveCategory: resource?.exclusiveCategory ?? null,
    startsOn,
    endsOn: endsOn ?? null,
  };
}

const overlapList = (ctx: RequestContext, finances: boolean, provisions: Provision[]) =>
  provisions.map((p) => Object.assign(new ProvisionOverlap(), { provision: shown(ctx, finances, p) }));

// 중복 확인: the provisions of the household, by any agency, that the one described would duplicate.
export async function provisionOverlaps(
  ctx: RequestContext,
  input: ProvisionOverlapsInput,
): Promise<ProvisionOverlapsPayload> {
  const fail = (errors: UserError[]) =>
    Object.assign(new ProvisionOverlapsPayload(), { overlaps: [], errors });
  const seen = await householdFor(ctx, input.householdId);
  if (!seen.ok) return fail([seen.error]);
  const errors = checkProvisionInput(input, 'CHECK').map((p) => fromFieldProblem(p));
  if (errors.length) return fail(errors);
  const resource = input.resourceId ? await resourceFor(ctx, input.resourceId) : null;
  if (resource && !('id' in resource)) return fail([resource]);
  const facts = factsOf(seen.household.id, resource, input.needsDomain, input.startsOn, input.endsOn);
  const recorded = await provisionsNotEndedBefore(ctx.services.dataSource, seen.household.id, input.startsOn);
  return Object.assign(new ProvisionOverlapsPayload(), {
    overlaps: overlapList(ctx, seen.finances, overlapsOf(facts, recorded)),
    errors: [],
  });
}

// 제공 기록: the caller's agency gives the household (or one member) a resource or a service. An
// overlap with any agency's provision refuses it with DUPLICATE_PROVISION and the overlaps, unless
// the worker gives the reason to give it anyway, which is kept with it.
export async function recordProvision(
  ctx: RequestContext,
  input: RecordProvisionInput,
): Promise<RecordProvisionPayload> {
  const fail = (errors: UserError[], overlaps: ProvisionOverlap[] = []) =>
    Object.assign(new RecordProvisionPayload(), { provision: null, overlaps, errors });
  const seen = await householdFor(ctx, input.householdId);
  if (!seen.ok) return fail([seen.error]);
  const { household, finances } = seen;
  const errors: UserError[] = checkProvisionInput(input).map((p) => fromFieldProblem(p));
  if (input.personId) {
    const members = await ctx.loaders.householdMembers.load(household.id);
    if (!members.some((m) => m.person.id === input.personId))
      errors.push(
        validationError('NOT_ALLOWED_VALUE', 'Choose a member of this household.', ['input', 'personId']),
      );
  }
  if (errors.length) return fail(errors);
  const actor = ctx.actor!;
  let resource: Resource | null = null;
  if (input.resourceId) {
    const found = await resourceFor(ctx, input.resourceId);
    if (!('id' in found)) return fail([found]);
    if (found.agencyId !== actor.agencyId)
      return fail([
        inputError(
          ErrorCode.FORBIDDEN,
          'A provision is recorded by the agency that gives it; this resource is another agency’s.',
          ['input', 'resourceId'],
        ),
      ]);
    resource = found;
  }
  const facts = factsOf(household.id, resource, input.needsDomain, input.startsOn, input.endsOn);
  const reason = input.overrideReason?.trim() || null;
  const db = ctx.services.dataSource;
  const written = await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [PROVISION_LOCK, household.id]);
    const overlaps = overlapsOf(facts, await provisionsNotEndedBefore(tx, household.id, facts.startsOn));
    if (overlaps.length && !reason) return { overlaps, provision: null };
    const [row] = await tx.query(
      `WITH p AS (INSERT INTO provisions (household_id, person_id, resource_id, agency_id, service, needs_domain,
                                 exclusive_category, starts_on, ends_on, amount, override_reason, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *)
       SELECT ${PROVISION_COLUMNS} FROM p`,
      [
        household.id,
        input.personId ?? null,
        facts.resourceId,
        actor.agencyId,
        input.service?.trim() || resource!.name,
        facts.needsDomain,
        facts.exclusiveCategory,
        facts.startsOn,
        facts.endsOn,
        input.amount ?? null,
        overlaps.length ? reason : null,
        actor.account,
      ],
    );
    return { overlaps, provision: toProvision(row) };
  });
  const overlaps = overlapList(ctx, finances, written.overlaps);
  if (!written.provision)
    return fail(
      [
        inputError(
          ErrorCode.DUPLICATE_PROVISION,
          'The household already gets this help for the same period; give an override reason to record it anyway.',
          ['input', 'overrideReason'],
        ),
      ],
      overlaps,
    );
  await recordHouseholdAccess(ctx, household.id, 'CREATE');
  return Object.assign(new RecordProvisionPayload(), {
    provision: written.provision,
    overlaps,
    errors: [],
  });
}

// 제공 이력 of a household, newest first (by start, then by when recorded).
export async function listProvisions(
  ctx: RequestContext,
  householdId: string,
  first?: number,
  after?: string,
): Promise<Page<Provision>> {
  const size = pageSize(first, 20);
  const cursor = decodeCursor(after, 3);
  const household = await readHousehold(ctx, checkId(householdId, 'householdId'), 'BASIC');
  const empty = toPage<Provision>(
    [],
    size,
    cursor,
    () => '',
    async () => 0,
  );
  if (!household) return empty;
  const finances = canSee(await householdAccessOf(ctx, household), 'FINANCES');
  const db = ctx.services.dataSource;
  const rows = await db.query(
    `SELECT ${PROVISION_COLUMNS}, p.recorded_at::text AS "recordedKey" FROM provisions p
     WHERE p.household_id = $1
       AND ($2::date IS NULL OR (p.starts_on, p.recorded_at, p.id) < ($2::date, $3::timestamptz, $4::uuid))
     ORDER BY p.starts_on DESC, p.recorded_at DESC, p.id DESC LIMIT ${size + 1}`,
    [household.id, cursor?.[0] ?? null, cursor?.[1] ?? null, cursor?.[2] ?? null],
  );
  return toPage(
    rows.map((r: Parameters<typeof toProvision>[0]) => shown(ctx, finances, toProvision(r))),
    size,
    cursor,
    (p) => encodeCursor([p.startsOn, p.recordedKey, p.id]),
    async () =>
      Number(
        (await db.query(`SELECT count(*) AS n FROM provisions WHERE household_id = $1`, [household.id]))[0].n,
      ),
  );
}
