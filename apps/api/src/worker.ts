import 'reflect-metadata';
import { loadConfig } from './config';
import { openDatabase } from './database';
import { startJobRunner } from './jobs/job-runner';
import { CRONTAB, jobTasks } from './jobs/tasks';
import { logger } from './logger';

// A separate worker process for background jobs (screening rounds), for deployments that run the API
// with IEUM_WORKER=0. Several workers may run; set IEUM_JOBS_UNLOCK_AT_BOOT=0 when they do.
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.databaseUrl)
    throw new Error(
      'A separate worker needs DATABASE_URL (the embedded database belongs to the API process).',
    );
  const db = await openDatabase(config);
  const jobs = await startJobRunner(db.url, jobTasks(db.dataSource), {
    unlockAtBoot: process.env.IEUM_JOBS_UNLOCK_AT_BOOT !== '0',
    crontab: CRONTAB,
  });
  logger.info('Ieum worker is running');
  const stop = async () => {
    await jobs.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e: Error) => {
  logger.fatal({ err: { message: e.message } }, 'the worker could not start');
  process.exit(1);
});
