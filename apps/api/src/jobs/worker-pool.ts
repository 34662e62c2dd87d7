import { Worker } from 'node:worker_threads';

// Two jobs queued per thread keep it busy while its last answer is being handled; more would only
// hold memory.
const MAX_IN_FLIGHT = 2;

/**
 * Hands jobs to worker threads and their results, one at a time and in arrival order, to `onResult`;
 * a thread gets its next job only once its earlier result has been handled, so a slow consumer (a
 * COPY) slows the producer instead of filling memory. The feed loader and the eligibility batch share it.
 */
export class WorkerPool<Job, Result> {
  private readonly slots: { thread: Worker; inFlight: number }[];
  private waiting: (() => void)[] = [];
  private failure: Error | null = null;
  private handled: Promise<void> = Promise.resolve();
  private closing = false;

  constructor(
    workerFile: string,
    /** Names a thread in the error when one stops ('a feed worker'). */
    threadName: string,
    size: number,
    data: unknown,
    private readonly onResult: (r: Result) => Promise<void>,
  ) {
    this.slots = Array.from({ length: size }, () => {
      const slot = { thread: new Worker(workerFile, { workerData: data }), inFlight: 0 };
      slot.thread.on('message', (result: Result) => {
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
        if (!this.closing) this.fail(new Error(`${threadName} stopped (exit code ${code})`));
      });
      return slot;
    });
  }

  async submit(job: Job): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      const slot = this.slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      if (slot.inFlight < MAX_IN_FLIGHT) {
        slot.inFlight++;
        this.post(slot.thread, job);
        return;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Sends one job to a thread; a subclass may move buffers instead of copying them. */
  protected post(thread: Worker, job: Job): void {
    thread.postMessage(job);
  }

  /** Resolves once every submitted job's result has been handled. */
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
