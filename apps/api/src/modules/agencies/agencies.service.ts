import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import { type Agency, type AgenciesArgs } from './agencies.types';
import { COLUMNS, toAgency } from './agencies.queries';

export async function listAgencies(db: DataSource, args: AgenciesArgs): Promise<Page<Agency>> {
  const first = pageSize(args.first, 50);
  const after = decodeCursor(args.after, 2);
  const where = `($1::varchar IS NULL OR region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = $1))`;
  const rows = await db.query(
    `SELECT ${COLUMNS} FROM agencies WHERE ${where} AND ($2::text IS NULL OR (name, id) > ($2, $3::uuid))
     ORDER BY name, id LIMIT $4`,
    [args.regionCode ?? null, after?.[0] ?? null, after?.[1] ?? null, first + 1],
  );
  return toPage(
    rows.map(toAgency),
    first,
    after,
    (a) => encodeCursor([a.name, a.id]),
    async () =>
      Number(
        (await db.query(`SELECT count(*) AS n FROM agencies WHERE ${where}`, [args.regionCode ?? null]))[0].n,
      ),
  );
}
