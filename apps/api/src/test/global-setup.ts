import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { createDataSource, startEmbeddedPostgres } from '@ieum/db';
import { deriveDataKeys } from '../personal-data/rrn-cipher';
import { migrate } from '../database';
import { migrateJobQueue } from '../jobs/job-runner';
import { seedDemo } from '../seed/demo';
import { databaseUrl } from './database-url';

declare module 'vitest' {
  export interface ProvidedContext {
    dbAdminUrl: string;
    templateDb: string;
    dataKeyHex: string;
    dbKind: 'embedded' | 'external';
  }
}

// One PostgreSQL per run (the embedded one, or the server DATABASE_URL names) and one migrated
// template database with the demo data; each test file copies the template into a database of its own.
export default async function setup(project: TestProject) {
  // Feed parsing runs in worker threads, which load the compiled API: compile it, so that what the
  // threads run is what the sources say (incremental, about a second when nothing changed).
  const root = resolve(__dirname, '../../../..');
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'apps/api'], {
    cwd: root,
    stdio: 'inherit',
  });
  let stop = async () => {};
  let dir: string | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dir = mkdtempSync(join(tmpdir(), 'ieum-test-'));
    const server = await startEmbeddedPostgres(dir);
    adminUrl = server.url;
    stop = server.stop;
  }
  const templateDb = `ieum_test_template_${randomBytes(4).toString('hex')}`;
  const dataKeyHex = randomBytes(32).toString('hex');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${templateDb}"`);
  const ds = createDataSource({ url: databaseUrl(adminUrl, templateDb) });
  await ds.initialize();
  await migrate(ds);
  await seedDemo(ds, deriveDataKeys(Buffer.from(dataKeyHex, 'hex')));
  await ds.destroy();
  await migrateJobQueue(databaseUrl(adminUrl, templateDb));

  project.provide('dbAdminUrl', adminUrl);
  project.provide('templateDb', templateDb);
  project.provide('dataKeyHex', dataKeyHex);
  project.provide('dbKind', dir ? 'embedded' : 'external');

  return async () => {
    const { rows } = await admin.query(
      `SELECT datname FROM pg_database WHERE datname LIKE 'ieum_t_%' OR datname = $1`,
      [templateDb],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
    await stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
}
