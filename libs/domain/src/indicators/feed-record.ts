// One row of a 위기정보 입수 파일 (crisis-indicator feed CSV) from a partner institution.
// The importer splits the CSV and calls these per row; a feed has millions of rows, so this
// runs 150,000+ times a second: no zod, no regex built per call, one pass over each cell.
// Errors are English, name the line and column, and never echo a resident registration number,
// because they are shown to the uploader and end up in logs.
import { isIsoDate } from '../iso-date';
import { parseRrn } from '../rrn/rrn';

export const FEED_COLUMNS = ['rrn', 'indicator_kind', 'observed_on', 'value', 'source_ref'] as const;
export type FeedColumn = (typeof FEED_COLUMNS)[number];

/** What is wrong with a cell, as a code each client words in its own language. */
export const FEED_PROBLEMS = [
  'COLUMN_COUNT',
  'HEADER',
  'RRN_FORMAT',
  'RRN_BIRTH_DATE',
  'RRN_SEX_DIGIT',
  'KIND_EMPTY',
  'KIND_UNKNOWN',
  'KIND_NOT_A_CODE',
  'DATE_FORMAT',
  'DATE_AFTER_AS_OF',
  'VALUE_FORMAT',
  'VALUE_TOO_PRECISE',
  'SOURCE_REF_TOO_LONG',
  /** The file as a whole: empty, a header alone, or CSV that cannot be read (quotes). */
  'EMPTY_FEED',
  'NO_ROWS',
  'MALFORMED_CSV',
] as const;
export type FeedProblem = (typeof FEED_PROBLEMS)[number];

/** A bad cell of a feed (crisis or means feed: each names its own columns and problems). */
export interface FeedRowError<Column extends string = FeedColumn, Problem extends string = FeedProblem> {
  /** 1-based line of the file; the header is line 1. */
  line: number;
  /** null when the row as a whole is wrong (column count). */
  column: Column | null;
  problem: Problem;
  /** English, for logs and API users; never echoes the rrn. */
  message: string;
  /** COLUMN_COUNT: columns expected and found; SOURCE_REF_TOO_LONG, VALUE_TOO_PRECISE: the limit. */
  expected?: number;
  found?: number;
  limit?: number;
  /** KIND_UNKNOWN: the code as sent (only when it has the shape of a code, never other text). */
  kind?: string;
}

export interface FeedRow {
  /** 13 digits, no hyphen. */
  rrnDigits: string;
  kind: string;
  /** YYYY-MM-DD */
  observedOn: string;
  value: number;
  sourceRef: string;
}

export const FEED_SOURCE_REF_MAX = 200;
// 15 significant digits survive a round trip through a double, so SQL numeric and JS agree.
export const FEED_VALUE_MAX_SIGNIFICANT_DIGITS = 15;

const BOM = '\uFEFF';
// A cell is echoed only when it looks like a kind code: anything else might be personal data
// shifted into the wrong column (an rrn, a name).
const KIND_CODE_SHAPE = /^[A-Z][A-Z0-9_]{0,59}$/;

/** A row with the wrong number of cells (any feed). */
export function columnCountError(
  line: number,
  expected: number,
  found: number,
): FeedRowError<never, 'COLUMN_COUNT'> {
  return {
    line,
    column: null,
    problem: 'COLUMN_COUNT',
    message: `expected ${expected} columns, found ${found}`,
    expected,
    found,
  };
}

/** The first column's 주민등록번호 refused (any feed); the message never echoes the number. */
export function rrnError(
  line: number,
  e: { problem: 'FORMAT' | 'BIRTH_DATE' | 'SEX_DIGIT'; message: string },
): FeedRowError<'rrn', `RRN_${'FORMAT' | 'BIRTH_DATE' | 'SEX_DIGIT'}`> {
  return { line, column: 'rrn', problem: `RRN_${e.problem}`, message: e.message };
}

/** Checks the header row (line 1): exactly FEED_COLUMNS in order, after trimming and a leading BOM. */
export function checkFeedHeader(header: string[]): FeedRowError | null {
  return checkCsvHeader(header, FEED_COLUMNS);
}

/** The header check of any feed: exactly `columns` in order, after trimming and a leading BOM. */
export function checkCsvHeader<C extends string>(
  header: string[],
  columns: readonly C[],
): FeedRowError<C, 'COLUMN_COUNT' | 'HEADER'> | null {
  if (header.length !== columns.length) {
    return {
      line: 1,
      column: null,
      problem: 'COLUMN_COUNT',
      message: `expected ${columns.length} columns, found ${header.length}`,
      expected: columns.length,
      found: header.length,
    };
  }
  for (let i = 0; i < columns.length; i++) {
    let cell = header[i];
    if (i === 0 && cell.startsWith(BOM)) cell = cell.slice(1);
    if (cell.trim() !== columns[i]) {
      // The found text is not echoed: a file without a header has an rrn here.
      return {
        line: 1,
        column: columns[i],
        problem: 'HEADER',
        message: `column ${i + 1} must be '${columns[i]}'`,
      };
    }
  }
  return null;
}

