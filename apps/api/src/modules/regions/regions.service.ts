import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import { type Region, type RegionsArgs } from './regions.types';
import { COLUMNS } from './regions.queries';
import { toRegion } from './regions.queries';

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
