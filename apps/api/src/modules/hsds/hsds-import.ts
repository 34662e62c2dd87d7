// POST /hsds/import: HSDS 3.1 services into the directory. Every object is checked against the
// official schema and then the directory's own rules; one fault anywhere refuses the whole batch, and
// an accepted batch is one set-based statement in one transaction. Ids are kept (a service's id is
// its resource's), so the same file twice creates nothing and a changed object updates its resource.
import {
  checkResourceInput,
  hsdsPointerOf,
  resourceInputFromHsds,
  type FieldProblem,
  type HsdsService,
  type ResourceCriteria,
  type ResourceInput,
} from '@ieum/domain';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../context';
import { RESOURCE_COLUMNS } from '../resources/resources.queries';
import {
  capacityAvailableAfter,
  regionLevels,
  regionProblems,
  writeHistory,
} from '../resources/resources.service';
import { schemaFaults } from './hsds-schema';

export const IMPORT_LIMITS = { bytes: '5mb', services: 5_000 } as const;

export interface ImportFault {
  /** JSON pointer into the request body ('/0/schedules/2/closes_at'). */
  path: string;
  code: 'VALIDATION' | 'FORBIDDEN' | 'NOT_FOUND';
  rule?: string;
  message: string;
}

export type ImportResult =
  | { ok: true; created: string[]; updated: string[]; unchanged: string[] }
  | { ok: false; status: 400 | 422; message: string; faults: ImportFault[] };

interface Candidate {
  index: number;
  at: string;
  service: HsdsService;
  agencyId: string;
  value: ResourceInput;
  pointers: ReadonlyMap<string, string>;
  problems: FieldProblem[];
}

