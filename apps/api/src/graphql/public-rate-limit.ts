import { GraphQLError } from 'graphql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

// What anyone may ask without signing in (the calculator, the directory search) is rate limited per
// client address, with rate-limiter-flexible's PostgreSQL store on the app's own pool, so every API
// process shares the count. Each kind of request has its own count. The library owns its table
// (public_rate_limits: key, points, expire) and creates it on first use, as graphile-worker owns its
// schema; it holds counters only, never personal data.

export const DEFAULT_PUBLIC_RATE_LIMIT = 120; // requests a minute per address and kind (IEUM_PUBLIC_RATE_LIMIT)
const WINDOW_SECONDS = 60;
const TABLE = 'public_rate_limits';

export type PublicRequestKind = 'calculator' | 'directory';

const limiters = new WeakMap<DataSource, Map<string, Promise<RateLimiterPostgres>>>();

function limiterFor(
  dataSource: DataSource,
  kind: PublicRequestKind,
  points: number,
): Promise<RateLimiterPostgres> {
  let byKey = limiters.get(dataSource);
  if (!byKey) limiters.set(dataSource, (byKey = new Map()));
  const key = `${kind}:${points}`;
  let limiter = byKey.get(key);
  if (!limiter) {
    limiter = new Promise<RateLimiterPostgres>((resolve, reject) => {
      const rl: RateLimiterPostgres = new RateLimiterPostgres(
        {
          storeClient: dataSource,
          storeType: 'typeorm',
          tableName: TABLE,
          keyPrefix: key,
          points,
          duration: WINDOW_SECONDS,
          clearExpiredByTimeout: true,
        },
        (e?: unknown) => (e ? reject(e) : resolve(rl)),
      );
    });
    limiter.catch(() => byKey.delete(key)); // retry the table on the next request
    byKey.set(key, limiter);
  }
  return limiter;
}

/** Counts one public request of `kind` for `address`; over the limit throws RATE_LIMITED with retryAfterSeconds. */
export async function consumePublicRequest(
  dataSource: DataSource,
  kind: PublicRequestKind,
  address: string,
  limit: number = DEFAULT_PUBLIC_RATE_LIMIT,
): Promise<void> {
  const limiter = await limiterFor(dataSource, kind, limit);
  try {
    await limiter.consume(address);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    const retryAfterSeconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw new GraphQLError(
      `Too many requests from this address: try again in ${retryAfterSeconds} s (요청이 너무 많습니다).`,
      { extensions: { code: 'RATE_LIMITED', retryAfterSeconds } },
    );
  }
}
