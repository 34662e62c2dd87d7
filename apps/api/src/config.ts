import { resolve } from 'node:path';
import { DEFAULT_PUBLIC_RATE_LIMIT } from './graphql/public-rate-limit';

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  dataDir: string;
  databaseUrl: string | null;
  dataKeyText: string | null;
  demo: boolean;
  secureCookies: boolean;
  trustProxy: boolean;
  sessionIdleMinutes: number;
  publicRateLimit: number;
  webDist: string;
}

function intFrom(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer`);
  return n;
}

// Every setting comes from the environment; see the README's "Configuration" table.
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const databaseUrl = env.DATABASE_URL || null;
  // Demo data: default on for the embedded database, on for any database with IEUM_DEMO=1, never in production.
  const demo = !production && (env.IEUM_DEMO === '1' || (env.IEUM_DEMO !== '0' && !databaseUrl));
  return {
    port: intFrom('PORT', 4000),
    host: env.HOST || '0.0.0.0',
    production,
    dataDir: resolve(env.IEUM_DATA_DIR || 'data'),
    databaseUrl,
    dataKeyText: env.IEUM_DATA_KEY || null,
    demo,
    secureCookies: env.IEUM_SECURE_COOKIES ? env.IEUM_SECURE_COOKIES === '1' : production,
    trustProxy: env.IEUM_TRUST_PROXY === '1',
    sessionIdleMinutes: intFrom('IEUM_SESSION_IDLE_MINUTES', 30),
    publicRateLimit: intFrom('IEUM_PUBLIC_RATE_LIMIT', DEFAULT_PUBLIC_RATE_LIMIT),
    webDist: resolve(env.IEUM_WEB_DIST || resolve(__dirname, '..', '..', 'web', 'dist')),
  };
}
