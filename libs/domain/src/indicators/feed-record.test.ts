import { describe, expect, it } from 'vitest';
import { CRISIS_INDICATOR_KINDS, CRISIS_INDICATOR_KIND_CODES } from './crisis-indicator-kinds';
import { checkFeedHeader, FEED_COLUMNS, parseFeedRecord, type FeedColumn } from './feed-record';

// Synthetic numbers only (see rrn.test.ts), never a real person's.
const RRN = '900101-1123459';
const RRN_MISMATCH = '900101-1123450';
const AS_OF = '2026-11-23';
const KINDS = CRISIS_INDICATOR_KIND_CODES;

describe('CRISIS_INDICATOR_KINDS', () => {
  it('lists the 39 kinds with unique codes', () => {
    expect(CRISIS_INDICATOR_KINDS).toHaveLength(39);
    expect(KINDS.size).toBe(39);
  });
});

describe('checkFeedHeader', () => {
  it.each<{
    name: string;
    header: string[];
    expected: { column: FeedColumn | null; message: string } | null;
  }>([
    { name: 'the exact header is accepted', header: [...FEED_COLUMNS], expected: null },
    {
      name: 'a header with a leading BOM and spaces is accepted',
      header: ['\uFEFFrrn', ' indicator_kind ', 'observed_on', 'value', 'source_ref '],
      expected: null,
    },
    {
      name: 'a header with 4 columns is refused with no column',
      header: ['rrn', 'indicator_kind', 'observed_on', 'value'],
      expected: { column: null, message: 'expected 5 columns, found 4' },
    },
    {
      name: 'a header with 6 columns is refused with no column',
      header: [...FEED_COLUMNS, 'extra'],
      expected: { column: null, message: 'expected 5 columns, found 6' },
    },
    {
      name: 'swapped columns name the first wrong one',
      header: ['rrn', 'observed_on', 'indicator_kind', 'value', 'source_ref'],
      expected: { column: 'indicator_kind', message: "column 2 must be 'indicator_kind'" },
    },
    {
      name: 'a header in capitals is refused',
      header: ['RRN', 'indicator_kind', 'observed_on', 'value', 'source_ref'],
      expected: { column: 'rrn', message: "column 1 must be 'rrn'" },
    },
    {
      name: 'a file without a header names rrn and does not echo the number',
      header: [RRN, 'POWER_CUT', '2026-10-01', '1', ''],
      expected: { column: 'rrn', message: "column 1 must be 'rrn'" },
    },
  ])('$name', ({ header, expected }) => {
    if (expected === null) expect(checkFeedHeader(header)).toBeNull();
    else expect(checkFeedHeader(header)).toMatchObject({ line: 1, ...expected });
  });
});

