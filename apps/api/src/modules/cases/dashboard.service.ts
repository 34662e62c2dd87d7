import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import { regionWithinScope } from '../regions/region-scope';
import {
  CaseDashboard,
  CaseStatusCount,
  NeedsDomainCount,
  ReferralFlow,
  WorkerCaseload,
} from './cases.types';

// A district's caseload by worker and status, referral flow between agencies and needs by domain,
// each one aggregate statement over the cases of households in the region.
export async function caseDashboard(
  ctx: RequestContext,
  regionCode: string | undefined,
): Promise<CaseDashboard> {
  const db = ctx.services.dataSource;
  const region = await regionWithinScope(ctx, regionCode, 'Your agency has no district dashboard.');
  const inRegion = `($1::varchar IS NULL OR h.region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = $1))`;
  const [workers, statuses, flows, needs] = await Promise.all([
    db.query(
      `SELECT c.responsible_user_id AS "workerId", count(*) FILTER (WHERE c.status = 'OPEN')::int AS open,
                     count(*) FILTER (WHERE c.status = 'CLOSED')::int AS closed
              FROM cases c JOIN households h ON h.id = c.household_id WHERE ${inRegion} GROUP BY 1 ORDER BY open DESC, 1`,
      [region],
    ),
    db.query(
      `SELECT c.status, count(*)::int AS count FROM cases c JOIN households h ON h.id = c.household_id WHERE ${inRegion} GROUP BY 1 ORDER BY 1`,
      [region],
    ),
    db.query(
      `SELECT r.from_agency_id AS "fromAgencyId", r.to_agency_id AS "toAgencyId", count(*)::int AS sent,
                     count(*) FILTER (WHERE r.status IN ('ACCEPTED', 'IN_SERVICE', 'COMPLETED'))::int AS accepted,
                     count(*) FILTER (WHERE r.status = 'DECLINED')::int AS declined,
                     count(*) FILTER (WHERE r.deadline < $2::date AND r.status IN ('SENT', 'RECEIVED', 'ACCEPTED', 'IN_SERVICE'))::int AS overdue,
                     round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM reply.at - r.created_at) / 86400))::numeric, 1)::float8 AS "medianDaysToReply"
              FROM referrals r JOIN cases c ON c.id = r.case_id JOIN households h ON h.id = c.household_id
              LEFT JOIN LATERAL (SELECT min(e.at) AS at FROM referral_events e WHERE e.referral_id = r.id AND e.status IN ('ACCEPTED', 'DECLINED')) reply ON true
              WHERE ${inRegion} GROUP BY 1, 2 ORDER BY sent DESC`,
      [region, todayInKorea()],
    ),
    db.query(
      `SELECT i->>'domain' AS domain, count(DISTINCT a.case_id)::int AS cases
              FROM (SELECT DISTINCT ON (na.case_id) na.case_id, na.items FROM needs_assessments na
                    JOIN cases c ON c.id = na.case_id JOIN households h ON h.id = c.household_id
                    WHERE ${inRegion} AND c.status = 'OPEN' ORDER BY na.case_id, na.recorded_at DESC) a
              CROSS JOIN LATERAL jsonb_array_elements(a.items) i
              WHERE i->>'level' IN ('MEDIUM', 'HIGH', 'URGENT') GROUP BY 1 ORDER BY cases DESC, 1`,
      [region],
    ),
  ]);
  return Object.assign(new CaseDashboard(), {
    caseloadByWorker: workers.map((w: object) => Object.assign(new WorkerCaseload(), w)),
    casesByStatus: statuses.map((s: object) => Object.assign(new CaseStatusCount(), s)),
    referralFlow: flows.map((f: object) => Object.assign(new ReferralFlow(), f)),
    casesByNeedsDomain: needs.map((n: object) => Object.assign(new NeedsDomainCount(), n)),
  });
}
