import { CsvError, parse } from 'csv-parse/sync';
import { checkFeedHeader, FEED_COLUMNS, parseFeedRecord, type FeedRowError } from '@ieum/domain';
import { rrnLookupHasher } from '../../personal-data/rrn-cipher';
import { binaryDate, binaryNumeric, BinaryRows } from './copy-binary';

// A feed is cut into segments that end on a record boundary, so each can be parsed on its own
// (in a worker thread) and the rows written to COPY in any order. This file holds both halves:
// the cutting (main thread) and the encoding of one segment into binary COPY tuples (worker thread).

export const MAX_REPORTED_ERRORS = 100;
const NEWLINE = 0x0a;
const QUOTE = 0x22;
const CR = 0x0d;
const MAX_RECORD_CHARS = 10_000;
// Segments of about this size keep messages few; a record never spans two segments.
const SEGMENT_BYTES = 256 * 1024;
// A file with no record boundary for this long is not a feed: it is handed on whole, and the
// parser's record-size limit refuses it, instead of it growing in memory.
const MAX_PENDING_BYTES = 16 * 1024 * 1024;

/**
 * Cuts a CSV byte stream after newlines that lie outside quoted fields. In valid CSV a quote byte
 * only opens, closes or doubles inside a quoted field, so an even count of quotes before a newline
 * means it ends a record. Newline bytes never occur inside a UTF-8 multi-byte character.
 */
export class RecordAlignedSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  push(chunk: Buffer): Buffer[] {
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes < SEGMENT_BYTES) return [];
    let rest = Buffer.concat(this.pending, this.pendingBytes);
    const segments: Buffer[] = [];
    while (rest.length >= SEGMENT_BYTES) {
      // The last record end within the first SEGMENT_BYTES, or, for a longer record, anywhere.
      let cut = lastRecordEnd(rest.subarray(0, SEGMENT_BYTES));
      if (cut < 0) cut = lastRecordEnd(rest);
      if (cut < 0) {
        if (rest.length < MAX_PENDING_BYTES) break;
        cut = rest.length - 1;
      }
      segments.push(rest.subarray(0, cut + 1));
      rest = rest.subarray(cut + 1);
    }
    // The rest is copied: the segments handed on keep the concatenated buffer alive otherwise.
    this.pending = rest.length ? [Buffer.from(rest)] : [];
    this.pendingBytes = rest.length;
    return segments;
  }

  end(): Buffer[] {
    const last = Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    return last.length ? [last] : [];
  }
}

/** The index of the last newline outside quotes (the segment starts outside quotes), or -1. */
function lastRecordEnd(bytes: Buffer): number {
  const quotes: number[] = [];
  for (let i = bytes.indexOf(QUOTE); i >= 0; i = bytes.indexOf(QUOTE, i + 1)) quotes.push(i);
  for (let nl = bytes.lastIndexOf(NEWLINE); nl >= 0; nl = nl > 0 ? bytes.lastIndexOf(NEWLINE, nl - 1) : -1) {
    let before = 0;
    while (before < quotes.length && quotes[before] < nl) before++;
    if (before % 2 === 0) return nl;
  }
  return -1;
}

/** A feed row error whatever the feed (each feed names its own columns and problems). */
export type AnyFeedRowError = FeedRowError<string, string>;

/**
 * What one kind of feed (crisis signals, means) puts into the shared loader: its columns, its header
 * check, and, per segment, an encoder that checks one record and appends its COPY tuple.
 */
export interface FeedCodec {
  columns: readonly string[];
  checkHeader(header: string[]): AnyFeedRowError | null;
  /** A fresh encoder for one segment (it may keep per-segment caches). */
  segmentEncoder(): (record: string[], line: number, tuples: BinaryRows | null) => AnyFeedRowError[];
}

export interface SegmentSettings {
  feedId: string;
  lookupKey: Buffer;
  knownKinds: ReadonlySet<string>;
  asOf: string;
}

export interface EncodedSegment {
  /** Newlines in the segment: the next segment starts that many lines further down. */
  lines: number;
  rows: number;
  rejected: number;
  headerSeen: boolean;
  /** The segment's first errors, lines counted from 1 at the segment's first line. */
  errors: AnyFeedRowError[];
  /** The valid rows as binary COPY tuples; null once the segment has an error (the feed is refused then). */
  copy: Uint8Array | null;
}

/**
 * The crisis-signal feed: tuples for crisis_signals (feed_id, rrn_hash, kind_code, observed_on,
 * value, source_ref). Errors never quote a cell that might be personal data (see parseFeedRecord).
 */
