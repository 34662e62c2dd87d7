// Agencies: the SQL its service and loaders share (column lists, row mappers, batch loads for the
// DataLoaders), so the service reads as rules.
import type { DataSource } from 'typeorm';
import { Agency } from './agencies.types';

export const COLUMNS = `id, name, kind, sector, phone, address, region_code AS "regionCode"`;

export const toAgency = (row: Record<string, unknown>) => Object.assign(new Agency(), row);

export async function agenciesById(db: DataSource, ids: readonly string[]): Promise<(Agency | null)[]> {
  const rows: Agency[] = (await db.query(`SELECT ${COLUMNS} FROM agencies WHERE id = ANY($1)`, [ids])).map(
    toAgency,
  );
  const byId = new Map(rows.map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id) ?? null);
}
