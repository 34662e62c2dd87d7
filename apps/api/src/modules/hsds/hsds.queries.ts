// The published directory as HSDS objects: the SQL the JSON endpoints and the export share.
import type { HsdsAgencySource, HsdsRegionNames, HsdsResourceSource } from '@ieum/domain';
import type { DataSource } from 'typeorm';
import { RESOURCE_COLUMNS } from '../resources/resources.queries';

// The resource's columns plus its last change as HSDS wants it (UTC, milliseconds).
export const HSDS_RESOURCE_COLUMNS = `${RESOURCE_COLUMNS},
  to_char(r.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt"`;

/** Only what the public directory shows: the same rule as the resources query signed out. */
export const PUBLISHED = `r.status = 'PUBLISHED'`;

export type HsdsResourceRow = HsdsResourceSource & { version: number; exclusiveCategory: string | null };

/** Names of regions with their 시도 and (nearest) 시군구, for addresses and service areas. */
export async function regionNames(
  db: DataSource,
  codes: readonly string[] | 'all',
): Promise<Map<string, HsdsRegionNames>> {
  const rows: ({ code: string } & HsdsRegionNames)[] = await db.query(
    `SELECT g.code, g.name, g.full_name AS "fullName",
       coalesce((SELECT a.name FROM region_tree t JOIN regions a ON a.code = t.ancestor_code
                 WHERE t.region_code = g.code AND a.level = 'SIDO' LIMIT 1), '') AS sido,
       coalesce((SELECT a.name FROM region_tree t JOIN regions a ON a.code = t.ancestor_code
                 WHERE t.region_code = g.code AND a.level = 'SIGUNGU' ORDER BY t.depth LIMIT 1), '') AS sigungu
     FROM regions g WHERE $1::varchar[] IS NULL OR g.code = ANY($1::varchar[])`,
    [codes === 'all' ? null : [...new Set(codes)]],
  );
  return new Map(rows.map(({ code, ...names }) => [code, names]));
}

export const regionCodesOf = (rows: readonly HsdsResourceSource[]) =>
  rows.flatMap((r) => [r.regionCode, ...r.serviceAreaCodes]);

export async function agenciesById(
  db: DataSource,
  ids: readonly string[],
): Promise<Map<string, HsdsAgencySource>> {
  const rows: HsdsAgencySource[] = await db.query(
    `SELECT id, name, kind FROM agencies WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((a) => [a.id, a]));
}

// Agencies with at least one published resource: the organizations of the directory.
export const PUBLISHING_AGENCY = `EXISTS (SELECT 1 FROM resources r WHERE r.agency_id = a.id AND ${PUBLISHED})`;
