import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import { Region, type RegionsArgs } from './regions.types';

const COLUMNS = `code, name, full_name AS "fullName", level, parent_code AS "parentCode"`;

export function toRegion(row: Record<string, unknown>): Region {
  return Object.assign(new Region(), row);
}

export async function listRegions(db: DataSource, args: RegionsArgs): Promise<Page<Region>> {
  const first = pageSize(args.first, 50);
  const after = decodeCursor(args.after, 1)?.[0] as string | undefined;
  const where = `($1::varchar IS NULL OR level = $1) AND ($2::varchar IS NULL OR parent_code = $2)`;
  const params = [args.level ?? null, args.parentCode ?? null];
  const rows = await db.query(
    `SELECT ${COLUMNS} FROM regions WHERE ${where} AND ($3::varchar IS NULL OR code > $3) ORDER BY code LIMIT $4`,
    [...params, after ?? null, first + 1],
  );
  return toPage(
    rows.map(toRegion),
    first,
    after,
    (r) => encodeCursor([r.code]),
    async () => Number((await db.query(`SELECT count(*) AS n FROM regions WHERE ${where}`, params))[0].n),
  );
}

export async function regionsByCode(db: DataSource, codes: readonly string[]): Promise<(Region | null)[]> {
  const rows: Region[] = (await db.query(`SELECT ${COLUMNS} FROM regions WHERE code = ANY($1)`, [codes])).map(
    toRegion,
  );
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((c) => byCode.get(c) ?? null);
}

// Each region's code and its ancestors' codes, nearest first.
export async function ancestriesByCode(db: DataSource, codes: readonly string[]): Promise<string[][]> {
  const rows: { code: string; ancestry: string[] }[] = await db.query(
    `SELECT region_code AS code, array_agg(ancestor_code ORDER BY depth) AS ancestry
     FROM region_tree WHERE region_code = ANY($1) GROUP BY region_code`,
    [codes],
  );
  const byCode = new Map(rows.map((r) => [r.code, r.ancestry]));
  return codes.map((c) => byCode.get(c) ?? []);
}
