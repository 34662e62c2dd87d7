import 'reflect-metadata';
import { loadConfig } from '../config';
import { loadDataKeys, openDatabase } from '../database';
import { addSyntheticHouseholds } from '../seed/synthetic-households';
import { fail, flag } from './args';

// npm run seed -- --households N [--region <code>]: N more synthetic households, set-based (COPY),
// spread over the 읍면동 of a region (default: all of them), in committed chunks with progress.
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const count = Number(flag(argv, 'households') ?? '');
  if (!Number.isInteger(count) || count < 1)
    fail('Usage: npm run seed -- --households N [--region <10-digit code>]');
  const region = flag(argv, 'region') ?? null;
  const config = loadConfig();
  const keys = loadDataKeys(config);
  const db = await openDatabase(config);
  try {
    const regions = await db.dataSource.query(
      `SELECT r.code, r.name FROM regions r
       WHERE r.level = 'EUPMYEONDONG' AND r.retired_on IS NULL AND ($1::varchar IS NULL OR r.code IN (SELECT region_code FROM region_tree WHERE ancestor_code = $1))
       ORDER BY r.code`,
      [region],
    );
    if (!regions.length) fail(`No 읍면동 found under region ${region}`);
    const started = Date.now();
    let last = 0;
    await addSyntheticHouseholds(db.dataSource, keys, regions, count, {
      onProgress: ({ done, total }) => {
        if (Date.now() - last > 1000 || done === total) {
          last = Date.now();
          process.stdout.write(`\rseeded ${done.toLocaleString()} / ${total.toLocaleString()} households`);
        }
      },
    });
    await db.dataSource.query('ANALYZE households; ANALYZE persons; ANALYZE household_members');
    process.stdout.write(`\ndone in ${((Date.now() - started) / 1000).toFixed(1)} s (${db.kind} database)\n`);
  } finally {
    await db.close();
  }
}

main().catch((e: Error) => fail(`seed failed: ${e.message}`));
