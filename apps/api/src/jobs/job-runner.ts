import { Logger, makeWorkerUtils, run, runMigrations, type Task, type TaskList } from 'graphile-worker';
import { Pool } from 'pg';
import { logger } from '../logger';

// graphile-worker: jobs kept in PostgreSQL, so another API process or a separate worker can take them.
const quiet = new Logger((scope) => (level, message) => {
  if (level === 'error' || level === 'warning')
    logger.warn({ scope: scope.label, task: scope.taskIdentifier }, message);
});

export async function migrateJobQueue(databaseUrl: string): Promise<void> {
  const pool = new Pool({ connectionString: databaseUrl, max: 1 });
  try {
    await runMigrations({ pgPool: pool, logger: quiet });
  } finally {
    await pool.end();
  }
}

export interface JobRunner {
  stop(): Promise<void>;
}

export async function startJobRunner(
  databaseUrl: string,
  tasks: Record<string, Task>,
  opts: { unlockAtBoot?: boolean; crontab?: string } = {},
): Promise<JobRunner> {
  const pool = new Pool({ connectionString: databaseUrl, max: 4, application_name: 'ieum-jobs' });
  await runMigrations({ pgPool: pool, logger: quiet });
  if (opts.unlockAtBoot ?? true) {
    // A worker killed mid-job leaves its jobs locked for 4 hours. With one worker process (the
    // default), every lock at boot belongs to a dead worker: free them so the job resumes now.
    const { rows } = await pool.query(
      `SELECT DISTINCT locked_by FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL`,
    );
    if (rows.length) {
      const utils = await makeWorkerUtils({ pgPool: pool, logger: quiet });
      await utils.forceUnlockWorkers(rows.map((r: { locked_by: string }) => r.locked_by));
      await utils.release();
    }
  }
  const runner = await run({
    pgPool: pool,
    concurrency: 1,
    noHandleSignals: true,
    pollInterval: 500,
    taskList: tasks as TaskList,
    logger: quiet,
    crontab: opts.crontab,
  });
  return {
    async stop() {
      await runner.stop();
      await pool.end();
    },
  };
}
