import { parentPort, workerData } from 'node:worker_threads';
import { codecOf, type FeedCodecSettings } from './feed-codecs';
import { encodeSegment } from './feed-segments';

// A worker thread that validates feed segments and encodes them for COPY: parsing and hashing a
// million rows takes seconds of CPU, which would otherwise stall every request on the main thread.
export type FeedWorkerData = FeedCodecSettings;
export interface SegmentJob {
  index: number;
  bytes: Uint8Array;
}

const codec = codecOf(workerData as FeedWorkerData);

parentPort!.on('message', (job: SegmentJob) => {
  const bytes = Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength);
  const result = encodeSegment(bytes, job.index === 0, codec);
  // The tuples' memory moves to the main thread instead of being copied.
  parentPort!.postMessage(
    { index: job.index, ...result },
    result.copy ? [result.copy.buffer as ArrayBuffer] : [],
  );
});
