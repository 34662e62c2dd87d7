import { parentPort, workerData } from 'node:worker_threads';
import { loadBenefitParameters } from '@ieum/db';
import { recipientEvaluator, type RecipientRow, type RecipientSettings } from './recipient-evaluation';

// A worker thread of a 확인조사 run: evaluates a chunk of recipients (one JSON text read by the main
// thread) and answers its change rows as one JSON text, which the main thread inserts as it is.
export interface ReverificationChunk {
  index: number;
  recipients: string;
}
export interface ReverificationChunkResult {
  index: number;
  changes: string;
  skipped: number;
}

const evaluate = recipientEvaluator(loadBenefitParameters(), workerData as RecipientSettings);

parentPort?.on('message', (job: ReverificationChunk) => {
  const { changes, skipped } = evaluate(JSON.parse(job.recipients) as RecipientRow[]);
  parentPort!.postMessage({
    index: job.index,
    changes: JSON.stringify(changes),
    skipped,
  } satisfies ReverificationChunkResult);
});
