// GET /hsds/export.zip: the published directory as an HSDS tabular datapackage (datapackage.json and
// one CSV per table), streamed. Each table is written in turn from batches of resources read by id,
// so memory holds one batch, never the directory.
import { readHsdsSchemas, type HsdsObjectSchema } from '@ieum/db';
import {
  hsdsOrganization,
  hsdsService,
  NEEDS_TAXONOMY,
  NEEDS_TAXONOMY_TERMS,
  PLACES_UNIT_ID,
  type HsdsAgencySource,
  type HsdsRegionNames,
  type HsdsService,
} from '@ieum/domain';
import { stringify } from 'csv-stringify';
import { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { ZipFile } from 'yazl';
import { hsdsId } from './hsds-ids';
import {
  HSDS_RESOURCE_COLUMNS,
  PUBLISHED,
  PUBLISHING_AGENCY,
  regionNames,
  type HsdsResourceRow,
} from './hsds.queries';

export const EXPORT_BATCH = 1_000;

// Which rows of one service go into each per-service table.
const SERVICE_TABLES: Record<string, (s: HsdsService) => readonly object[]> = {
  service: (s) => [s],
  phone: (s) => s.phones ?? [],
  schedule: (s) => s.schedules ?? [],
  service_area: (s) => s.service_areas ?? [],
  service_at_location: (s) => s.service_at_locations ?? [],
  location: (s) => (s.service_at_locations ?? []).flatMap((l) => (l.location ? [l.location] : [])),
  address: (s) => (s.service_at_locations ?? []).flatMap((l) => l.location?.addresses ?? []),
  attribute: (s) => s.attributes ?? [],
  service_capacity: (s) => s.capacities ?? [],
};

/** The tabular columns of a table: its fields that hold one value (not nested objects or lists). */
function columnsOf(schema: HsdsObjectSchema): string[] {
  return Object.entries(schema.properties)
    .filter(([, p]) => p.type === 'string' || p.type === 'number')
    .map(([name]) => name);
}

// A Frictionless table schema from the HSDS file's own description of its fields.
function tableSchema(schema: HsdsObjectSchema) {
  const required = new Set([...(schema.required ?? []), ...(schema.tabular_required ?? [])]);
  return {
    primaryKey: 'id',
    fields: columnsOf(schema).map((name) => {
      const p = schema.properties[name];
      const type = p.format === 'date-time' ? 'datetime' : p.type;
      const format = p.format && p.format !== 'date-time' ? { format: p.format } : {};
      const constraints = {
        ...(required.has(name) ? { required: true } : {}),
        ...(p.constraints?.unique ? { unique: true } : {}),
        ...(p.enum ? { enum: p.enum } : {}),
      };
      return { name, type, ...format, ...(Object.keys(constraints).length ? { constraints } : {}) };
    }),
  };
}

async function* publishedBatches(db: DataSource): AsyncGenerator<HsdsResourceRow[]> {
  let after: string | null = null;
  for (;;) {
    const rows: HsdsResourceRow[] = await db.query(
      `SELECT ${HSDS_RESOURCE_COLUMNS} FROM resources r
       WHERE ${PUBLISHED} AND ($1::uuid IS NULL OR r.id > $1::uuid) ORDER BY r.id LIMIT ${EXPORT_BATCH}`,
      [after],
    );
    if (!rows.length) return;
    yield rows;
    after = rows[rows.length - 1].id;
  }
}

async function* serviceRows(
  db: DataSource,
  regions: ReadonlyMap<string, HsdsRegionNames>,
  pick: (s: HsdsService) => readonly object[],
): AsyncGenerator<object> {
  for await (const batch of publishedBatches(db))
    for (const r of batch) yield* pick(hsdsService(r, regions, hsdsId));
}

async function* organizationRows(db: DataSource): AsyncGenerator<object> {
  let after: string | null = null;
  for (;;) {
    const rows: HsdsAgencySource[] = await db.query(
      `SELECT a.id, a.name, a.kind FROM agencies a WHERE ${PUBLISHING_AGENCY}
         AND ($1::uuid IS NULL OR a.id > $1::uuid) ORDER BY a.id LIMIT ${EXPORT_BATCH}`,
      [after],
    );
    if (!rows.length) return;
    yield* rows.map(hsdsOrganization);
    after = rows[rows.length - 1].id;
  }
}

/** Writes the datapackage zip to `out`; resolves when the last byte has been handed over. */
export async function exportDatapackage(
  db: DataSource,
  out: NodeJS.WritableStream,
  createdAt: Date,
): Promise<void> {
  const schemas = readHsdsSchemas();
  const regions = await regionNames(db, 'all');
  const sources: Record<string, () => AsyncIterable<object>> = {
    organization: () => organizationRows(db),
    taxonomy: async function* () {
      yield NEEDS_TAXONOMY;
    },
    taxonomy_term: async function* () {
      yield* NEEDS_TAXONOMY_TERMS;
    },
    unit: async function* () {
      yield { id: PLACES_UNIT_ID, name: '자리 (places)' };
    },
    ...Object.fromEntries(
      Object.entries(SERVICE_TABLES).map(([name, pick]) => [name, () => serviceRows(db, regions, pick)]),
    ),
  };
  const tables = Object.keys(sources).map((name) => ({ name, schema: schemas.get(`${name}.json`)! }));

  const zip = new ZipFile();
  const done = new Promise<void>((resolve, reject) => {
    zip.outputStream.on('error', reject);
    out.on('error', reject);
    out.on('finish', resolve);
  });
  zip.outputStream.pipe(out);
  const datapackage = {
    profile: 'tabular-data-package',
    name: 'ieum-hsds',
    title: '이음 복지자원 (Ieum welfare resource directory), Open Referral HSDS 3.1',
    version: '3.1',
    created: createdAt.toISOString(),
    resources: tables.map(({ name, schema }) => ({
      name,
      path: schema.path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: tableSchema(schema),
    })),
  };
  zip.addBuffer(Buffer.from(JSON.stringify(datapackage, null, 2)), 'datapackage.json', { mtime: createdAt });
  for (const { name, schema } of tables) {
    const columns = columnsOf(schema);
    // Lazy: the table's query starts only when the zip reaches its entry.
    zip.addReadStreamLazy(schema.path, { mtime: createdAt }, (cb) => {
      const rows = Readable.from(sources[name](), { objectMode: true });
      const csv = stringify({ header: true, columns, cast: { number: String } });
      rows.on('error', (e) => csv.destroy(e));
      cb(null, rows.pipe(csv) as unknown as NodeJS.ReadableStream);
    });
  }
  zip.end();
  await done;
}
