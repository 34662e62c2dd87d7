// The one guard in front of a household's data. Every reader of a household or its members (cases,
// referrals, candidates, consents, household(id)) goes through readHousehold, so the consent and
// area rule (libs/domain consent-policy.ts) reads the same everywhere and every read is logged.
import { canSee, householdAccess, householdScope, scopeCoversAncestry } from '@ieum/domain';
import type { ConsentRecord, ConsentScope, HouseholdAccess } from '@ieum/domain';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../context';
import { checkId, forbidden } from '../../graphql/errors';
import type { Household } from '../households/households.types';
import type { Consent } from './consents.types';

export const nowIso = () => new Date().toISOString();

/** A stored consent in the shape the domain's consent policy reads. */
export function consentRecordOf(c: Omit<Consent, 'active'>): ConsentRecord {
  return { ...c, withdrawnAt: c.withdrawnAt ? new Date(c.withdrawnAt).toISOString() : null };
}

// Writes an access-log row for every member of a household (a consent or case record is about them all).
export async function recordHouseholdAccess(
  ctx: RequestContext,
  householdId: string,
  action: 'READ' | 'CREATE' | 'UPDATE',
): Promise<void> {
  for (const m of await ctx.loaders.householdMembers.load(householdId)) ctx.audit.record(m.person.id, action);
}

export interface HouseholdRef {
  id: string;
  regionCode: string;
}

/**
 * What the caller may see of one household: FULL in a public worker's own area, the consented items
 * for a private agency, or NONE with the reason.
 */
export async function householdAccessOf(
  ctx: RequestContext,
  household: HouseholdRef,
): Promise<HouseholdAccess> {
  const actor = ctx.actor!;
  const inScope =
    actor.agencySector === 'PUBLIC' &&
    scopeCoversAncestry(householdScope(actor), await ctx.loaders.regionAncestry.load(household.regionCode));
  const consents =
    actor.agencySector === 'PRIVATE'
      ? (await ctx.loaders.consentsOfHousehold.load(household.id)).map(consentRecordOf)
      : [];
  return householdAccess(
    { agencySector: actor.agencySector, agencyId: actor.agencyId },
    inScope,
    consents,
    household.id,
    nowIso(),
  );
}

/**
 * Why `access` does not show `scope`, as the GraphQL error a reader answers with; null when it does.
 * Total: a consent that does not cover the item is NO_CONSENT, like no consent at all; only a
 * public worker outside the area hears FORBIDDEN.
 */
export function refusalOf(access: HouseholdAccess, scope: ConsentScope): GraphQLError | null {
  if (canSee(access, scope)) return null;
  if (access.kind === 'NONE' && access.reason === 'OUT_OF_AREA') {
    return forbidden('This household is outside your area.');
  }
  return new GraphQLError(`The resident's consent (정보제공 동의) does not cover ${scope} for your agency.`, {
    extensions: { code: 'NO_CONSENT', scope },
  });
}

/**
 * Loads a household for reading `scope` of it: null when there is none, NO_CONSENT or FORBIDDEN by
 * the domain's reason, and an access-log row per member when it is read.
 */
export async function readHousehold(
  ctx: RequestContext,
  ref: string | HouseholdRef,
  scope: ConsentScope = 'BASIC',
): Promise<Household | null> {
  const household = await ctx.loaders.household.load(typeof ref === 'string' ? checkId(ref) : ref.id);
  if (!household) return null;
  const refusal = refusalOf(await householdAccessOf(ctx, household), scope);
  if (refusal) throw refusal;
  await recordHouseholdAccess(ctx, household.id, 'READ');
  return household;
}
