import { GraphQLError } from 'graphql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

// The public calculator is rate limited per client address (issue 10, "Bad input and safety"), with
// rate-limiter-flexible's PostgreSQL store on the app's own pool, so every API process shares the
// count. The library owns its table (calculator_rate_limits: key, points, expire) and creates it on
// first use, as graphile-worker owns its schema; it holds counters only, never personal data.

export const DEFAULT_CALCULATOR_RATE_LIMIT = 120; // requests a minute per address (IEUM_CALCULATOR_RATE_LIMIT)
const WINDOW_SECONDS = 60;
const TABLE = 'calculator_rate_limits';

const limiters = new WeakMap<DataSource, Map<number, Promise<RateLimiterPostgres>>>();

function limiterFor(dataSource: DataSource, points: number): Promise<RateLimiterPostgres> {
  let byPoints = limiters.get(dataSource);
  if (!byPoints) limiters.set(dataSource, (byPoints = new Map()));
  let limiter = byPoints.get(points);
  if (!limiter) {
    limiter = new Promise<RateLimiterPostgres>((resolve, reject) => {
      const rl: RateLimiterPostgres = new RateLimiterPostgres(
        {
          storeClient: dataSource,
          storeType: 'typeorm',
          tableName: TABLE,
          keyPrefix: `calculator:${points}`,
          points,
          duration: WINDOW_SECONDS,
          clearExpiredByTimeout: true,
        },
        (e?: unknown) => (e ? reject(e) : resolve(rl)),
      );
    });
    limiter.catch(() => byPoints.delete(points)); // retry the table on the next request
    byPoints.set(points, limiter);
  }
  return limiter;
}

/** Counts one calculator request for `address`; over the limit throws RATE_LIMITED with retryAfterSeconds. */
export async function consumeCalculatorRequest(
  dataSource: DataSource,
  address: string,
  limit: number = DEFAULT_CALCULATOR_RATE_LIMIT,
): Promise<void> {
  const limiter = await limiterFor(dataSource, limit);
  try {
    await limiter.consume(address);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    const retryAfterSeconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw new GraphQLError(
      `Too many calculator requests from this address: try again in ${retryAfterSeconds} s (요청이 너무 많습니다).`,
      { extensions: { code: 'RATE_LIMITED', retryAfterSeconds } },
    );
  }
}
