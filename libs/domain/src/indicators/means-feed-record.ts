// One row of a 소득·재산 자료 (means feed CSV) from a source agency (국세청, 국민연금공단 …): a person's
// monthly income of one kind over a period. Loaded like the crisis feeds (same splitter, threads and
// COPY); these checks run per row, so they follow feed-record.ts: one pass, no regex per call, errors
// that name the line and column and never echo a resident registration number.
import { INCOME_KINDS, type IncomeKind } from '../eligibility/household-means';
import { BENEFIT_LIMITS } from '../benefits/check-input';
import { isIsoDate } from '../iso-date';
import { parseRrn } from '../rrn/rrn';
import {
  checkCsvHeader,
  codePointLength,
  columnCountError,
  FEED_SOURCE_REF_MAX,
  rrnError,
  type FeedRowError,
} from './feed-record';

export const MEANS_FEED_COLUMNS = [
  'rrn',
  'kind',
  'monthly_amount',
  'period_from',
  'period_to',
  'source_ref',
] as const;
export type MeansFeedColumn = (typeof MEANS_FEED_COLUMNS)[number];

export const MEANS_FEED_PROBLEMS = [
  'COLUMN_COUNT',
  'HEADER',
  'RRN_FORMAT',
  'RRN_BIRTH_DATE',
  'RRN_SEX_DIGIT',
  'KIND_UNKNOWN',
  'AMOUNT_FORMAT',
  'AMOUNT_OUT_OF_RANGE',
  'DATE_FORMAT',
  'DATE_AFTER_AS_OF',
  'PERIOD_ORDER',
  'SOURCE_REF_TOO_LONG',
  'EMPTY_FEED',
  'NO_ROWS',
  'MALFORMED_CSV',
] as const;
export type MeansFeedProblem = (typeof MEANS_FEED_PROBLEMS)[number];
export type MeansFeedRowError = FeedRowError<MeansFeedColumn, MeansFeedProblem>;

export interface MeansFeedRow {
  rrnDigits: string;
  kind: IncomeKind;
  monthlyAmount: number;
  periodFrom: string;
  periodTo: string;
  sourceRef: string;
}

const KINDS: ReadonlySet<string> = new Set(INCOME_KINDS);

export function checkMeansFeedHeader(header: string[]): MeansFeedRowError | null {
  return checkCsvHeader(header, MEANS_FEED_COLUMNS);
}

/**
 * Parses one data row; every bad column is reported. `kind` is an income kind as
 * recordHouseholdMeans takes it (EARNED, BUSINESS …); the amount is whole won a month, within the
 * limit a worker may record; the period ends on or after it starts and has started by `asOf`.
 */
export function parseMeansFeedRecord(
  cells: string[],
  line: number,
  asOf: string,
): { row: MeansFeedRow | null; errors: MeansFeedRowError[] } {
  if (cells.length !== MEANS_FEED_COLUMNS.length)
    return { row: null, errors: [columnCountError(line, MEANS_FEED_COLUMNS.length, cells.length)] };
  const errors: MeansFeedRowError[] = [];
  const rrn = parseRrn(cells[0], asOf);
  if (!rrn.ok) errors.push(rrnError(line, rrn.error));

  const kind = cells[1].trim();
  if (!KINDS.has(kind))
    errors.push({
      line,
      column: 'kind',
      problem: 'KIND_UNKNOWN',
      message: `kind must be one of ${INCOME_KINDS.join(', ')}`,
    });

  const amountText = cells[2].trim();
  let amount = -1;
  if (!isWholeNumber(amountText))
    errors.push({
      line,
      column: 'monthly_amount',
      problem: 'AMOUNT_FORMAT',
      message: 'monthly_amount must be a whole number of won such as 1650000',
    });
  else if ((amount = Number(amountText)) > BENEFIT_LIMITS.monthlyIncome)
    errors.push({
      line,
      column: 'monthly_amount',
      problem: 'AMOUNT_OUT_OF_RANGE',
      message: `monthly_amount is more than ${BENEFIT_LIMITS.monthlyIncome} won`,
      limit: BENEFIT_LIMITS.monthlyIncome,
    });

  const from = cells[3].trim();
  const to = cells[4].trim();
  const fromOk = isIsoDate(from);
  const toOk = isIsoDate(to);
  if (!fromOk)
    errors.push({
      line,
      column: 'period_from',
      problem: 'DATE_FORMAT',
      message: 'period_from must be a calendar date written YYYY-MM-DD',
    });
  else if (from > asOf)
    errors.push({
      line,
      column: 'period_from',
      problem: 'DATE_AFTER_AS_OF',
      message: 'period_from is after the as-of date',
    });
  if (!toOk)
    errors.push({
      line,
      column: 'period_to',
      problem: 'DATE_FORMAT',
      message: 'period_to must be a calendar date written YYYY-MM-DD',
    });
  else if (fromOk && to < from)
    errors.push({
      line,
      column: 'period_to',
      problem: 'PERIOD_ORDER',
      message: 'period_to is before period_from',
    });

  const sourceRef = cells[5].trim();
  if (codePointLength(sourceRef) > FEED_SOURCE_REF_MAX)
    errors.push({
      line,
      column: 'source_ref',
      problem: 'SOURCE_REF_TOO_LONG',
      message: `source_ref is longer than ${FEED_SOURCE_REF_MAX} characters`,
      limit: FEED_SOURCE_REF_MAX,
    });

  if (errors.length || !rrn.ok) return { row: null, errors };
  return {
    row: {
      rrnDigits: rrn.value.digits,
      kind: kind as IncomeKind,
      monthlyAmount: amount,
      periodFrom: from,
      periodTo: to,
      sourceRef,
    },
    errors,
  };
}

// 1 to 13 digits: whole won, no sign, no separators (a feed is machine-written).
function isWholeNumber(text: string): boolean {
  if (text.length === 0 || text.length > 13) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
