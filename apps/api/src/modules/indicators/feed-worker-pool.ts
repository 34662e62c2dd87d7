import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EncodedSegment } from './feed-segments';
import type { FeedWorkerData, SegmentJob } from './feed-worker';

// Worker threads run compiled JavaScript: the build beside this file, or, when the sources run under
// vitest, the build of them (the test setup compiles the API first).
const WORKER_FILE = __filename.endsWith('.ts')
  ? join(__dirname, '../../../dist/modules/indicators/feed-worker.js')
  : join(__dirname, 'feed-worker.js');
// Two segments queued per worker keep it busy while its last answer is being written to COPY;
// more would only hold memory.
const MAX_IN_FLIGHT = 2;

/**
 * Threads for one feed (IEUM_FEED_WORKERS overrides): one per core beyond the one PostgreSQL needs
 * for the COPY, and at least two, since on two cores two threads still load a third faster than one
 * (measured: 1M rows in 9.1 s against 10.6 s).
 */
export const feedWorkerCount = (): number =>
  Number(process.env.IEUM_FEED_WORKERS) || Math.min(4, Math.max(2, availableParallelism() - 1));

export type SegmentResult = EncodedSegment & { index: number };

/**
 * Hands segments to worker threads and their results, one at a time and in arrival order, to
 * `onResult`; a worker gets its next segment only once its earlier result has been handled, so a
 * slow COPY slows the reading of the upload instead of filling memory.
 */
export class FeedWorkerPool {
  private readonly slots: { thread: Worker; inFlight: number }[];
  private waiting: (() => void)[] = [];
  private failure: Error | null = null;
  private handled: Promise<void> = Promise.resolve();
  private closing = false;

  constructor(
    size: number,
    data: FeedWorkerData,
    private readonly onResult: (r: SegmentResult) => Promise<void>,
  ) {
    this.slots = Array.from({ length: size }, () => {
      const slot = { thread: new Worker(WORKER_FILE, { workerData: data }), inFlight: 0 };
      slot.thread.on('message', (result: SegmentResult) => {
        this.handled = this.handled
          .then(() => (this.failure ? undefined : this.onResult(result)))
          .catch((e: Error) => this.fail(e))
          .finally(() => {
            slot.inFlight--;
            this.wake();
          });
      });
      slot.thread.on('error', (e) => this.fail(e));
      slot.thread.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a feed worker stopped (exit code ${code})`));
      });
      return slot;
    });
  }

  async submit(job: SegmentJob): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      if (slot.inFlight < MAX_IN_FLIGHT) {
        slot.inFlight++;
        // A segment is usually a view into a larger buffer, all of which structured cloning would
        // copy: it goes over as exactly its own bytes, moved rather than copied again.
        const bytes = new Uint8Array(job.bytes);
        slot.thread.postMessage({ ...job, bytes }, [bytes.buffer]);
        return;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Resolves once every submitted segment's result has been handled. */
  async drain(): Promise<void> {
    while (!this.failure && this.slots.some((s) => s.inFlight > 0))
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    await this.handled;
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.thread.terminate()));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
