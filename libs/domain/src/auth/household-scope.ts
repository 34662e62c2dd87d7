// Which households an actor may see, by region. Least privilege: every unclear case is NONE.
import { isRegionCode, regionContains, regionLevelOf, sigunguCodeOf } from '../regions/region-code';
import { can } from './permissions';
import type { Actor } from './roles';

export type HouseholdScope = { kind: 'ALL' } | { kind: 'REGION'; regionCode: string } | { kind: 'NONE' };

const NONE: HouseholdScope = { kind: 'NONE' };

export function householdScope(actor: Actor): HouseholdScope {
  // Checked first, even for ANALYST and ADMIN: a private agency sees personal data only through
  // consent (개인정보 보호법 제17조), which is granted per household, not by scope.
  if (actor.agencySector !== 'PUBLIC') return NONE;
  if (actor.role === 'ANALYST' || actor.role === 'ADMIN') return { kind: 'ALL' };

  const region = actor.agencyRegionCode;
  if (region === null || !isRegionCode(region) || !region.endsWith('00')) return NONE;

  switch (actor.role) {
    case 'SUPERVISOR':
      // A supervisor oversees the whole 시군구; at a 시도 agency, its own 시도 as is.
      return {
        kind: 'REGION',
        regionCode: regionLevelOf(region) === 'SIDO' ? region : sigunguCodeOf(region),
      };
    case 'CASE_WORKER':
    case 'AGENCY_WORKER':
      return { kind: 'REGION', regionCode: region };
    default:
      return NONE;
  }
}

export function scopeCovers(scope: HouseholdScope, regionCode: string): boolean {
  switch (scope.kind) {
    case 'ALL':
      return isRegionCode(regionCode) && regionCode.endsWith('00');
    case 'REGION':
      return regionContains(scope.regionCode, regionCode);
    case 'NONE':
      return false;
  }
}

/**
 * With the region tree: `ancestry` is the region's code followed by its ancestors' codes. Unlike the
 * prefix rule, this covers a 시's 일반구 (수원시 4111000000 → 장안구 4111100000).
 */
export function scopeCoversAncestry(scope: HouseholdScope, ancestry: readonly string[]): boolean {
  switch (scope.kind) {
    case 'ALL':
      return ancestry.length > 0;
    case 'REGION':
      return ancestry.includes(scope.regionCode);
    case 'NONE':
      return false;
  }
}

/** Registration is a duty of public 보장기관 (사회보장급여법); ANALYST is read-only, AGENCY_WORKER refers. */
export function mayRegisterHouseholds(actor: Actor): boolean {
  if (actor.agencySector !== 'PUBLIC') return false;
  return can(actor.role, 'REGISTER_HOUSEHOLD');
}

export function canRegisterHousehold(actor: Actor, regionCode: string): boolean {
  return mayRegisterHouseholds(actor) && scopeCovers(householdScope(actor), regionCode);
}
