import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { WorkerPool } from '../../jobs/worker-pool';
import type { EncodedSegment } from './feed-segments';
import type { FeedWorkerData, SegmentJob } from './feed-worker';

// Worker threads run compiled JavaScript: the build beside this file, or, when the sources run under
// vitest, the build of them (the test setup compiles the API first).
const WORKER_FILE = __filename.endsWith('.ts')
  ? join(__dirname, '../../../dist/modules/indicators/feed-worker.js')
  : join(__dirname, 'feed-worker.js');

/**
 * Threads for one feed (IEUM_FEED_WORKERS overrides): one per core beyond the one PostgreSQL needs
 * for the COPY, and at least two, since on two cores two threads still load a third faster than one
 * (measured: 1M rows in 9.1 s against 10.6 s).
 */
export const feedWorkerCount = (): number =>
  Number(process.env.IEUM_FEED_WORKERS) || Math.min(4, Math.max(2, availableParallelism() - 1));

export type SegmentResult = EncodedSegment & { index: number };

/** The shared pool (jobs/worker-pool.ts), moving each segment's bytes to its thread. */
export class FeedWorkerPool extends WorkerPool<SegmentJob, SegmentResult> {
  constructor(size: number, data: FeedWorkerData, onResult: (r: SegmentResult) => Promise<void>) {
    super(WORKER_FILE, 'a feed worker', size, data, onResult);
  }

  protected override post(thread: Worker, job: SegmentJob): void {
    // A segment is usually a view into a larger buffer, all of which structured cloning would
    // copy: it goes over as exactly its own bytes, moved rather than copied again.
    const bytes = new Uint8Array(job.bytes);
    thread.postMessage({ ...job, bytes }, [bytes.buffer]);
  }
}
