import 'reflect-metadata';
import { loadConfig } from './config';
import { loadDataKeys, openDatabase } from './database';
import { logger } from './logger';
import { migrateJobQueue, startJobRunner } from './jobs/job-runner';
import { CRONTAB, jobTasks } from './jobs/tasks';
import { seedDemo } from './seed/demo';
import { startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const keys = loadDataKeys(config);
  const db = await openDatabase(config, { log: (m) => logger.warn(m) });
  logger.info({ database: db.kind }, 'database ready, migrations applied');
  if (config.demo && (await seedDemo(db.dataSource, keys, { activity: true }))) {
    logger.info('demo data created: see the README for the demo accounts');
  }
  await migrateJobQueue(db.url);
  // Background jobs run in this process unless IEUM_WORKER=0 (then run `node apps/api/dist/worker.js`).
  const jobs =
    process.env.IEUM_WORKER === '0'
      ? null
      : await startJobRunner(db.url, jobTasks(db.dataSource), { crontab: CRONTAB });
  const running = await startServer({
    deps: {
      dataSource: db.dataSource,
      keys,
      sessionIdleMinutes: config.sessionIdleMinutes,
      secureCookies: config.secureCookies,
      publicRateLimit: config.publicRateLimit,
    },
    databaseUrl: db.url,
    production: config.production,
    trustProxy: config.trustProxy,
    webDist: config.webDist,
    port: config.port,
    host: config.host,
  });
  logger.info(`Ieum is listening on http://localhost:${running.port}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await running.stop().catch((e) => logger.warn({ err: String(e) }, 'the server did not stop cleanly'));
    await jobs?.stop().catch(() => {});
    await db.close().catch((e) => logger.error({ err: String(e) }, 'database did not stop cleanly'));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: Error) => {
  logger.fatal({ err: { message: e.message } }, 'Ieum could not start');
  // eslint-disable-next-line no-console
  console.error(`\nIeum could not start: ${e.message}\n`);
  process.exit(1);
});