describe('parseFeedRecord', () => {
  const row = (over: Partial<Record<FeedColumn, string>> = {}) => {
    const cells: Record<FeedColumn, string> = {
      rrn: RRN,
      indicator_kind: 'POWER_CUT',
      observed_on: '2026-10-01',
      value: '1',
      source_ref: 'KEPCO-2026-10-000123',
      ...over,
    };
    return FEED_COLUMNS.map((c) => cells[c]);
  };

  it.each<{
    name: string;
    cells: string[];
    expected: { kind?: string; observedOn?: string; value?: number; sourceRef?: string; rrnDigits?: string };
  }>([
    {
      name: 'a well-formed row is accepted',
      cells: row(),
      expected: {
        rrnDigits: '9001011123459',
        kind: 'POWER_CUT',
        observedOn: '2026-10-01',
        value: 1,
        sourceRef: 'KEPCO-2026-10-000123',
      },
    },
    {
      name: 'an rrn without a hyphen is accepted',
      cells: row({ rrn: '9001011123459' }),
      expected: { rrnDigits: '9001011123459' },
    },
    {
      name: 'a check-digit mismatch is not an error',
      cells: row({ rrn: RRN_MISMATCH }),
      expected: { rrnDigits: '9001011123450' },
    },
    { name: 'an empty value means 1', cells: row({ value: '' }), expected: { value: 1 } },
    { name: 'a decimal value is accepted', cells: row({ value: '12.50' }), expected: { value: 12.5 } },
    { name: 'a negative value is accepted', cells: row({ value: '-3' }), expected: { value: -3 } },
    { name: 'minus zero is read as 0', cells: row({ value: '-0.0' }), expected: { value: 0 } },
    {
      name: 'a value with exactly 15 significant digits is accepted',
      cells: row({ value: '123456789012.345' }),
      expected: { value: 123456789012.345 },
    },
    {
      name: 'leading zeros and trailing fraction zeros are not significant',
      cells: row({ value: '000123456789012345.000' }),
      expected: { value: 123456789012345 },
    },
    {
      name: 'a won amount is accepted',
      cells: row({ indicator_kind: 'JEONSE_VULNERABLE_HOUSEHOLD', value: '45000000' }),
      expected: { value: 45_000_000 },
    },
    {
      name: 'a signal observed exactly on the as-of day is accepted',
      cells: row({ observed_on: AS_OF }),
      expected: { observedOn: AS_OF },
    },
    {
      name: 'cells are trimmed',
      cells: row({
        indicator_kind: ' GAS_CUT ',
        observed_on: ' 2026-10-01',
        value: ' 2 ',
        source_ref: ' ref ',
      }),
      expected: { kind: 'GAS_CUT', value: 2, sourceRef: 'ref' },
    },
    { name: 'an empty source_ref is accepted', cells: row({ source_ref: '' }), expected: { sourceRef: '' } },
    {
      name: 'a source_ref of exactly 200 characters is accepted',
      cells: row({ source_ref: '가'.repeat(200) }),
      expected: { sourceRef: '가'.repeat(200) },
    },
    {
      name: 'a source_ref of 200 characters outside the BMP is accepted',
      cells: row({ source_ref: '𠀀'.repeat(200) }),
      expected: { sourceRef: '𠀀'.repeat(200) },
    },
  ])('$name', ({ cells, expected }) => {
    const result = parseFeedRecord(cells, 7, KINDS, AS_OF);
    expect(result.errors).toEqual([]);
    expect(result.row).toMatchObject(expected);
  });

  it.each<{ name: string; cells: string[]; errors: { column: FeedColumn | null; message: string }[] }>([
    {
      name: 'a row with 4 cells is one error with no column',
      cells: row().slice(0, 4),
      errors: [{ column: null, message: 'expected 5 columns, found 4' }],
    },
    {
      name: 'a row with 6 cells is one error with no column',
      cells: [...row(), 'x'],
      errors: [{ column: null, message: 'expected 5 columns, found 6' }],
    },
    {
      name: 'a malformed rrn takes the message of parseRrn',
      cells: row({ rrn: '900101-112345' }),
      errors: [
        { column: 'rrn', message: 'A resident registration number has 13 digits, written YYMMDD-SXXXXXX.' },
      ],
    },
    {
      name: 'an rrn with an impossible birth date is refused',
      cells: row({ rrn: '901301-1123459' }),
      errors: [{ column: 'rrn', message: 'The first six digits are not a real date of birth.' }],
    },
    {
      name: 'an unknown kind code is echoed',
      cells: row({ indicator_kind: 'POWER_OUTAGE' }),
      errors: [{ column: 'indicator_kind', message: "unknown indicator kind 'POWER_OUTAGE'" }],
    },
    {
      name: 'a kind in lower case is unknown',
      cells: row({ indicator_kind: 'power_cut' }),
      errors: [
        { column: 'indicator_kind', message: 'unknown indicator kind (not a kind code: A-Z, 0-9 and _)' },
      ],
    },
    {
      name: 'an rrn shifted into the kind column is not echoed',
      cells: row({ indicator_kind: RRN }),
      errors: [
        { column: 'indicator_kind', message: 'unknown indicator kind (not a kind code: A-Z, 0-9 and _)' },
      ],
    },
    {
      name: 'an empty kind is refused',
      cells: row({ indicator_kind: '' }),
      errors: [{ column: 'indicator_kind', message: 'indicator_kind is empty' }],
    },
    {
      name: 'an impossible date is refused',
      cells: row({ observed_on: '2026-02-29' }),
      errors: [{ column: 'observed_on', message: 'observed_on must be a calendar date written YYYY-MM-DD' }],
    },
    {
      name: 'a date in another format is refused',
      cells: row({ observed_on: '2026.10.01' }),
      errors: [{ column: 'observed_on', message: 'observed_on must be a calendar date written YYYY-MM-DD' }],
    },
    {
      name: 'a date one day after the as-of day is refused',
      cells: row({ observed_on: '2026-11-24' }),
      errors: [{ column: 'observed_on', message: 'observed_on is after the as-of date' }],
    },
    {
      name: 'a value with a thousands separator is refused',
      cells: row({ value: '45,000,000' }),
      errors: [{ column: 'value', message: 'value must be a decimal number such as 3 or -1.5' }],
    },
    {
      name: 'a value in exponent notation is refused',
      cells: row({ value: '1e3' }),
      errors: [{ column: 'value', message: 'value must be a decimal number such as 3 or -1.5' }],
    },
    {
      name: 'a value with a trailing point is refused',
      cells: row({ value: '3.' }),
      errors: [{ column: 'value', message: 'value must be a decimal number such as 3 or -1.5' }],
    },
    {
      name: 'a value with a leading point is refused',
      cells: row({ value: '.5' }),
      errors: [{ column: 'value', message: 'value must be a decimal number such as 3 or -1.5' }],
    },
    {
      name: 'a lone minus sign is refused',
      cells: row({ value: '-' }),
      errors: [{ column: 'value', message: 'value must be a decimal number such as 3 or -1.5' }],
    },
    {
      name: 'Infinity is refused',
      cells: row({ value: 'Infinity' }),
      errors: [{ column: 'value', message: 'value must be a decimal number such as 3 or -1.5' }],
    },
    {
      name: 'a value with 16 significant digits is refused',
      cells: row({ value: '1234567890123.456' }),
      errors: [{ column: 'value', message: 'value has more than 15 significant digits' }],
    },
    {
      name: 'a source_ref of 201 characters is refused',
      cells: row({ source_ref: 'a'.repeat(201) }),
      errors: [{ column: 'source_ref', message: 'source_ref is longer than 200 characters' }],
    },
    {
      name: 'every bad column of a row is reported, in column order',
      cells: ['12345', 'NOPE', 'yesterday', 'one', 'x'.repeat(300)],
      errors: [
        { column: 'rrn', message: 'A resident registration number has 13 digits, written YYMMDD-SXXXXXX.' },
        { column: 'indicator_kind', message: "unknown indicator kind 'NOPE'" },
        { column: 'observed_on', message: 'observed_on must be a calendar date written YYYY-MM-DD' },
        { column: 'value', message: 'value must be a decimal number such as 3 or -1.5' },
        { column: 'source_ref', message: 'source_ref is longer than 200 characters' },
      ],
    },
  ])('$name', ({ cells, errors }) => {
    const result = parseFeedRecord(cells, 42, KINDS, AS_OF);
    expect(result.row).toBeNull();
    expect(result.errors).toMatchObject(errors.map((e) => ({ line: 42, ...e })));
    for (const e of result.errors) expect(e.message).not.toMatch(/\d{6}-?\d{7}/);
  });
});

