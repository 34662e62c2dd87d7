import type { DataSource } from 'typeorm';
import {
  checkConsentInput,
  householdAccess,
  householdScope,
  isConsentActive,
  scopeCoversAncestry,
  type ConsentRecord,
  type HouseholdAccess,
} from '@ieum/domain';
import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import { checkId, ErrorCode, forbidden, inputError } from '../../graphql/errors';
import { GraphQLError } from 'graphql';
import {
  Consent,
  type RecordConsentInput,
  RecordConsentPayload,
  type WithdrawConsentInput,
  WithdrawConsentPayload,
} from './consents.types';

const CONSENT_COLUMNS = `id, household_id AS "householdId", grantee_agency_id AS "granteeAgencyId", scopes, purpose,
  to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_until, 'YYYY-MM-DD') AS "validUntil",
  refusal_right_notified AS "refusalRightNotified", recorded_at AS "recordedAt", withdrawn_at AS "withdrawnAt"`;

export const nowIso = () => new Date().toISOString();

export function toConsent(row: Omit<Consent, 'active'>): Consent {
  const record = asRecord(row);
  return Object.assign(new Consent(), row, { active: isConsentActive(record, nowIso()) });
}

function asRecord(c: Omit<Consent, 'active'>): ConsentRecord {
  return { ...c, withdrawnAt: c.withdrawnAt ? new Date(c.withdrawnAt).toISOString() : null };
}

// Every consent of each household, for the per-request access checks.
export async function consentsByHousehold(
  db: DataSource,
  householdIds: readonly string[],
): Promise<Consent[][]> {
  const rows = await db.query(
    `SELECT ${CONSENT_COLUMNS} FROM consents WHERE household_id = ANY($1::uuid[]) ORDER BY recorded_at DESC`,
    [householdIds],
  );
  const by = new Map<string, Consent[]>();
  for (const r of rows) by.set(r.householdId, [...(by.get(r.householdId) ?? []), toConsent(r)]);
  return householdIds.map((id) => by.get(id) ?? []);
}

// What the caller may see of a household: FULL in a public worker's own area, the consented items
// for a private agency, or nothing.
export async function accessToHousehold(
  ctx: RequestContext,
  household: { id: string; regionCode: string },
): Promise<HouseholdAccess> {
  const actor = ctx.actor!;
  const inScope =
    actor.agencySector === 'PUBLIC' &&
    scopeCoversAncestry(householdScope(actor), await ctx.loaders.regionAncestry.load(household.regionCode));
  const consents =
    actor.agencySector === 'PRIVATE'
      ? (await ctx.loaders.consentsOfHousehold.load(household.id)).map(asRecord)
      : [];
  return householdAccess(
    { agencySector: actor.agencySector, agencyId: actor.agencyId },
    inScope,
    consents,
    household.id,
    nowIso(),
  );
}

export function refuse(access: HouseholdAccess): never {
  if (access.kind === 'NONE' && access.reason === 'NO_CONSENT') {
    throw new GraphQLError(
      'The resident has not consented to share this with your agency (정보제공 동의 없음).',
      { extensions: { code: 'NO_CONSENT' } },
    );
  }
  throw forbidden('This household is outside your area.');
}

async function householdForConsent(ctx: RequestContext, householdId: string) {
  const household = await ctx.loaders.household.load(checkId(householdId, 'input.householdId'));
  if (!household) return null;
  const actor = ctx.actor!;
  const ok =
    actor.agencySector === 'PUBLIC' &&
    ['CASE_WORKER', 'SUPERVISOR'].includes(actor.role) &&
    scopeCoversAncestry(householdScope(actor), await ctx.loaders.regionAncestry.load(household.regionCode));
  return { household, ok };
}

