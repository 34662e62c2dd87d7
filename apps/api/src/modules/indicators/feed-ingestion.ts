import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Writable, type Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource, EntityManager } from 'typeorm';
import { FEED_COLUMNS } from '@ieum/domain';
import type { DataKeys } from '../../personal-data/rrn-cipher';
import type { Actor } from '../../context';
import { queueGuidanceForFeed } from '../membership/guidance-queue';
import { BINARY_COPY_HEADER, BINARY_COPY_TRAILER } from './copy-binary';
import type { FeedKind } from './feed-codecs';
import { MAX_REPORTED_ERRORS, RecordAlignedSplitter, type AnyFeedRowError } from './feed-segments';
import { feedWorkerCount, FeedWorkerPool, type SegmentResult } from './feed-worker-pool';

export interface FeedResult {
  feedId: string;
  status: 'LOADED' | 'REJECTED' | 'DUPLICATE';
  rows: number;
  matched: number;
  unmatched: number;
  errors: AnyFeedRowError[];
}

/**
 * Where a kind of feed lands: its feeds table (same columns for every kind: source, status, hash,
 * counts, errors, who sent it) and its rows table, filled by COPY of the codec's tuples.
 */
export interface FeedTarget {
  kind: FeedKind;
  feedsTable: 'crisis_feeds' | 'means_feeds';
  rowsTable: 'crisis_signals' | 'means_feed_rows';
  /** The rows table's columns in the codec's tuple order. */
  copyColumns: string;
  /** The header, for the message of an empty feed. */
  columns: readonly string[];
  knownKinds: readonly string[];
  /** More work in the feed's own transaction once it is LOADED. */
  afterLoad?: (tx: EntityManager, feedId: string) => Promise<void>;
}

export const crisisFeedTarget = (knownKinds: ReadonlySet<string>): FeedTarget => ({
  kind: 'CRISIS',
  feedsTable: 'crisis_feeds',
  rowsTable: 'crisis_signals',
  copyColumns: 'feed_id, rrn_hash, kind_code, observed_on, value, source_ref',
  columns: FEED_COLUMNS,
  knownKinds: [...knownKinds],
  // 복지멤버십: a member household named by the feed is looked at again once it has landed.
  afterLoad: queueGuidanceForFeed,
});