/**
 * Parses one data row. Cells are trimmed. All problems of the row are collected, one per bad
 * column; `row` is null when there is any. A check-digit mismatch is not an error: numbers changed
 * after 2020-10 carry random digits (see parseRrn), and the feed is matched by number anyway.
 */
export function parseFeedRecord(
  cells: string[],
  line: number,
  knownKinds: ReadonlySet<string>,
  asOf: string,
): { row: FeedRow | null; errors: FeedRowError[] } {
  if (cells.length !== FEED_COLUMNS.length)
    return { row: null, errors: [columnCountError(line, FEED_COLUMNS.length, cells.length)] };
  const errors: FeedRowError[] = [];

  const rrn = parseRrn(cells[0], asOf);
  if (!rrn.ok) errors.push(rrnError(line, rrn.error));

  const kind = cells[1].trim();
  if (!knownKinds.has(kind)) {
    const column = 'indicator_kind';
    if (kind === '') errors.push({ line, column, problem: 'KIND_EMPTY', message: 'indicator_kind is empty' });
    else if (KIND_CODE_SHAPE.test(kind))
      errors.push({
        line,
        column,
        problem: 'KIND_UNKNOWN',
        message: `unknown indicator kind '${kind}'`,
        kind,
      });
    else
      errors.push({
        line,
        column,
        problem: 'KIND_NOT_A_CODE',
        message: 'unknown indicator kind (not a kind code: A-Z, 0-9 and _)',
      });
  }

  const observedOn = cells[2].trim();
  if (!isIsoDate(observedOn)) {
    errors.push({
      line,
      column: 'observed_on',
      problem: 'DATE_FORMAT',
      message: 'observed_on must be a calendar date written YYYY-MM-DD',
    });
  } else if (observedOn > asOf) {
    errors.push({
      line,
      column: 'observed_on',
      problem: 'DATE_AFTER_AS_OF',
      message: 'observed_on is after the as-of date',
    });
  }

  const valueText = cells[3].trim();
  // An empty value means the indicator is present once (e.g. a power cut has no amount).
  const value = valueText === '' ? 1 : parseFeedValue(valueText);
  if (typeof value === 'string')
    errors.push(
      value === TOO_PRECISE
        ? {
            line,
            column: 'value',
            problem: 'VALUE_TOO_PRECISE',
            message: value,
            limit: FEED_VALUE_MAX_SIGNIFICANT_DIGITS,
          }
        : { line, column: 'value', problem: 'VALUE_FORMAT', message: value },
    );

  const sourceRef = cells[4].trim();
  if (codePointLength(sourceRef) > FEED_SOURCE_REF_MAX) {
    errors.push({
      line,
      column: 'source_ref',
      problem: 'SOURCE_REF_TOO_LONG',
      message: `source_ref is longer than ${FEED_SOURCE_REF_MAX} characters`,
      limit: FEED_SOURCE_REF_MAX,
    });
  }

  if (errors.length > 0 || !rrn.ok || typeof value === 'string') return { row: null, errors };
  return { row: { rrnDigits: rrn.value.digits, kind, observedOn, value, sourceRef }, errors };
}

/**
 * A plain decimal `-?\d+(\.\d+)?` with at most 15 significant digits (leading zeros and trailing
 * zeros of the fraction do not count). Returns the number, or an error message. Hand-written
 * scanner: this is the hot path of the importer.
 */
export function parseFeedValue(text: string): number | string {
  const n = text.length;
  let i = text.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  const intStart = i;
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  const intEnd = i;
  let fracEnd = i;
  if (i < n && text.charCodeAt(i) === 46 /* . */) {
    i++;
    const fracStart = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    if (i === fracStart) return NOT_A_DECIMAL;
    fracEnd = i;
  }
  if (i !== n || intEnd === intStart) return NOT_A_DECIMAL;

  // Significant digits: from the first non-zero digit to the last non-zero one of the fraction
  // (or the end of the integer part when there is no non-zero fraction digit).
  let first = -1;
  for (let j = intStart; j < fracEnd; j++) {
    const c = text.charCodeAt(j);
    if (c !== 48 /* 0 */ && c !== 46) {
      first = j;
      break;
    }
  }
  if (first !== -1) {
    let last = intEnd - 1;
    for (let j = fracEnd - 1; j > intEnd; j--) {
      if (text.charCodeAt(j) !== 48) {
        last = j;
        break;
      }
    }
    let count = last - first + 1;
    if (first < intEnd && last > intEnd) count--; // the decimal point
    if (count > FEED_VALUE_MAX_SIGNIFICANT_DIGITS) return TOO_PRECISE;
  }
  const value = Number(text);
  return value === 0 ? 0 : value; // no -0
}

const NOT_A_DECIMAL = 'value must be a decimal number such as 3 or -1.5';
const TOO_PRECISE = `value has more than ${FEED_VALUE_MAX_SIGNIFICANT_DIGITS} significant digits`;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// Characters as PostgreSQL char_length counts them (code points), not UTF-16 units.
export function codePointLength(text: string): number {
  if (text.length <= FEED_SOURCE_REF_MAX) return text.length;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) count++; // a low surrogate continues the previous character
  }
  return count;
}