// A public worker records the resident's consent; the consent itself is the record 제17조 asks for.
export async function recordConsent(
  ctx: RequestContext,
  input: RecordConsentInput,
): Promise<RecordConsentPayload> {
  const fail = (code: ErrorCode, message: string, path: string[] | null) =>
    Object.assign(new RecordConsentPayload(), { consent: null, errors: [inputError(code, message, path)] });
  const found = await householdForConsent(ctx, input.householdId);
  if (!found) return fail(ErrorCode.NOT_FOUND, 'No such household.', ['input', 'householdId']);
  if (!found.ok)
    return fail(ErrorCode.FORBIDDEN, 'Consent is recorded by a public worker of the household’s area.', [
      'input',
      'householdId',
    ]);
  const agency = await ctx.loaders.agency.load(checkId(input.granteeAgencyId, 'input.granteeAgencyId'));
  if (!agency) return fail(ErrorCode.NOT_FOUND, 'No such agency.', ['input', 'granteeAgencyId']);
  const today = todayInKorea();
  const candidate = {
    scopes: input.scopes,
    purpose: input.purpose.trim(),
    validFrom: input.validFrom ?? today,
    validUntil: input.validUntil,
    refusalRightNotified: input.refusalRightNotified ?? true,
  };
  const problems = checkConsentInput(candidate, today);
  if (problems.length) {
    return Object.assign(new RecordConsentPayload(), {
      consent: null,
      errors: problems.map((p) => inputError(ErrorCode.VALIDATION, p.message, ['input', p.field])),
    });
  }
  const [row] = await ctx.services.dataSource.query(
    `INSERT INTO consents (household_id, grantee_agency_id, scopes, purpose, valid_from, valid_until, refusal_right_notified, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${CONSENT_COLUMNS}`,
    [
      found.household.id,
      agency.id,
      candidate.scopes,
      candidate.purpose,
      candidate.validFrom,
      candidate.validUntil,
      candidate.refusalRightNotified,
      ctx.actor!.userId,
    ],
  );
  await recordHouseholdAccess(ctx, found.household.id, 'CREATE');
  return Object.assign(new RecordConsentPayload(), { consent: toConsent(row), errors: [] });
}

// Withdrawal (동의 철회) takes effect at once: every later read checks the consent again.
export async function withdrawConsent(
  ctx: RequestContext,
  input: WithdrawConsentInput,
): Promise<WithdrawConsentPayload> {
  const fail = (code: ErrorCode, message: string) =>
    Object.assign(new WithdrawConsentPayload(), {
      consent: null,
      errors: [inputError(code, message, ['input', 'consentId'])],
    });
  const db = ctx.services.dataSource;
  const [current] = await db.query(`SELECT ${CONSENT_COLUMNS} FROM consents WHERE id = $1`, [
    checkId(input.consentId, 'input.consentId'),
  ]);
  if (!current) return fail(ErrorCode.NOT_FOUND, 'No such consent.');
  const found = await householdForConsent(ctx, current.householdId);
  if (!found?.ok)
    return fail(ErrorCode.FORBIDDEN, 'A public worker of the household’s area records a withdrawal.');
  const rows = await db.query(
    `WITH u AS (UPDATE consents SET withdrawn_at = now(), withdrawn_by = $2 WHERE id = $1 AND withdrawn_at IS NULL RETURNING *)
     SELECT ${CONSENT_COLUMNS} FROM u`,
    [current.id, ctx.actor!.userId],
  );
  if (!rows.length) return fail(ErrorCode.INVALID_STATE, 'This consent was already withdrawn.');
  await recordHouseholdAccess(ctx, current.householdId, 'UPDATE');
  return Object.assign(new WithdrawConsentPayload(), { consent: toConsent(rows[0]), errors: [] });
}

// Writes an access-log row for every member of a household (a consent or case record is about them all).
export async function recordHouseholdAccess(
  ctx: RequestContext,
  householdId: string,
  action: 'READ' | 'CREATE' | 'UPDATE',
): Promise<void> {
  for (const m of await ctx.loaders.householdMembers.load(householdId)) ctx.audit.record(m.person.id, action);
}