describe('feed problems as codes', () => {
  const row = (over: Partial<Record<FeedColumn, string>>) => {
    const cells = {
      rrn: RRN,
      indicator_kind: 'POWER_CUT',
      observed_on: '2026-10-01',
      value: '1',
      source_ref: '',
      ...over,
    };
    return FEED_COLUMNS.map((c) => cells[c]);
  };
  it.each<{ over: Partial<Record<FeedColumn, string>>; problem: object }>([
    { over: { rrn: '12345' }, problem: { column: 'rrn', problem: 'RRN_FORMAT' } },
    { over: { indicator_kind: '' }, problem: { problem: 'KIND_EMPTY' } },
    { over: { indicator_kind: 'NO_SUCH' }, problem: { problem: 'KIND_UNKNOWN', kind: 'NO_SUCH' } },
    { over: { indicator_kind: '홍길동' }, problem: { problem: 'KIND_NOT_A_CODE' } },
    { over: { observed_on: '2026/10/01' }, problem: { problem: 'DATE_FORMAT' } },
    { over: { observed_on: '2026-11-24' }, problem: { problem: 'DATE_AFTER_AS_OF' } },
    { over: { value: 'abc' }, problem: { problem: 'VALUE_FORMAT' } },
    { over: { value: '1234567890123456' }, problem: { problem: 'VALUE_TOO_PRECISE', limit: 15 } },
    { over: { source_ref: 'x'.repeat(201) }, problem: { problem: 'SOURCE_REF_TOO_LONG', limit: 200 } },
  ])('$problem.problem', ({ over, problem }) => {
    const { errors } = parseFeedRecord(row(over), 7, KINDS, AS_OF);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 7, ...problem });
  });

  it('a short row says how many columns it expected and found', () => {
    expect(parseFeedRecord(['a', 'b'], 3, KINDS, AS_OF).errors).toEqual([
      {
        line: 3,
        column: null,
        problem: 'COLUMN_COUNT',
        expected: 5,
        found: 2,
        message: 'expected 5 columns, found 2',
      },
    ]);
  });
});
