// GET /hsds/export.zip: the published directory as an HSDS tabular datapackage (datapackage.json and
// one CSV per table), streamed. The resources are read once, in batches by id, so memory holds one
// batch, never the directory: services.csv streams to the client as they are read, while the other
// per-service tables (phones, schedules, …) are spooled to temporary files and follow it in the zip.
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
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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

/** One pass over the published resources: yields services.csv's rows and writes every other table's. */
async function* servicePass(
  db: DataSource,
  regions: ReadonlyMap<string, HsdsRegionNames>,
  spools: ReadonlyMap<string, Writable>,
): AsyncGenerator<object> {
  for await (const batch of publishedBatches(db)) {
    for (const r of batch) {
      const service = hsdsService(r, regions, hsdsId);
      for (const [name, spool] of spools)
        for (const row of SERVICE_TABLES[name](service)) if (!spool.write(row)) await once(spool, 'drain');
      yield service;
    }
  }
  for (const spool of spools.values()) spool.end();
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

const csvOf = (schema: HsdsObjectSchema) =>
  stringify({ header: true, columns: columnsOf(schema), cast: { number: String } });

/** Writes the datapackage zip to `out`; resolves when the last byte has been handed over. */
export async function exportDatapackage(
  db: DataSource,
  out: NodeJS.WritableStream,
  createdAt: Date,
): Promise<void> {
  const schemas = readHsdsSchemas();
  const schema = (name: string) => schemas.get(`${name}.json`)!;
  const regions = await regionNames(db, 'all');
  const dir = await mkdtemp(join(tmpdir(), 'ieum-hsds-'));
  const spooled = Object.keys(SERVICE_TABLES).filter((name) => name !== 'service');
  const spools = new Map(spooled.map((name) => [name, csvOf(schema(name))]));
  const written = Promise.all(
    [...spools].map(([name, csv]) => pipeline(csv, createWriteStream(join(dir, schema(name).path)))),
  );
  written.catch(() => {}); // awaited below; an early failure must not be an unhandled rejection

  const live: Record<string, () => AsyncIterable<object>> = {
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
    service: () => servicePass(db, regions, spools),
  };
  const tables = [...Object.keys(live), ...spooled];

  const zip = new ZipFile();
  const done = new Promise<void>((resolve, reject) => {
    zip.outputStream.on('error', reject);
    out.on('error', reject);
    out.on('finish', resolve);
    // A client that hangs up ends the export; the spools are dropped below.
    out.on('close', () => reject(new Error('the client closed the export')));
  });
  zip.outputStream.pipe(out);
  const datapackage = {
    profile: 'tabular-data-package',
    name: 'ieum-hsds',
    title: '이음 복지자원 (Ieum welfare resource directory), Open Referral HSDS 3.1',
    version: '3.1',
    created: createdAt.toISOString(),
    resources: tables.map((name) => ({
      name,
      path: schema(name).path,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: tableSchema(schema(name)),
    })),
  };
  zip.addBuffer(Buffer.from(JSON.stringify(datapackage, null, 2)), 'datapackage.json', { mtime: createdAt });
  // Lazy entries: each starts only when the zip reaches it, so the spooled tables are read after the pass.
  for (const [name, rows] of Object.entries(live))
    zip.addReadStreamLazy(schema(name).path, { mtime: createdAt }, (cb) => {
      const source = Readable.from(rows(), { objectMode: true });
      const csv = csvOf(schema(name));
      source.on('error', (e) => csv.destroy(e));
      cb(null, source.pipe(csv) as unknown as NodeJS.ReadableStream);
    });
  for (const name of spooled)
    zip.addReadStreamLazy(schema(name).path, { mtime: createdAt }, (cb) => {
      written.then(
        () => cb(null, createReadStream(join(dir, schema(name).path))),
        (e: Error) => cb(e, null as unknown as NodeJS.ReadableStream),
      );
    });
  zip.end();
  try {
    await done;
  } finally {
    for (const spool of spools.values()) spool.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
