import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { WorkerPool } from '../../jobs/worker-pool';
import type { RecipientSettings } from './recipient-evaluation';
import type { ReverificationChunk, ReverificationChunkResult } from './reverification-worker';

// The shared pool (jobs/worker-pool.ts) on compiled JavaScript: the build beside this file, or the
// build of it when the sources run under vitest.
const WORKER_FILE = __filename.endsWith('.ts')
  ? join(__dirname, '../../../dist/modules/reverification/reverification-worker.js')
  : join(__dirname, 'reverification-worker.js');

/**
 * Threads for one run (IEUM_REVERIFICATION_WORKERS overrides): one core is left to PostgreSQL and
 * the requests the run must not slow, with at least one thread.
 */
export const reverificationWorkerCount = (): number =>
  Number(process.env.IEUM_REVERIFICATION_WORKERS) || Math.min(3, Math.max(1, availableParallelism() - 1));

export class ReverificationWorkerPool extends WorkerPool<ReverificationChunk, ReverificationChunkResult> {
  constructor(
    size: number,
    data: RecipientSettings,
    onResult: (r: ReverificationChunkResult) => Promise<void>,
  ) {
    super(WORKER_FILE, 'a re-verification worker', size, data, onResult);
  }
}
