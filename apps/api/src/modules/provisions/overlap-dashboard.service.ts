import type { NeedsDomain } from '@ieum/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { badInput } from '../../graphql/errors';
import type { DatePeriod } from '../cases/cases.types';
import { regionWithinScope } from '../regions/region-scope';
import {
  OverlapAgencyPair,
  OverlapDomainCount,
  OverlapMonth,
  ProvisionOverlapDashboard,
} from './overlap-dashboard.types';

/** One group of overlapping pairs: same domain, agency pair, month and override state. */
export interface OverlapGroup {
  domain: NeedsDomain | null;
  firstAgencyId: string;
  secondAgencyId: string;
  month: string;
  overridden: boolean;
  overlaps: number;
}

// The SQL form of `provisionsOverlap` (libs/domain/src/provisions/provision-rules.ts), for every pair
// of a district's provisions at once: the same household, periods sharing a day (an open end reaches
// forever), and the same resource or the same needs domain with the same exclusive category. Each pair
// is counted once, at the later of the two (by the time it was recorded): the one the check warned
// about, and whose override reason says whether it was recorded anyway. The test checks this against
// the domain rule over generated ledgers.
const OVERLAP_GROUPS = `
  WITH scoped AS (
    SELECT p.id, p.household_id, p.agency_id, p.resource_id, p.needs_domain, p.starts_on, p.ends_on,
           p.override_reason, p.recorded_at, nullif(btrim(normalize(p.exclusive_category, NFC)), '') AS category
    FROM provisions p JOIN households h ON h.id = p.household_id
    WHERE ($1::varchar IS NULL OR h.region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = $1))
  )
  SELECT coalesce(l.needs_domain, e.needs_domain) AS domain,
         least(e.agency_id, l.agency_id) AS "firstAgencyId", greatest(e.agency_id, l.agency_id) AS "secondAgencyId",
         to_char(l.recorded_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM') AS month,
         (l.override_reason IS NOT NULL) AS overridden, count(*)::int AS overlaps
  FROM scoped l JOIN scoped e
    ON e.household_id = l.household_id
   AND (e.recorded_at, e.id) < (l.recorded_at, l.id)
   AND (e.ends_on IS NULL OR l.starts_on <= e.ends_on)
   AND (l.ends_on IS NULL OR e.starts_on <= l.ends_on)
   AND ((l.resource_id IS NOT NULL AND l.resource_id = e.resource_id)
        OR (l.category IS NOT NULL AND l.needs_domain IS NOT NULL
            AND l.needs_domain = e.needs_domain AND l.category = e.category))
  WHERE ($2::date IS NULL OR (l.recorded_at AT TIME ZONE 'Asia/Seoul')::date >= $2)
    AND ($3::date IS NULL OR (l.recorded_at AT TIME ZONE 'Asia/Seoul')::date <= $3)
  GROUP BY 1, 2, 3, 4, 5`;

/** The overlapping pairs of the region's provisions (null: everywhere) recorded in the period, grouped. */
export function overlapGroups(
  db: DataSource | EntityManager,
  regionCode: string | null,
  period?: DatePeriod | null,
): Promise<OverlapGroup[]> {
  return db.query(OVERLAP_GROUPS, [regionCode, period?.from ?? null, period?.to ?? null]);
}

/** The dashboard's totals, by domain, agency pair and month, from the groups the statement returns. */
export function summariseOverlaps(regionCode: string | null, groups: readonly OverlapGroup[]) {
  const add = <T extends { overlaps: number; overridden: number }>(into: T, g: OverlapGroup) => {
    into.overlaps += g.overlaps;
    if (g.overridden) into.overridden += g.overlaps;
    return into;
  };
  const byDomain = new Map<string, OverlapDomainCount>();
  const byPair = new Map<string, OverlapAgencyPair>();
  const byMonth = new Map<string, OverlapMonth>();
  const total = Object.assign(new ProvisionOverlapDashboard(), { regionCode, overlaps: 0, overridden: 0 });
  for (const g of groups) {
    add(total, g);
    const domainKey = g.domain ?? '';
    if (!byDomain.has(domainKey))
      byDomain.set(
        domainKey,
        Object.assign(new OverlapDomainCount(), { domain: g.domain, overlaps: 0, overridden: 0 }),
      );
    add(byDomain.get(domainKey)!, g);
    const pairKey = `${g.firstAgencyId}/${g.secondAgencyId}`;
    if (!byPair.has(pairKey))
      byPair.set(
        pairKey,
        Object.assign(new OverlapAgencyPair(), {
          firstAgencyId: g.firstAgencyId,
          secondAgencyId: g.secondAgencyId,
          overlaps: 0,
          overridden: 0,
        }),
      );
    add(byPair.get(pairKey)!, g);
    if (!byMonth.has(g.month))
      byMonth.set(g.month, Object.assign(new OverlapMonth(), { month: g.month, overlaps: 0, overridden: 0 }));
    add(byMonth.get(g.month)!, g);
  }
  const mostFirst = (a: { overlaps: number }, b: { overlaps: number }) => b.overlaps - a.overlaps;
  return Object.assign(total, {
    byDomain: [...byDomain.values()].sort(mostFirst),
    byAgencyPair: [...byPair.values()].sort(mostFirst),
    byMonth: [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)),
  });
}

// Counts only: no household, person, amount or note leaves this query, so it needs no consent and
// writes no access log row; the district is the supervisor's own (any region for country-wide roles).
export async function provisionOverlapDashboard(
  ctx: RequestContext,
  regionCode: string | undefined,
  period?: DatePeriod,
): Promise<ProvisionOverlapDashboard> {
  const region = await regionWithinScope(ctx, regionCode, 'Your agency has no district dashboard.');
  if (period && period.from > period.to) throw badInput('The period ends before it starts.', 'period');
  return summariseOverlaps(region, await overlapGroups(ctx.services.dataSource, region, period));
}
