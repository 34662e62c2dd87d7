// The published directory in HSDS 3.1: services, organizations and the needs-domain taxonomy.
import { likeAnywhere } from '@ieum/db';
import {
  hsdsOrganization,
  hsdsService,
  NEEDS_TAXONOMY,
  NEEDS_TAXONOMY_TERMS,
  type HsdsOrganization,
  type HsdsService,
} from '@ieum/domain';
import type { DataSource } from 'typeorm';
import { hsdsId } from './hsds-ids';
import { hsdsPage, type Paging, type ServiceQuery } from './hsds.params';
import {
  agenciesById,
  HSDS_RESOURCE_COLUMNS,
  PUBLISHED,
  PUBLISHING_AGENCY,
  regionCodesOf,
  regionNames,
  type HsdsResourceRow,
} from './hsds.queries';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Published resources as full HSDS services, each with its organization: three statements per page. */
export async function servicesOf(db: DataSource, rows: HsdsResourceRow[]): Promise<HsdsService[]> {
  const [regions, agencies] = await Promise.all([
    regionNames(db, regionCodesOf(rows)),
    agenciesById(
      db,
      rows.map((r) => r.agencyId),
    ),
  ]);
  return rows.map((r) => hsdsService(r, regions, hsdsId, agencies.get(r.agencyId)));
}

export async function listServices(db: DataSource, q: ServiceQuery) {
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  const clauses = [PUBLISHED];
  if (q.search) {
    const like = p(likeAnywhere(q.search));
    clauses.push(`(r.name ILIKE ${like} OR r.description ILIKE ${like})`);
  }
  if (q.needsDomain) clauses.push(`${p(q.needsDomain)}::varchar = ANY(r.needs_domains)`);
  if (q.organizationId) clauses.push(`r.agency_id = ${p(q.organizationId)}::uuid`);
  if (q.modifiedAfter) clauses.push(`r.updated_at > ${p(q.modifiedAfter.toISOString())}::timestamptz`);
  const where = clauses.join(' AND ');
  const [[{ n }], rows] = await Promise.all([
    db.query(`SELECT count(*)::int AS n FROM resources r WHERE ${where}`, params),
    db.query(
      // The page's ids first (from the published index alone on a vacuumed table), then only their rows.
      `SELECT ${HSDS_RESOURCE_COLUMNS} FROM resources r WHERE r.id IN (
         SELECT r.id FROM resources r WHERE ${where}
         ORDER BY r.name, r.id LIMIT ${q.perPage} OFFSET ${(q.page - 1) * q.perPage})
       ORDER BY r.name, r.id`,
      params,
    ) as Promise<HsdsResourceRow[]>,
  ]);
  return hsdsPage(await servicesOf(db, rows), n, q);
}

export async function getService(db: DataSource, id: string): Promise<HsdsService | null> {
  if (!UUID.test(id)) return null;
  const rows: HsdsResourceRow[] = await db.query(
    `SELECT ${HSDS_RESOURCE_COLUMNS} FROM resources r WHERE r.id = $1 AND ${PUBLISHED}`,
    [id],
  );
  return rows.length ? (await servicesOf(db, rows))[0] : null;
}

export async function listOrganizations(db: DataSource, paging: Paging) {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM agencies a WHERE ${PUBLISHING_AGENCY}`);
  const rows = await db.query(
    `SELECT a.id, a.name, a.kind FROM agencies a WHERE ${PUBLISHING_AGENCY}
     ORDER BY a.name, a.id LIMIT $1 OFFSET $2`,
    [paging.perPage, (paging.page - 1) * paging.perPage],
  );
  return hsdsPage(rows.map(hsdsOrganization), n, paging);
}

export async function getOrganization(db: DataSource, id: string): Promise<HsdsOrganization | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db.query(
    `SELECT a.id, a.name, a.kind FROM agencies a WHERE a.id = $1 AND ${PUBLISHING_AGENCY}`,
    [id],
  );
  return row ? hsdsOrganization(row) : null;
}

const pageOf = <T>(all: readonly T[], paging: Paging) =>
  hsdsPage(all.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage), all.length, paging);

export const listTaxonomies = (paging: Paging) => pageOf([NEEDS_TAXONOMY], paging);
export const getTaxonomy = (id: string) => (id === NEEDS_TAXONOMY.id ? NEEDS_TAXONOMY : null);

export const listTaxonomyTerms = (paging: Paging, taxonomyId: string | null) =>
  pageOf(
    NEEDS_TAXONOMY_TERMS.filter((t) => !taxonomyId || t.taxonomy_id === taxonomyId),
    paging,
  );
export const getTaxonomyTerm = (id: string) => NEEDS_TAXONOMY_TERMS.find((t) => t.id === id) ?? null;