export async function importServices(db: DataSource, actor: Actor, body: unknown): Promise<ImportResult> {
  const many = Array.isArray(body);
  const items: unknown[] = many ? body : [body];
  const refuse = (message: string): ImportResult => ({ ok: false, status: 400, message, faults: [] });
  if (!items.length) return refuse('Send an HSDS service object or a non-empty array of them.');
  if (items.length > IMPORT_LIMITS.services)
    return refuse(`At most ${IMPORT_LIMITS.services} services per import; split the file.`);
  const prefix = (i: number) => (many ? `/${i}` : '');
  const faults: ImportFault[] = [];

  // 1. The official schema.
  const valid: { index: number; service: HsdsService }[] = [];
  items.forEach((item, i) => {
    const found = schemaFaults('service', item);
    for (const f of found)
      faults.push({
        path: `${prefix(i)}${f.pointer}`,
        code: 'VALIDATION',
        rule: 'SCHEMA',
        message: f.message,
      });
    if (!found.length) valid.push({ index: i, service: item as HsdsService });
  });

  // 2. Whose it is: the stored resource with that id, and the organization named.
  const ids = valid.map((v) => v.service.id.toLowerCase());
  const orgIds = valid
    .flatMap((v) => [v.service.organization_id, v.service.organization?.id])
    .filter(Boolean);
  const [stored, agencies] = await Promise.all([
    db.query(`SELECT ${RESOURCE_COLUMNS} FROM resources r WHERE r.id = ANY($1::uuid[])`, [ids]),
    db.query(`SELECT id FROM agencies WHERE id = ANY($1::uuid[])`, [orgIds]),
  ]);
  const current = new Map<
    string,
    { agencyId: string; criteria: ResourceCriteria | null; exclusiveCategory: string | null }
  >(stored.map((r: { id: string }) => [r.id, r]));
  const knownAgency = new Set(agencies.map((a: { id: string }) => a.id));
  const seen = new Map<string, number>();
  const candidates: Candidate[] = [];
  for (const { index, service } of valid) {
    const at = prefix(index);
    const id = service.id.toLowerCase();
    if (seen.has(id)) {
      faults.push({
        path: `${at}/id`,
        code: 'VALIDATION',
        rule: 'DUPLICATE_ITEM',
        message: `Service ${id} is also at /${seen.get(id)}.`,
      });
      continue;
    }
    seen.set(id, index);
    const named = (service.organization_id ?? service.organization?.id)?.toLowerCase();
    const namedAt = service.organization_id ? `${at}/organization_id` : `${at}/organization/id`;
    const mine = current.get(id);
    let agencyId = actor.agencyId;
    if (actor.role === 'ADMIN') {
      if (named && !knownAgency.has(named)) {
        faults.push({ path: namedAt, code: 'NOT_FOUND', message: `There is no agency ${named}.` });
        continue;
      }
      agencyId = named ?? mine?.agencyId ?? actor.agencyId;
    } else if (named && named !== actor.agencyId) {
      faults.push({ path: namedAt, code: 'FORBIDDEN', message: 'An agency imports only its own services.' });
      continue;
    } else if (mine && mine.agencyId !== actor.agencyId) {
      faults.push({
        path: `${at}/id`,
        code: 'FORBIDDEN',
        message: 'This service belongs to another agency.',
      });
      continue;
    }
    // 3. The directory's own rules, each problem at the HSDS field it came from.
    const mapped = resourceInputFromHsds(service, mine ?? null);
    for (const f of mapped.faults)
      faults.push({ path: `${at}${f.pointer}`, code: 'VALIDATION', rule: f.rule, message: f.message });
    const { value, problems } = checkResourceInput(mapped.input);
    candidates.push({ index, at, service, agencyId, value, pointers: mapped.pointers, problems });
  }
  const levels = await regionLevels(
    db,
    candidates.flatMap((c) => [c.value.regionCode, ...c.value.serviceAreaCodes]),
  );
  for (const c of candidates) {
    const fields = new Set(c.problems.map((p) => p.field));
    for (const p of [...c.problems, ...regionProblems(c.value, levels, (f) => fields.has(f))])
      faults.push({
        path: `${c.at}${hsdsPointerOf(p, c.pointers)}`,
        code: 'VALIDATION',
        rule: p.rule,
        message: p.message,
      });
  }
  if (faults.length)
    return {
      ok: false,
      status: 422,
      message: `${faults.length} fault(s); nothing was imported.`,
      faults: faults.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true })),
    };

  // 4. One statement for the batch: new ids are inserted, changed ones updated, equal ones left alone.
  const rows = candidates.map(({ service, agencyId, value: v }) => ({
    id: service.id.toLowerCase(),
    agency_id: agencyId,
    name: v.name,
    description: v.description,
    needs_domains: v.needsDomains,
    service_area_codes: v.serviceAreaCodes,
    address: v.address,
    region_code: v.regionCode,
    eligibility: v.eligibility ?? '',
    criteria: v.criteria ?? null,
    fee: v.fee ?? '',
    how_to_apply: v.howToApply ?? '',
    phone: v.phone ?? null,
    email: v.email ?? null,
    url: v.url ?? null,
    capacity_total: v.capacityTotal ?? null,
    hours: v.hours ?? [],
    exclusive_category: v.exclusiveCategory ?? null,
    status: v.status,
  }));
  // The columns an import sets; criteria compare without their empty keys, as the agency may have
  // sent them through the API as nulls.
  const compared = (row: string) =>
    [...Object.keys(rows[0])]
      .filter((c) => c !== 'id')
      .map((c) => (c === 'criteria' ? `nullif(jsonb_strip_nulls(${row}.criteria), '{}')` : `${row}.${c}`))
      .join(', ');
  return db.transaction(async (tx) => {
    const written: { id: string; created: boolean }[] = await tx.query(
      `INSERT INTO resources AS cur (id, agency_id, name, description, needs_domains, service_area_codes, address,
         region_code, eligibility, criteria, fee, how_to_apply, phone, email, url, capacity_total, capacity_available,
         hours, exclusive_category, status)
       SELECT x.id, x.agency_id, x.name, x.description, x.needs_domains, x.service_area_codes, x.address,
         x.region_code, x.eligibility, x.criteria, x.fee, x.how_to_apply, x.phone, x.email, x.url, x.capacity_total,
         x.capacity_total, x.hours, x.exclusive_category, x.status
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, agency_id uuid, name text, description text,
         needs_domains varchar(20)[], service_area_codes varchar(10)[], address text, region_code varchar(10),
         eligibility text, criteria jsonb, fee text, how_to_apply text, phone varchar(20), email text, url text,
         capacity_total int, hours jsonb, exclusive_category text, status varchar(10))
       ON CONFLICT (id) DO UPDATE SET agency_id = EXCLUDED.agency_id, name = EXCLUDED.name,
         description = EXCLUDED.description, needs_domains = EXCLUDED.needs_domains,
         service_area_codes = EXCLUDED.service_area_codes, address = EXCLUDED.address,
         region_code = EXCLUDED.region_code, eligibility = EXCLUDED.eligibility, criteria = EXCLUDED.criteria,
         fee = EXCLUDED.fee, how_to_apply = EXCLUDED.how_to_apply, phone = EXCLUDED.phone, email = EXCLUDED.email,
         url = EXCLUDED.url, capacity_total = EXCLUDED.capacity_total,
         capacity_available = ${capacityAvailableAfter('EXCLUDED.capacity_total', 'cur.')},
         hours = EXCLUDED.hours, exclusive_category = EXCLUDED.exclusive_category, status = EXCLUDED.status,
         version = cur.version + 1, updated_at = now()
       WHERE (${compared('cur')}) IS DISTINCT FROM (${compared('EXCLUDED')})
         AND (cur.agency_id = EXCLUDED.agency_id OR $2::boolean)
       RETURNING id, (xmax = 0) AS created`,
      [JSON.stringify(rows), actor.role === 'ADMIN'],
    );
    const created = written.filter((w) => w.created).map((w) => w.id);
    const updated = written.filter((w) => !w.created).map((w) => w.id);
    if (created.length) await writeHistory(tx, created, 'CREATE', actor.account);
    if (updated.length) await writeHistory(tx, updated, 'UPDATE', actor.account);
    const touched = new Set([...created, ...updated]);
    return { ok: true, created, updated, unchanged: rows.map((r) => r.id).filter((id) => !touched.has(id)) };
  });
}
