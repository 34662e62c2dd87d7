import { likeAnywhere } from '@ieum/db';
import { AGENCY_KINDS, mayReceiveReferrals, referralArea } from '@ieum/domain';
import type { RequestContext } from '../../context';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import { readHousehold } from '../consents/household-access';
import { type Agency, type AgenciesArgs } from './agencies.types';
import { COLUMNS, toAgency } from './agencies.queries';

export async function listAgencies(ctx: RequestContext, args: AgenciesArgs): Promise<Page<Agency>> {
  const db = ctx.services.dataSource;
  const first = pageSize(args.first, 50);
  const after = decodeCursor(args.after, 2);
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const clauses: string[] = [];
  if (args.regionCode)
    clauses.push(
      `region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = ${p(args.regionCode)})`,
    );
  if (args.search?.trim()) clauses.push(`name ILIKE ${p(likeAnywhere(args.search))}`);
  if (args.referralsFor) {
    // Reading the household checks the caller may see it (and logs the read); its area bounds the list.
    const household = await readHousehold(ctx, args.referralsFor);
    const area = household && referralArea(await ctx.loaders.regionAncestry.load(household.regionCode));
    if (!area)
      return toPage<Agency>(
        [],
        first,
        after,
        () => '',
        async () => 0,
      );
    clauses.push(
      `(region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = ${p(area.within)}) OR region_code = ${p(area.sido)})`,
      `kind = ANY(${p(AGENCY_KINDS.filter(mayReceiveReferrals))}::varchar[])`,
      `id <> ${p(ctx.actor!.agencyId)}`,
    );
  }
  const where = clauses.length ? clauses.join(' AND ') : 'TRUE';
  const countParams = [...params];
  const rows = await db.query(
    `SELECT ${COLUMNS} FROM agencies WHERE ${where}
       AND (${p(after?.[0] ?? null)}::text IS NULL OR (name, id) > (${p(after?.[0] ?? null)}, ${p(after?.[1] ?? null)}::uuid))
     ORDER BY name, id LIMIT ${first + 1}`,
    params,
  );
  return toPage(
    rows.map(toAgency),
    first,
    after,
    (a) => encodeCursor([a.name, a.id]),
    async () =>
      Number((await db.query(`SELECT count(*) AS n FROM agencies WHERE ${where}`, countParams))[0].n),
  );
}
