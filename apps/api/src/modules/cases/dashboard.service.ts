import { hitRate } from '@ieum/domain';
import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import { badInput } from '../../graphql/errors';
import { regionWithinScope } from '../regions/region-scope';
import { HIT_OUTCOMES } from '../screening/candidates.queries';
import {
  CaseDashboard,
  type DatePeriod,
  ScreeningFigures,
  CaseStatusCount,
  NeedsDomainCount,
  ReferralFlow,
  WorkerCaseload,
} from './cases.types';

// A district's caseload by worker and status, referral flow between agencies and needs by domain,
// each one aggregate statement over the cases of households in the region, and the screening
// figures of the region's candidates. A period narrows what was sent in it (referrals, rounds);
// caseloads and needs are as of now.
export async function caseDashboard(
  ctx: RequestContext,
  regionCode: string | undefined,
  period?: DatePeriod,
): Promise<CaseDashboard> {
  const db = ctx.services.dataSource;
  const region = await regionWithinScope(ctx, regionCode, 'Your agency has no district dashboard.');
  if (period && period.from > period.to) throw badInput('The period ends before it starts.', 'period');
  const inRegion = `($1::varchar IS NULL OR h.region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = $1))`;
  const from = period?.from ?? null;
  const to = period?.to ?? null;
  const [workers, statuses, flows, needs, [screening]] = await Promise.all([
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
              WHERE ${inRegion} AND ($3::date IS NULL OR r.sent_on >= $3) AND ($4::date IS NULL OR r.sent_on <= $4)
              GROUP BY 1, 2 ORDER BY sent DESC`,
      [region, todayInKorea(), from, to],
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
    // 발굴: candidates of the rounds sent (done) in the period, their latest visit's outcome.
    db.query(
      `SELECT count(*)::int AS candidates, count(*) FILTER (WHERE c.last_outcome IS NOT NULL)::int AS visited,
              count(*) FILTER (WHERE c.last_outcome = ANY($4::varchar[]))::int AS "needingSupport"
       FROM screening_candidates c JOIN screening_rounds r ON r.id = c.round_id
       WHERE r.status = 'DONE'
         AND ($1::varchar IS NULL OR c.region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = $1))
         AND ($2::date IS NULL OR (r.finished_at AT TIME ZONE 'Asia/Seoul')::date >= $2)
         AND ($3::date IS NULL OR (r.finished_at AT TIME ZONE 'Asia/Seoul')::date <= $3)`,
      [region, from, to, HIT_OUTCOMES],
    ),
  ]);
  return Object.assign(new CaseDashboard(), {
    caseloadByWorker: workers.map((w: object) => Object.assign(new WorkerCaseload(), w)),
    casesByStatus: statuses.map((s: object) => Object.assign(new CaseStatusCount(), s)),
    referralFlow: flows.map((f: object) => Object.assign(new ReferralFlow(), f)),
    casesByNeedsDomain: needs.map((n: object) => Object.assign(new NeedsDomainCount(), n)),
    screening: Object.assign(new ScreeningFigures(), screening, {
      // The same share as the hit rate: of the candidates, the visited; of the visited, the hits.
      visitRate: hitRate(screening.candidates, screening.visited),
      needingSupportRate: hitRate(screening.visited, screening.needingSupport),
    }),
  });
}
