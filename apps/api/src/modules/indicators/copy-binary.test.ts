import { describe, expect, it } from 'vitest';
import { binaryDate, binaryNumeric, BinaryRows } from './copy-binary';

// ndigits, weight, sign, dscale, then base-10000 digits (numeric_send in PostgreSQL's numeric.c).
const numeric = (ndigits: number, weight: number, sign: number, dscale: number, ...digits: number[]) => {
  const b = Buffer.alloc(8 + 2 * digits.length);
  [ndigits, weight, sign, dscale].forEach((v, i) => b.writeUInt16BE(v & 0xffff, 2 * i));
  digits.forEach((d, i) => b.writeUInt16BE(d, 8 + 2 * i));
  return b.toString('hex');
};

describe('binaryNumeric', () => {
  it.each([
    ['0', numeric(0, 0, 0, 0)],
    ['-0', numeric(0, 0, 0, 0)],
    ['1', numeric(1, 0, 0, 0, 1)],
    ['-3', numeric(1, 0, 0x4000, 0, 3)],
    ['100', numeric(1, 0, 0, 0, 100)],
    ['10000', numeric(1, 1, 0, 0, 1)],
    ['12345.678', numeric(3, 1, 0, 3, 1, 2345, 6780)],
    ['0.5', numeric(1, -1, 0, 1, 5000)],
    ['0.00001', numeric(1, -2, 0, 5, 1000)],
    ['1.50', numeric(2, 0, 0, 2, 1, 5000)],
    ['50000000', numeric(1, 1, 0, 0, 5000)],
    ['123456789012345', numeric(4, 3, 0, 0, 123, 4567, 8901, 2345)],
    ['1.5e-7', numeric(1, -2, 0, 8, 15)],
    ['1e+21', numeric(1, 5, 0, 0, 10)],
  ])('%s', (text, hex) => {
    expect(binaryNumeric(text).toString('hex')).toBe(hex);
  });

  it('refuses what is not a decimal', () => {
    for (const bad of ['', '1.', '.5', 'abc', '1e1.5']) expect(() => binaryNumeric(bad)).toThrow(RangeError);
  });
});

describe('binaryDate', () => {
  it.each([
    ['2000-01-01', 0],
    ['1999-12-31', -1],
    ['2026-10-01', 9_770],
    ['2028-02-29', 10_286],
  ])('%s is day %i', (date, day) => {
    expect(binaryDate(date)).toBe(day);
  });
});

describe('BinaryRows', () => {
  it('grows past its first buffer and hands over a copy of exactly what was written', () => {
    const rows = new BinaryRows();
    const big = Buffer.alloc(100_000, 7);
    for (let i = 0; i < 5; i++) rows.tuple(2).bytes(big).int32(i);
    const out = rows.take();
    expect(rows.count).toBe(5);
    expect(out.byteLength).toBe(5 * (2 + 4 + 100_000 + 8));
    expect(out.buffer.byteLength).toBe(out.byteLength); // its own memory, so it can be transferred
  });
});

describe('BinaryRows fields', () => {
  it('writes int2, int8 (as the big-endian two’s complement PostgreSQL reads) and uuid with their lengths', () => {
    const rows = new BinaryRows();
    rows
      .tuple(5)
      .int16(-2)
      .int64(2 ** 40 + 5)
      .int64(-1)
      .int64(-(2 ** 33))
      .uuid('0123abcd-4567-89ef-0123-456789abcdef');
    const b = Buffer.from(rows.take());
    const int8 = (n: bigint) => {
      const x = Buffer.alloc(8);
      x.writeBigInt64BE(n);
      return x.toString('hex');
    };
    expect(b.toString('hex')).toBe(
      '0005' +
        '00000002fffe' +
        `00000008${int8(2n ** 40n + 5n)}` +
        `00000008${int8(-1n)}` +
        `00000008${int8(-(2n ** 33n))}` +
        '000000100123abcd456789ef0123456789abcdef',
    );
    expect(() => new BinaryRows().int64(2 ** 60)).toThrow(RangeError);
    expect(() => new BinaryRows().uuid('not-a-uuid')).toThrow(RangeError);
  });
});
