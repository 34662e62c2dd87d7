import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createDataSource, StatementCounter } from '@ieum/db';
import { deriveDataKeys, type DataKeys } from '../personal-data/rrn-cipher';
import { startJobRunner } from '../jobs/job-runner';
import { jobTasks } from '../jobs/tasks';
import { DEMO_DOMAIN, DEMO_PASSWORD } from '../seed/demo';
import { startServer } from '../server';
import { databaseUrl } from './database-url';

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

export interface TestApp {
  url: string;
  databaseUrl: string;
  db: DataSource;
  keys: DataKeys;
  statements: StatementCounter;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    auth?: { token?: string; cookie?: string },
  ): Promise<GqlResult<T>>;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  signIn(who: DemoAccount | { email: string; password: string }): Promise<string>;
  close(): Promise<void>;
}

export type DemoAccount = 'worker' | 'supervisor' | 'agency' | 'analyst' | 'admin' | 'hongcheon';

// A real HTTP server on a database of its own, copied from the migrated template with the demo data.
export async function startTestApp(
  opts: {
    production?: boolean;
    sessionIdleMinutes?: number;
    jobs?: boolean;
    publicRateLimit?: number;
    /** Take the client address from X-Forwarded-For, to act as several clients. */
    trustProxy?: boolean;
  } = {},
): Promise<TestApp> {
  const serverUrl = inject('dbAdminUrl');
  const name = `ieum_t_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('templateDb')}"`);
  await admin.end();

  const dbUrl = databaseUrl(serverUrl, name);
  const statements = new StatementCounter();
  const db = createDataSource({
    url: dbUrl,
    statementCounter: statements,
    poolSize: 5,
  });
  await db.initialize();
  const keys = deriveDataKeys(Buffer.from(inject('dataKeyHex'), 'hex'));
  const jobs = opts.jobs ? await startJobRunner(dbUrl, jobTasks(db)) : null;
  const running = await startServer({
    deps: {
      dataSource: db,
      keys,
      sessionIdleMinutes: opts.sessionIdleMinutes ?? 30,
      secureCookies: false,
      publicRateLimit: opts.publicRateLimit,
    },
    databaseUrl: dbUrl,
    production: opts.production ?? false,
    trustProxy: opts.trustProxy ?? false,
    webDist: null,
    port: 0,
    host: '127.0.0.1',
  });
  const url = `http://127.0.0.1:${running.port}`;

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  const gql: TestApp['gql'] = async (query, variables, auth) => {
    const headers: Record<string, string> = {};
    if (auth?.token) headers.authorization = `Bearer ${auth.token}`;
    if (auth?.cookie) headers.cookie = auth.cookie;
    const res = await post({ query, variables }, headers);
    return res.json() as Promise<GqlResult>;
  };

  const signIn: TestApp['signIn'] = async (who) => {
    const creds = typeof who === 'string' ? { email: `${who}@${DEMO_DOMAIN}`, password: DEMO_PASSWORD } : who;
    const r = await gql(
      `mutation($input: SignInInput!) { signIn(input: $input) { token errors { code } } }`,
      { input: creds },
    );
    const token = r.data?.signIn?.token;
    if (!token) throw new Error(`sign-in failed for ${creds.email}: ${JSON.stringify(r)}`);
    return token;
  };

  return {
    url,
    databaseUrl: dbUrl,
    db,
    keys,
    statements,
    gql,
    post,
    signIn,
    async close() {
      await running.stop();
      await jobs?.stop();
      await db.destroy();
    },
  };
}

// The first payload error's code, or null: assertions are on codes, never on message text.
export const firstErrorCode = (r: GqlResult): string | undefined => r.errors?.[0]?.extensions?.code;

// POSTs a crisis-indicator feed as text/csv.
export async function postFeed(
  app: TestApp,
  token: string,
  csv: string,
  source = '한국전력공사',
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${app.url}/api/feeds?source=${encodeURIComponent(source)}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv; charset=utf-8', authorization: `Bearer ${token}` },
    body: csv,
  });
  return { status: res.status, body: await res.json() };
}

// The plain numbers of some synthetic demo people (never the ones a test registered), decrypted with the test key.
export async function demoPeople(
  app: TestApp,
  where = `TRUE`,
  limit = 5,
): Promise<{ id: string; householdId: string; rrn: string; name: string }[]> {
  const { decryptRrn } = await import('../personal-data/rrn-cipher');
  const rows: { id: string; householdId: string; enc: Buffer; name: string }[] = await app.db.query(
    `SELECT p.id, m.household_id AS "householdId", p.rrn_encrypted AS enc, p.name FROM persons p
     JOIN household_members m ON m.person_id = p.id JOIN households h ON h.id = m.household_id
     WHERE p.synthetic AND (${where}) ORDER BY md5(p.id::text) LIMIT ${Number(limit)}`,
  );
  return rows.map((r) => ({
    id: r.id,
    householdId: r.householdId,
    name: r.name,
    rrn: decryptRrn(r.enc, app.keys.encryptionKey),
  }));
}
