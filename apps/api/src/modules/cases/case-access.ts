import {
  CONSENT_SCOPES,
  canSee,
  householdScope,
  scopeCoversAncestry,
  type ConsentScope,
  type HouseholdAccess,
  can,
} from '@ieum/domain';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../context';
import { forbidden } from '../../graphql/errors';
import { householdAccessOf } from '../consents/household-access';
import { CaseAccess, type Case } from './cases.types';

export interface CaseView {
  access: HouseholdAccess;
  // Lead agency, a public worker of the area, or a partner agency with consent.
  isTeam: boolean;
  // May assess, plan, hold conferences and close: the lead agency or a public worker of the area.
  isLead: boolean;
}

// What the caller may do with a case. Public workers of the household's area see it whole; a
// private partner agency sees the items its consents cover, and nothing once they are withdrawn.
export async function viewOfCase(ctx: RequestContext, c: Case): Promise<CaseView> {
  const actor = ctx.actor!;
  const household = { id: c.householdId, regionCode: c.regionCode };
  const access = await householdAccessOf(ctx, household);
  const partners = await ctx.loaders.casePartners.load(c.id);
  const isPartner = partners.includes(actor.agencyId);
  const inArea =
    actor.agencySector === 'PUBLIC' &&
    can(actor.role, 'OPEN_CASE') &&
    scopeCoversAncestry(householdScope(actor), await ctx.loaders.regionAncestry.load(c.regionCode));
  const isLeadAgency = actor.agencyId === c.leadAgencyId;
  return {
    access,
    isLead: isLeadAgency || inArea,
    isTeam: isLeadAgency || inArea || (isPartner && access.kind === 'CONSENTED'),
  };
}

export function requireVisible(view: CaseView, isPartner: boolean): void {
  if (view.access.kind === 'FULL' || view.access.kind === 'CONSENTED') {
    if (view.access.kind === 'CONSENTED' && !isPartner && !view.isTeam)
      throw forbidden('Your agency is not on this case.');
    return;
  }
  if (view.access.reason === 'NO_CONSENT' && isPartner) {
    throw new GraphQLError(
      'The resident has not consented to share this case with your agency (정보제공 동의 없음).',
      { extensions: { code: 'NO_CONSENT' } },
    );
  }
  throw forbidden('This case is outside your area.');
}

export function mayRead(view: CaseView, scope: ConsentScope): boolean {
  return canSee(view.access, scope);
}

// The caller's view of a case for the client: whole, or the consented items.
export async function caseAccessOf(ctx: RequestContext, c: Case): Promise<CaseAccess> {
  const { access } = await viewOfCase(ctx, c);
  return Object.assign(new CaseAccess(), {
    full: access.kind === 'FULL',
    scopes:
      access.kind === 'FULL' ? [...CONSENT_SCOPES] : access.kind === 'CONSENTED' ? [...access.scopes] : [],
  });
}