export function crisisFeedCodec(settings: SegmentSettings): FeedCodec {
  const lookupHash = rrnLookupHasher(settings.lookupKey);
  const feedId = Buffer.from(settings.feedId.replace(/-/g, ''), 'hex');
  return {
    columns: FEED_COLUMNS,
    checkHeader: checkFeedHeader,
    segmentEncoder() {
      // A feed repeats few dates and values: each is encoded once per segment.
      const days = new Map<string, number>();
      const values = new Map<number, Buffer>();
      return (record, line, tuples) => {
        const { row, errors } = parseFeedRecord(record, line, settings.knownKinds, settings.asOf);
        if (!row || !tuples) return errors;
        let day = days.get(row.observedOn);
        if (day === undefined) days.set(row.observedOn, (day = binaryDate(row.observedOn)));
        let value = values.get(row.value);
        if (value === undefined) values.set(row.value, (value = binaryNumeric(String(row.value))));
        tuples
          .tuple(6)
          .bytes(feedId)
          .bytes(lookupHash(row.rrnDigits))
          .text(row.kind)
          .int32(day)
          .bytes(value)
          .text(row.sourceRef);
        return errors;
      };
    },
  };
}

/**
 * Validates one segment and turns its rows into binary COPY tuples. The first segment's first
 * non-blank record is the header.
 */
export function encodeSegment(bytes: Buffer, first: boolean, codec: FeedCodec): EncodedSegment {
  const out: EncodedSegment = {
    lines: countNewlines(bytes),
    rows: 0,
    rejected: 0,
    headerSeen: !first,
    errors: [],
    copy: null,
  };
  const tuples = new BinaryRows();
  const encode = codec.segmentEncoder();
  // Lines are counted here rather than with csv-parse's `info`, which costs more than the parsing
  // itself at a million rows: each record is one line plus any newlines quoted inside it.
  let line = 0;
  let syntaxError: CsvError | null = null;
  const quoted = bytes.includes(QUOTE);
  let records = quoted || bytes.includes(CR) ? null : splitUnquotedCsv(bytes, first);
  if (!records) {
    try {
      // Records come back as one array: csv-parse's per-record callback builds a context object
      // for every record, which costs more than the parsing.
      records = parse(bytes, {
        bom: first,
        relax_column_count: true,
        max_record_size: MAX_RECORD_CHARS,
      }) as string[][];
    } catch (e) {
      if (!(e instanceof CsvError)) throw e;
      syntaxError = e;
      records = [];
    }
  }
  for (const record of records) {
    line += 1;
    if (quoted) for (const cell of record) if (cell.includes('\n')) line += cell.split('\n').length - 1;
    if (record.length === 1 && record[0].trim() === '') continue; // a blank line
    if (!out.headerSeen) {
      out.headerSeen = true;
      const problem = codec.checkHeader(record);
      if (problem) out.errors.push(problem);
      continue;
    }
    out.rows++;
    // Once the feed is refused the rest is validated, not encoded.
    const errors = encode(record, line, out.errors.length ? null : tuples);
    if (errors.length) {
      out.rejected++;
      for (const e of errors) if (out.errors.length < MAX_REPORTED_ERRORS) out.errors.push(e);
    }
  }
  // A syntax error throws away the segment's records: its rows are not counted, the error is.
  if (syntaxError) {
    out.errors.push(csvSyntaxError(syntaxError, codec.columns));
    out.headerSeen = true; // the file is not empty: it is malformed, and that is the error to report
  }
  if (!out.errors.length && tuples.count) out.copy = tuples.take();
  return out;
}

/**
 * Most feeds quote nothing and end lines with LF alone. For such a segment, CSV is exactly lines
 * split on commas, and splitting is about five times cheaper than csv-parse, the largest cost of a
 * load; a test checks both give the same records. Returns null (use csv-parse) for a line longer
 * than csv-parse's limit, so that it reports it.
 */
export function splitUnquotedCsv(bytes: Buffer, first: boolean): string[][] | null {
  let text = bytes.toString('utf8');
  if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const records: string[][] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > MAX_RECORD_CHARS) return null;
    records[i] = lines[i].split(',');
  }
  return records;
}

function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

// csv-parse's own messages quote the offending text, which may be a resident registration number:
// the error names the line and the problem only.
function csvSyntaxError(e: CsvError, columns: readonly string[]): AnyFeedRowError {
  const where = e as CsvError & { lines?: number; index?: number };
  const line = typeof where.lines === 'number' && where.lines > 0 ? where.lines : 1;
  const column = typeof where.index === 'number' ? (columns[where.index] ?? null) : null;
  const problems: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: 'a quoted field is not closed before the end of the file',
    CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted field must be doubled ("")',
    INVALID_OPENING_QUOTE: 'a quote may only open a field; write it doubled inside a quoted field',
    CSV_MAX_RECORD_SIZE: `the line is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters`,
  };
  return {
    line,
    column,
    problem: 'MALFORMED_CSV',
    message: `malformed CSV: ${problems[e.code] ?? e.code.toLowerCase().replace(/_/g, ' ')}`,
  };
}
