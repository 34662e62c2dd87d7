import { householdScope, scopeCoversAncestry } from '@ieum/domain';
import type { RequestContext } from '../../context';
import { forbidden } from '../../graphql/errors';

// The region a list covers: the one asked for, which must lie inside the caller's area (FORBIDDEN,
// never an empty list), or else the caller's whole area (null: everywhere). An unknown code lists
// nothing, so there is nothing to hide. Households, candidates and dashboards all use this.
export async function regionWithinScope(
  ctx: RequestContext,
  regionCode: string | null | undefined,
  noAccess: string,
): Promise<string | null> {
  const scope = householdScope(ctx.actor!);
  if (scope.kind === 'NONE') throw forbidden(noAccess);
  if (!regionCode) return scope.kind === 'ALL' ? null : scope.regionCode;
  const ancestry = await ctx.loaders.regionAncestry.load(regionCode);
  if (ancestry.length && !scopeCoversAncestry(scope, ancestry))
    throw forbidden('This region is outside your area.');
  return regionCode;
}
