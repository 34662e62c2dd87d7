// Regions: the SQL its service and loaders share (column lists, row mappers, batch loads for the
// DataLoaders), so the service reads as rules.
import type { DataSource } from 'typeorm';
import { Region } from './regions.types';

export const COLUMNS = `code, name, full_name AS "fullName", level, parent_code AS "parentCode",
  retired_on::text AS "retiredOn"`;

export async function regionsByCode(db: DataSource, codes: readonly string[]): Promise<(Region | null)[]> {
  const rows: Region[] = (await db.query(`SELECT ${COLUMNS} FROM regions WHERE code = ANY($1)`, [codes])).map(
    toRegion,
  );
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((c) => byCode.get(c) ?? null);
}

// Lookups by code resolve retired codes too: old rows and history still name them.

// Each region's code and its ancestors' codes, nearest first. A retired code's ancestors are its old
// ones and those of its successors (see the migration Regions2026).
export async function ancestriesByCode(db: DataSource, codes: readonly string[]): Promise<string[][]> {
  const rows: { code: string; ancestry: string[] }[] = await db.query(
    `SELECT region_code AS code, array_agg(ancestor_code ORDER BY depth) AS ancestry
     FROM region_tree WHERE region_code = ANY($1) GROUP BY region_code`,
    [codes],
  );
  const byCode = new Map(rows.map((r) => [r.code, r.ancestry]));
  return codes.map((c) => byCode.get(c) ?? []);
}

export function toRegion(row: Record<string, unknown>): Region {
  return Object.assign(new Region(), row);
}
