// Resources: the SQL the service and loaders share.
import { isStale } from '@ieum/domain';
import type { DataSource } from 'typeorm';
import { todayInKorea } from '../../clock';
import { Resource } from './resources.types';

export const RESOURCE_COLUMNS = `r.id, r.name, r.description, r.agency_id AS "agencyId", r.needs_domains AS "needsDomains",
  r.service_area_codes AS "serviceAreaCodes", r.address, r.region_code AS "regionCode", r.eligibility, r.criteria, r.fee,
  r.how_to_apply AS "howToApply", r.phone, r.email, r.url, r.capacity_total AS "capacityTotal",
  r.capacity_available AS "capacityAvailable", r.hours, r.exclusive_category AS "exclusiveCategory", r.status,
  to_char(r.assured_on, 'YYYY-MM-DD') AS "assuredOn", r.version`;

export const toResource = (row: Omit<Resource, 'stale'>): Resource =>
  Object.assign(new Resource(), row, { stale: isStale(row.assuredOn, todayInKorea()) });

export async function resourcesById(db: DataSource, ids: readonly string[]): Promise<(Resource | null)[]> {
  const rows: Resource[] = (
    await db.query(`SELECT ${RESOURCE_COLUMNS} FROM resources r WHERE r.id = ANY($1::uuid[])`, [ids])
  ).map(toResource);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}
