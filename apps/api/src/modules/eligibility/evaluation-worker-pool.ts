import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { WorkerPool } from '../../jobs/worker-pool';
import type { EvaluationChunk, EvaluationChunkResult, EvaluationWorkerData } from './evaluation-worker';

// The pool the feed loader uses (jobs/worker-pool.ts), on compiled JavaScript: the build beside this
// file, or the build of it when the sources run under vitest.
const WORKER_FILE = __filename.endsWith('.ts')
  ? join(__dirname, '../../../dist/modules/eligibility/evaluation-worker.js')
  : join(__dirname, 'evaluation-worker.js');

/** Threads for one run (IEUM_ELIGIBILITY_WORKERS overrides): one per core, at least two. */
export const evaluationWorkerCount = (): number =>
  Number(process.env.IEUM_ELIGIBILITY_WORKERS) || Math.min(4, Math.max(2, availableParallelism()));

export class EvaluationWorkerPool extends WorkerPool<EvaluationChunk, EvaluationChunkResult> {
  constructor(
    size: number,
    data: EvaluationWorkerData,
    onResult: (r: EvaluationChunkResult) => Promise<void>,
  ) {
    super(WORKER_FILE, 'an evaluation worker', size, data, onResult);
  }
}
