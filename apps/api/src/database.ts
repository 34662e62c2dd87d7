import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, readOrCreateSecret, startEmbeddedPostgres, type StatementCounter } from '@ieum/db';
import { deriveDataKeys, parseMasterKey, type DataKeys } from './personal-data/rrn-cipher';
import type { AppConfig } from './config';

export interface Database {
  dataSource: DataSource;
  kind: 'embedded' | 'external';
  url: string;
  close(): Promise<void>;
}

const MIGRATION_LOCK = 727_0001;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = '/' + name;
  return u.toString();
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

// The embedded PostgreSQL by default, any server with DATABASE_URL; migrations run on open, under an
// advisory lock so two processes starting together do not both migrate.
export async function openDatabase(
  config: AppConfig,
  opts: { statementCounter?: StatementCounter; log?: (m: string) => void } = {},
): Promise<Database> {
  let url: string;
  let kind: Database['kind'];
  let stopServer = async () => {};
  let dropAfter: { admin: string; name: string } | null = null;
  if (config.databaseUrl) {
    kind = 'external';
    url = config.databaseUrl;
    // Browser tests against a shared server get a database of their own.
    if (process.env.IEUM_E2E_FRESH_DB === '1') {
      const name = `ieum_e2e_${randomBytes(4).toString('hex')}`;
      await ensureDatabase(url, name);
      dropAfter = { admin: url, name };
      url = withDatabase(url, name);
    }
  } else {
    kind = 'embedded';
    const server = await startEmbeddedPostgres(config.dataDir, {
      port: process.env.IEUM_PG_PORT ? Number(process.env.IEUM_PG_PORT) : undefined,
      log: opts.log,
    });
    stopServer = server.stop;
    await ensureDatabase(server.url, 'ieum');
    url = withDatabase(server.url, 'ieum');
  }
  const dataSource = createDataSource({ url, statementCounter: opts.statementCounter });
  try {
    await dataSource.initialize();
    await migrate(dataSource);
  } catch (e) {
    await stopServer();
    throw e;
  }
  return {
    dataSource,
    kind,
    url,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (dropAfter) {
        const c = new Client({ connectionString: dropAfter.admin });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${dropAfter.name}" WITH (FORCE)`).finally(() => c.end());
      }
      await stopServer();
    },
  };
}

export async function migrate(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    await runner.release();
  }
}

// IEUM_DATA_KEY in production; elsewhere a key generated once into the data dir (mode 600).
export function loadDataKeys(config: AppConfig): DataKeys {
  if (config.dataKeyText) return deriveDataKeys(parseMasterKey(config.dataKeyText));
  if (config.production)
    throw new Error('IEUM_DATA_KEY is required in production (32 bytes, base64 or hex).');
  mkdirSync(config.dataDir, { recursive: true });
  const text = readOrCreateSecret(config.dataDir, 'data-key', () => randomBytes(32).toString('base64'));
  return deriveDataKeys(parseMasterKey(text));
}

export const dataKeyFile = (config: AppConfig) => join(config.dataDir, 'data-key');
