import { checkConsentInput, consentCoverage, householdScope, scopeCoversAncestry, can } from '@ieum/domain';
import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import { consentRecordOf, nowIso, readHousehold, recordHouseholdAccess } from './household-access';
import { checkId, ErrorCode, inputError } from '../../graphql/errors';
import { userErrorsOf } from '../../graphql/problems';
import {
  type Consent,
  ConsentCoverage,
  type RecordConsentInput,
  RecordConsentPayload,
  type WithdrawConsentInput,
  WithdrawConsentPayload,
} from './consents.types';
import { CONSENT_COLUMNS, toConsent } from './consents.queries';

async function householdForConsent(ctx: RequestContext, householdId: string) {
  const household = await ctx.loaders.household.load(checkId(householdId, 'input.householdId'));
  if (!household) return null;
  const actor = ctx.actor!;
  const ok =
    actor.agencySector === 'PUBLIC' &&
    can(actor.role, 'RECORD_CONSENT') &&
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
      errors: userErrorsOf(problems.map((p) => ({ ...p, code: 'VALIDATION' as const }))),
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

// A household's consents: its area's public workers see them all, a private agency the ones naming it.
export async function consentsOfHousehold(ctx: RequestContext, householdId: string): Promise<Consent[]> {
  const household = await readHousehold(ctx, householdId);
  if (!household) return [];
  const all = await ctx.loaders.consentsOfHousehold.load(household.id);
  const actor = ctx.actor!;
  return actor.agencySector === 'PRIVATE' ? all.filter((c) => c.granteeAgencyId === actor.agencyId) : all;
}

// Which agencies the household's consents cover, for the referral form (a private agency sees only
// its own line, as with consents).
export async function coverageOfHousehold(
  ctx: RequestContext,
  householdId: string,
): Promise<ConsentCoverage[]> {
  const household = await readHousehold(ctx, householdId);
  if (!household) return [];
  const all = (await ctx.loaders.consentsOfHousehold.load(household.id)).map(consentRecordOf);
  const actor = ctx.actor!;
  return consentCoverage(all, household.id, nowIso())
    .filter((c) => actor.agencySector === 'PUBLIC' || c.agencyId === actor.agencyId)
    .map((c) => Object.assign(new ConsentCoverage(), c));
}
