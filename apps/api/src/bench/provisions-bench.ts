import { NEEDS_DOMAINS, overlapsOf } from '@ieum/domain';
import type { DataSource } from 'typeorm';
import { provisionsNotEndedBefore } from '../modules/provisions/provisions.queries';

// Duplicate-check bench fixture: a ledger of `total` provisions (제공 이력) over every household, from
// three agencies, in random domains, about a third in an exclusive category, a fifth open-ended, set-based.
// Returns the 주민센터's own exclusive resource that the bench then records again and again.
export async function seedProvisions(db: DataSource, total: number): Promise<string> {
  const [ids] = await db.query(
    `SELECT (SELECT id FROM agencies WHERE name = '청운효자동 주민센터') AS lead,
            (SELECT id FROM agencies WHERE kind = 'COMMUNITY_WELFARE_CENTER' LIMIT 1) AS welfare,
            (SELECT id FROM agencies WHERE kind = 'PUBLIC_HEALTH_CENTER' LIMIT 1) AS health,
            (SELECT count(*) FROM households)::int AS households`,
  );
  const [resource] = await db.query(
    `INSERT INTO resources (agency_id, name, needs_domains, service_area_codes, region_code, exclusive_category, status)
     VALUES ($1, '벤치 긴급생계비', '{ECONOMY}', '{1111051500}', '1111051500', '긴급생계비', 'PUBLISHED') RETURNING id`,
    [ids.lead],
  );
  const perHousehold = Math.ceil(total / Math.max(1, ids.households));
  await db.query(
    `INSERT INTO provisions (household_id, agency_id, service, needs_domain, exclusive_category, starts_on, ends_on, amount, recorded_by)
     SELECT household_id, (ARRAY[$1::uuid, $2::uuid, $3::uuid])[1 + floor(random() * 3)::int], '벤치 제공', domain, category, d,
            CASE WHEN random() < 0.2 THEN NULL ELSE d + (random() * 90)::int END,
            CASE WHEN random() < 0.5 THEN (random() * 500000)::int END, 'bench'
     FROM (SELECT h.id AS household_id, current_date - (random() * 730)::int AS d,
                  ($6::varchar[])[1 + floor(random() * cardinality($6::varchar[]))::int] AS domain,
                  CASE WHEN random() < 0.33 THEN (ARRAY['밑반찬 배달', '긴급생계비', '월동 난방비'])[1 + floor(random() * 3)::int] END AS category
           FROM households h CROSS JOIN generate_series(1, $4::int) g LIMIT $5) s`,
    [ids.lead, ids.welfare, ids.health, perHousehold, total, [...NEEDS_DOMAINS]],
  );
  await db.query('ANALYZE provisions');
  return resource.id;
}

export const RECORD_PROVISION = `mutation Record($input: RecordProvisionInput!) { recordProvision(input: $input) {
  provision { id } overlaps { provision { id agency { name } startsOn endsOn needsDomain } } errors { code } } }`;

/**
 * The overlap check alone, straight on the database at 8 clients: the household's provisions not
 * ended before today (one index scan) filtered by the domain rule. Sorted latencies in ms.
 */
export async function timeOverlapCheck(db: DataSource, requests: number, today: string): Promise<number[]> {
  const households: string[] = (await db.query(`SELECT id FROM households ORDER BY random() LIMIT 1000`)).map(
    (r: { id: string }) => r.id,
  );
  const latencies: number[] = [];
  let next = 0;
  const client = async () => {
    for (let i = next++; i < requests; i = next++) {
      const householdId = households[i % households.length]!;
      const t = performance.now();
      const recorded = await provisionsNotEndedBefore(db, householdId, today);
      overlapsOf(
        {
          householdId,
          resourceId: null,
          needsDomain: 'ECONOMY',
          exclusiveCategory: '긴급생계비',
          startsOn: today,
          endsOn: null,
        },
        recorded,
      );
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: 8 }, client));
  return latencies.sort((a, b) => a - b);
}
