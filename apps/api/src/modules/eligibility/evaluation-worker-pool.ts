import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { EvaluationChunk, EvaluationChunkResult, EvaluationWorkerData } from './evaluation-worker';

// As the feed loader's pool (indicators/feed-worker-pool.ts): compiled JavaScript in the threads,
// two chunks in flight per thread, and a thread's next chunk only once its last result is handled,
// so a slow COPY slows the reading instead of filling memory.
const WORKER_FILE = __filename.endsWith('.ts')
  ? join(__dirname, '../../../dist/modules/eligibility/evaluation-worker.js')
  : join(__dirname, 'evaluation-worker.js');
const MAX_IN_FLIGHT = 2;

/** Threads for one run (IEUM_ELIGIBILITY_WORKERS overrides): one per core, at least two. */
export const evaluationWorkerCount = (): number =>
  Number(process.env.IEUM_ELIGIBILITY_WORKERS) || Math.min(4, Math.max(2, availableParallelism()));

export class EvaluationWorkerPool {
  private readonly slots: { thread: Worker; inFlight: number }[];
  private waiting: (() => void)[] = [];
  private failure: Error | null = null;
  private handled: Promise<void> = Promise.resolve();
  private closing = false;

  constructor(
    size: number,
    data: EvaluationWorkerData,
    private readonly onResult: (r: EvaluationChunkResult) => Promise<void>,
  ) {
    this.slots = Array.from({ length: size }, () => {
      const slot = { thread: new Worker(WORKER_FILE, { workerData: data }), inFlight: 0 };
      slot.thread.on('message', (result: EvaluationChunkResult) => {
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
        if (!this.closing) this.fail(new Error(`an evaluation worker stopped (exit code ${code})`));
      });
      return slot;
    });
  }

  async submit(job: EvaluationChunk): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      if (slot.inFlight < MAX_IN_FLIGHT) {
        slot.inFlight++;
        slot.thread.postMessage(job);
        return;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Resolves once every submitted chunk's result has been handled. */
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