// Loads one feed in one transaction: the CSV is cut into record-aligned segments as it arrives,
// worker threads validate and encode them, and their rows stream into COPY (never the whole file
// in memory). Any bad row rejects the whole feed and nothing is stored; a killed process or a
// dropped upload rolls back the same way. The same bytes are loaded once.
export async function ingestFeed(
  db: DataSource,
  keys: DataKeys,
  actor: Actor,
  clientAddress: string,
  source: string,
  body: Readable,
  target: FeedTarget,
  asOf: string,
): Promise<FeedResult> {
  const feedId = randomUUID();
  const contentHash = createHash('sha256'); // of the bytes as sent, for "a feed sent twice is stored once"
  const segments: SegmentResult[] = [];
  let anyError = false;

  const runner = db.createQueryRunner();
  await runner.connect();
  const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  let pool: FeedWorkerPool | null = null;
  let copy: ReturnType<typeof copyFrom> | null = null;
  let copied: Promise<void> = Promise.resolve();
  try {
    await runner.startTransaction();
    const stream = client.query(
      copyFrom(`COPY ${target.rowsTable} (${target.copyColumns}) FROM STDIN (FORMAT binary)`),
    );
    copy = stream;
    copied = finished(stream);
    copied.catch(() => {}); // awaited below; a COPY failure also surfaces through the writes
    stream.write(BINARY_COPY_HEADER);
    pool = new FeedWorkerPool(
      feedWorkerCount(),
      { kind: target.kind, feedId, lookupKey: keys.lookupKey, knownKinds: [...target.knownKinds], asOf },
      async (segment) => {
        segments.push({ ...segment, copy: null });
        anyError ||= segment.errors.length > 0;
        // Once any segment has an error the feed is refused: the rest is validated, not written.
        if (
          !anyError &&
          segment.copy &&
          !stream.write(Buffer.from(segment.copy.buffer, segment.copy.byteOffset, segment.copy.byteLength))
        ) {
          await once(stream, 'drain');
        }
      },
    );
    const splitter = new RecordAlignedSplitter();
    let index = 0;
    for await (const chunk of body as AsyncIterable<Buffer>) {
      contentHash.update(chunk);
      for (const bytes of splitter.push(chunk)) await pool.submit({ index: index++, bytes });
    }
    for (const bytes of splitter.end()) await pool.submit({ index: index++, bytes });
    await pool.drain();
    stream.end(BINARY_COPY_TRAILER);
    await copied;

    const { rows, rejected, errors } = tally(segments, target.columns);
    const digest = contentHash.digest();
    if (errors.length) {
      await runner.rollbackTransaction();
      await db.query(
        `INSERT INTO ${target.feedsTable} (id, source, status, content_sha256, row_count, rejected, errors, account, user_id, api_key_id, client_address)
         VALUES ($1, $2, 'REJECTED', $3, $4, $5, $6, $7, $8, $9, $10)`,
        [
          feedId,
          source,
          digest,
          rows,
          rejected,
          JSON.stringify(errors),
          actor.account,
          actor.userId,
          actor.apiKeyId,
          clientAddress,
        ],
      );
      return { feedId, status: 'REJECTED', rows, matched: 0, unmatched: 0, errors };
    }

    // The rows just copied have no statistics yet: without this the planner probes the persons
    // index once per row, where one hash of the registered numbers is several times faster.
    await runner.query(`SET LOCAL enable_nestloop = off`);
    const [{ matched }] = await runner.query(
      `SELECT count(*)::int AS matched FROM ${target.rowsTable} s WHERE s.feed_id = $1 AND EXISTS (SELECT 1 FROM persons p WHERE p.rrn_hash = s.rrn_hash)`,
      [feedId],
    );
    // The unique index on LOADED content decides between two identical feeds racing.
    const inserted = await runner.query(
      `INSERT INTO ${target.feedsTable} (id, source, status, content_sha256, row_count, matched, unmatched, account, user_id, api_key_id, client_address)
       VALUES ($1, $2, 'LOADED', $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (content_sha256) WHERE status = 'LOADED' DO NOTHING RETURNING id`,
      [
        feedId,
        source,
        digest,
        rows,
        matched,
        rows - matched,
        actor.account,
        actor.userId,
        actor.apiKeyId,
        clientAddress,
      ],
    );
    if (!inserted.length) {
      await runner.rollbackTransaction();
      return duplicateOf(db, target, digest);
    }
    await target.afterLoad?.(runner.manager, feedId);
    await runner.commitTransaction();
    return { feedId, status: 'LOADED', rows, matched, unmatched: rows - matched, errors: [] };
  } catch (e) {
    // A COPY still open (the upload broke off, a worker failed) is ended with CopyFail first: the
    // connection takes no ROLLBACK while it is in COPY.
    if (copy && !copy.writableFinished) {
      copy.destroy(e as Error);
      await copied.catch(() => {});
    }
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => {});
    throw e;
  } finally {
    await pool?.close();
    await runner.release();
  }
}

// Puts the segments back in file order: their line counts place each one's errors in the file.
function tally(
  segments: SegmentResult[],
  columns: readonly string[],
): { rows: number; rejected: number; errors: AnyFeedRowError[] } {
  const ordered = [...segments].sort((a, b) => a.index - b.index);
  const errors: AnyFeedRowError[] = [];
  let rows = 0;
  let rejected = 0;
  let linesBefore = 0;
  for (const s of ordered) {
    rows += s.rows;
    rejected += s.rejected;
    for (const e of s.errors) errors.push({ ...e, line: e.line + linesBefore });
    linesBefore += s.lines;
  }
  const headerSeen = ordered.length > 0 && ordered[0].headerSeen;
  if (!headerSeen && !errors.length)
    errors.push({
      line: 1,
      column: null,
      problem: 'EMPTY_FEED',
      message: `The feed is empty: expected the header ${columns.join(',')}`,
    });
  else if (rows === 0 && !errors.length)
    errors.push({ line: 2, column: null, problem: 'NO_ROWS', message: 'The feed has a header but no rows' });
  return { rows, rejected, errors: errors.slice(0, MAX_REPORTED_ERRORS) };
}

async function duplicateOf(db: DataSource, target: FeedTarget, contentHash: Buffer): Promise<FeedResult> {
  const [f] = await db.query(
    `SELECT id, row_count AS rows, matched, unmatched FROM ${target.feedsTable} WHERE content_sha256 = $1 AND status = 'LOADED'`,
    [contentHash],
  );
  return {
    feedId: f.id,
    status: 'DUPLICATE',
    rows: f.rows,
    matched: f.matched,
    unmatched: f.unmatched,
    errors: [],
  };
}

// Drains a body that will not be read, so the client sees the answer instead of a reset.
export function drain(body: Readable): Promise<void> {
  return pipeline(body, new Writable({ write: (_c, _e, done) => done() }));
}
