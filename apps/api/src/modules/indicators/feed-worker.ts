import { parentPort, workerData } from 'node:worker_threads';
import { encodeSegment, type SegmentSettings } from './feed-segments';

// A worker thread that validates feed segments and encodes them for COPY: parsing and hashing a
// million rows takes seconds of CPU, which would otherwise stall every request on the main thread.
export interface FeedWorkerData {
  feedId: string;
  lookupKey: Uint8Array;
  knownKinds: string[];
  asOf: string;
}
export interface SegmentJob {
  index: number;
  bytes: Uint8Array;
}

const data = workerData as FeedWorkerData;
const settings: SegmentSettings = {
  feedId: data.feedId,
  lookupKey: Buffer.from(data.lookupKey),
  knownKinds: new Set(data.knownKinds),
  asOf: data.asOf,
};

parentPort!.on('message', (job: SegmentJob) => {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const result = encodeSegment(bytes, job.index === 0, settings);
  // The tuples' memory moves to the main thread instead of being copied.
  parentPort!.postMessage(
    { index: job.index, ...result },
    result.copy ? [result.copy.buffer as ArrayBuffer] : [],
  );
});
