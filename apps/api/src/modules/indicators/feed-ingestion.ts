import { createHash, randomUUID } from 'node:crypto';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { checkFeedHeader, parseFeedRecord, rrnLookupHash, type DataKeys, type FeedRowError } from '@ieum/domain';
import type { Actor } from '../../context';

export const MAX_REPORTED_ERRORS = 100;

export interface FeedResult {
  feedId: string;
  status: 'LOADED' | 'REJECTED' | 'DUPLICATE';
  rows: number;
  matched: number;
  unmatched: number;
  errors: FeedRowError[];
}

// Byte-level SHA-256 of the request body as it streams past, for "a feed sent twice is stored once".
class Hasher extends Transform {
  readonly hash = createHash('sha256');
  _transform(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null, c?: Buffer) => void) {
    this.hash.update(chunk);
    done(null, chunk);
  }
}

const copyText = (v: string) => v.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);

// Loads one feed in one transaction: the CSV streams through the parser straight into COPY (never
// whole in memory). Any bad row rejects the whole feed and nothing is stored; a killed process or
// a dropped upload rolls back the same way. The same bytes are loaded once.
export async function ingestFeed(
  db: DataSource, keys: DataKeys, actor: Actor, clientAddress: string,
  source: string, body: Readable, knownKinds: ReadonlySet<string>, asOf: string,
): Promise<FeedResult> {
  const feedId = randomUUID();
  const errors: FeedRowError[] = [];
  let rows = 0;
  let rejected = 0;
  let headerSeen = false;

  const runner = db.createQueryRunner();
  await runner.connect();
  const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  const hasher = new Hasher();
  try {
    await runner.startTransaction();
    const copy = client.query(copyFrom('COPY crisis_signals (feed_id, rrn_hash, kind_code, observed_on, value, source_ref) FROM STDIN'));
    // Line numbers are counted here rather than with csv-parse's `info`, which costs more than the
    // parsing itself at a million rows: each record is one line plus any newlines quoted inside it.
    let line = 0;
    let block: string[] = [];
    const toCopy = new Transform({
      writableObjectMode: true,
      transform(record: string[], _enc, done) {
        line += 1;
        for (const cell of record) if (cell.includes('\n')) line += cell.split('\n').length - 1;
        if (record.length === 1 && record[0].trim() === '') return done(); // a blank line
        if (!headerSeen) {
          headerSeen = true;
          const problem = checkFeedHeader(record);
          if (problem) errors.push(problem);
          return done();
        }
        rows++;
        const { row, errors: rowErrors } = parseFeedRecord(record, line, knownKinds, asOf);
        if (!row) {
          rejected++;
          for (const e of rowErrors) if (errors.length < MAX_REPORTED_ERRORS) errors.push(e);
          return done();
        }
        if (errors.length) return done(); // the feed is rejected: keep validating, stop writing
        const hash = rrnLookupHash(row.rrnDigits, keys.lookupKey).toString('hex');
        block.push(`${feedId}\t\\\\x${hash}\t${row.kind}\t${row.observedOn}\t${row.value}\t${copyText(row.sourceRef)}\n`);
        if (block.length < 2000) return done();
        const out = block.join('');
        block = [];
        done(null, out);
      },
      flush(done) {
        done(null, block.join(''));
      },
    });
    await pipeline(body, hasher, parse({ bom: true, relax_column_count: true, max_record_size: 10_000 }), toCopy, copy);

    if (!headerSeen) errors.push({ line: 1, column: null, message: 'The feed is empty: expected the header rrn,indicator_kind,observed_on,value,source_ref' });
    else if (rows === 0 && !errors.length) errors.push({ line: 2, column: null, message: 'The feed has a header but no rows' });
    const contentHash = hasher.hash.digest();
    if (errors.length) {
      await runner.rollbackTransaction();
      await db.query(
        `INSERT INTO crisis_feeds (id, source, status, content_sha256, row_count, rejected, errors, account, user_id, api_key_id, client_address)
         VALUES ($1, $2, 'REJECTED', $3, $4, $5, $6, $7, $8, $9, $10)`,
        [feedId, source, contentHash, rows, rejected, JSON.stringify(errors), actor.account, actor.userId, actor.apiKeyId, clientAddress],
      );
      return { feedId, status: 'REJECTED', rows, matched: 0, unmatched: 0, errors };
    }

    // The rows just copied have no statistics yet: without this the planner probes the persons
    // index once per row, where one hash of the registered numbers is several times faster.
    await runner.query(`SET LOCAL enable_nestloop = off`);
    const [{ matched }] = await runner.query(
      `SELECT count(*)::int AS matched FROM crisis_signals s WHERE s.feed_id = $1 AND EXISTS (SELECT 1 FROM persons p WHERE p.rrn_hash = s.rrn_hash)`,
      [feedId],
    );
    // The unique index on LOADED content decides between two identical feeds racing.
    const inserted = await runner.query(
      `INSERT INTO crisis_feeds (id, source, status, content_sha256, row_count, matched, unmatched, account, user_id, api_key_id, client_address)
       VALUES ($1, $2, 'LOADED', $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (content_sha256) WHERE status = 'LOADED' DO NOTHING RETURNING id`,
      [feedId, source, contentHash, rows, matched, rows - matched, actor.account, actor.userId, actor.apiKeyId, clientAddress],
    );
    if (!inserted.length) {
      await runner.rollbackTransaction();
      return duplicateOf(db, contentHash);
    }
    await runner.commitTransaction();
    return { feedId, status: 'LOADED', rows, matched, unmatched: rows - matched, errors: [] };
  } catch (e) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => {});
    throw e;
  } finally {
    await runner.release();
  }
}

async function duplicateOf(db: DataSource, contentHash: Buffer): Promise<FeedResult> {
  const [f] = await db.query(
    `SELECT id, row_count AS rows, matched, unmatched FROM crisis_feeds WHERE content_sha256 = $1 AND status = 'LOADED'`, [contentHash]);
  return { feedId: f.id, status: 'DUPLICATE', rows: f.rows, matched: f.matched, unmatched: f.unmatched, errors: [] };
}

// Drains a body that will not be read, so the client sees the answer instead of a reset.
export function drain(body: Readable): Promise<void> {
  return pipeline(body, new Writable({ write: (_c, _e, done) => done() }));
}
