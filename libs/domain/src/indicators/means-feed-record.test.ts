import { describe, expect, it } from 'vitest';
import {
  checkMeansFeedHeader,
  MEANS_FEED_COLUMNS,
  parseMeansFeedRecord,
  type MeansFeedColumn,
} from './means-feed-record';

// A synthetic number (born 1985-01-01, sex digit 1); no real person.
const RRN = '850101-1234567';
const row = (over: Partial<Record<MeansFeedColumn, string>> = {}) => {
  const cells: Record<MeansFeedColumn, string> = {
    rrn: RRN,
    kind: 'EARNED',
    monthly_amount: '1650000',
    period_from: '2026-10-01',
    period_to: '2026-10-31',
    source_ref: 'NTS-2026-10-1',
    ...over,
  };
  return MEANS_FEED_COLUMNS.map((c) => cells[c]);
};

describe('checkMeansFeedHeader', () => {
  it('accepts the header and refuses another', () => {
    expect(checkMeansFeedHeader([...MEANS_FEED_COLUMNS])).toBeNull();
    expect(
      checkMeansFeedHeader(['rrn', 'kind', 'amount', 'period_from', 'period_to', 'source_ref']),
    ).toMatchObject({ line: 1, column: 'monthly_amount', problem: 'HEADER' });
  });
});

describe('parseMeansFeedRecord', () => {
  it('accepts a well-formed row', () => {
    expect(parseMeansFeedRecord(row(), 2, '2026-12-01')).toEqual({
      row: {
        rrnDigits: '8501011234567',
        kind: 'EARNED',
        monthlyAmount: 1650000,
        periodFrom: '2026-10-01',
        periodTo: '2026-10-31',
        sourceRef: 'NTS-2026-10-1',
      },
      errors: [],
    });
  });

  it.each<{ name: string; cells: string[]; column: MeansFeedColumn | null; problem: string }>([
    { name: 'an unknown kind', cells: row({ kind: 'SALARY' }), column: 'kind', problem: 'KIND_UNKNOWN' },
    { name: 'a property kind', cells: row({ kind: 'CAR' }), column: 'kind', problem: 'KIND_UNKNOWN' },
    {
      name: 'a decimal amount',
      cells: row({ monthly_amount: '1.5' }),
      column: 'monthly_amount',
      problem: 'AMOUNT_FORMAT',
    },
    {
      name: 'a negative amount',
      cells: row({ monthly_amount: '-1' }),
      column: 'monthly_amount',
      problem: 'AMOUNT_FORMAT',
    },
    {
      name: 'an amount over the limit',
      cells: row({ monthly_amount: '1000000001' }),
      column: 'monthly_amount',
      problem: 'AMOUNT_OUT_OF_RANGE',
    },
    {
      name: 'a date that is not one',
      cells: row({ period_from: '2026-02-30' }),
      column: 'period_from',
      problem: 'DATE_FORMAT',
    },
    {
      name: 'a period not begun',
      cells: row({ period_from: '2027-01-01', period_to: '2027-01-31' }),
      column: 'period_from',
      problem: 'DATE_AFTER_AS_OF',
    },
    {
      name: 'a period ending before it starts',
      cells: row({ period_to: '2026-09-30' }),
      column: 'period_to',
      problem: 'PERIOD_ORDER',
    },
    { name: 'a bad number', cells: row({ rrn: '12' }), column: 'rrn', problem: 'RRN_FORMAT' },
    { name: 'a short row', cells: row().slice(0, 5), column: null, problem: 'COLUMN_COUNT' },
  ])('refuses $name at its column', ({ cells, column, problem }) => {
    const r = parseMeansFeedRecord(cells, 7, '2026-12-01');
    expect(r.row).toBeNull();
    expect(r.errors).toEqual([expect.objectContaining({ line: 7, column, problem })]);
    expect(JSON.stringify(r.errors)).not.toContain('1234567');
  });
});
