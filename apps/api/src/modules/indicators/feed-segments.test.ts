import { randomBytes, randomInt } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { rrnLookupHash } from '../../personal-data/rrn-cipher';
import { testRrn } from '../../test/synthetic-people';
import { binaryNumeric } from './copy-binary';
import { crisisFeedCodec, encodeSegment, RecordAlignedSplitter, splitUnquotedCsv } from './feed-segments';

const HEADER = 'rrn,indicator_kind,observed_on,value,source_ref';
const settings = {
  feedId: '00000000-0000-4000-8000-000000000001',
  lookupKey: randomBytes(32),
  knownKinds: new Set(['POWER_CUT', 'GAS_CUT']),
  asOf: '2026-11-24',
};
const codec = crisisFeedCodec(settings);

// Reads binary COPY tuples back into their fields.
function tuples(bytes: Uint8Array): Buffer[][] {
  const b = Buffer.from(bytes);
  const out: Buffer[][] = [];
  for (let at = 0; at < b.length;) {
    const count = b.readInt16BE(at);
    at += 2;
    const fields: Buffer[] = [];
    for (let i = 0; i < count; i++) {
      const size = b.readInt32BE(at);
      fields.push(b.subarray(at + 4, at + 4 + size));
      at += 4 + size;
    }
    out.push(fields);
  }
  return out;
}

function split(bytes: Buffer, chunkSizes: number[]): Buffer[] {
  const splitter = new RecordAlignedSplitter();
  const out: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = chunkSizes[i % chunkSizes.length];
    out.push(...splitter.push(bytes.subarray(at, at + size)));
    at += size;
  }
  out.push(...splitter.end());
  return out;
}

describe('RecordAlignedSplitter', () => {
  // Quoted fields with commas, doubled quotes and newlines, in a file of several segments.
  const rows = Array.from({ length: 30_000 }, (_, i) =>
    i % 7 === 0
      ? `${i},POWER_CUT,2026-10-01,1,"비고 ""${i}"", 두\n줄"`
      : `${i},GAS_CUT,2026-10-01,${i % 9},ref-${i}`,
  );
  const file = Buffer.from([HEADER, ...rows].join('\n') + '\n');

  it.each([[[65_536]], [[1, 7, 4096, 100_003]], [[file.length]]])(
    'cuts only between records (chunks of %j bytes)',
    (sizes) => {
      const segments = split(file, sizes);
      expect(segments.length).toBeGreaterThan(1);
      expect(Buffer.concat(segments).equals(file)).toBe(true);
      const records = segments.flatMap((s) => parse(s) as string[][]);
      expect(records).toEqual(parse(file));
    },
  );

  it('hands on a file with no line break once it passes the limit, rather than holding it', () => {
    const splitter = new RecordAlignedSplitter();
    const out: Buffer[] = [];
    for (let i = 0; i < 20; i++) out.push(...splitter.push(Buffer.alloc(1024 * 1024, 0x41)));
    expect(out.length).toBeGreaterThan(0);
  });
});

describe('encodeSegment', () => {
  it('encodes valid rows as binary COPY tuples with the keyed hash, never the number', () => {
    const rrn = testRrn('1950-01-01', 'MALE');
    const s = encodeSegment(Buffer.from(`${HEADER}\n${rrn},POWER_CUT,2026-10-01,,"a\tb"\n`), true, codec);
    expect(s).toMatchObject({ lines: 2, rows: 1, rejected: 0, headerSeen: true, errors: [] });
    const [fields] = tuples(s.copy!);
    expect(fields.map((f) => f.toString('hex'))).toEqual([
      settings.feedId.replace(/-/g, ''),
      rrnLookupHash(rrn.replace('-', ''), settings.lookupKey).toString('hex'),
      Buffer.from('POWER_CUT').toString('hex'),
      '0000262a', // 2026-10-01 is day 9770 after 2000-01-01
      binaryNumeric('1').toString('hex'),
      Buffer.from('a\tb').toString('hex'),
    ]);
    expect(Buffer.from(s.copy!).includes(Buffer.from(rrn.slice(7)))).toBe(false);
  });

  it('counts lines from the segment start, through quoted line breaks and blank lines', () => {
    const bad = `${testRrn('1950-01-02', 'MALE')},POWER_CUT,2026-13-01,1,x`;
    const s = encodeSegment(
      Buffer.from(`${testRrn('1950-01-01', 'MALE')},GAS_CUT,2026-10-01,1,"두\n줄"\n\n${bad}\n`),
      false,
      codec,
    );
    expect(s).toMatchObject({ lines: 4, rows: 2, rejected: 1, copy: null });
    expect(s.errors).toEqual([expect.objectContaining({ line: 4, column: 'observed_on' })]);
  });

  it('reports malformed CSV by line without quoting the text', () => {
    const rrn = testRrn('1950-01-01', 'FEMALE');
    const s = encodeSegment(
      Buffer.from(`${HEADER}\n${rrn},POWER_CUT,2026-10-01,1,x\n${rrn},POWER_CUT,2026-10-01,1,"open\n`),
      true,
      codec,
    );
    expect(s.errors).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/^malformed CSV/) }),
    ]);
    expect(JSON.stringify(s.errors)).not.toContain(rrn.slice(7));
    expect(s.copy).toBeNull();
  });

  it('checks the header only in the first segment', () => {
    expect(encodeSegment(Buffer.from(`rrn,kind\n`), true, codec).errors).toEqual([
      expect.objectContaining({ line: 1, column: null }),
    ]);
    expect(
      encodeSegment(Buffer.from(`${testRrn('1950-01-01', 'MALE')},GAS_CUT,2026-10-01,1,x\n`), false, codec),
    ).toMatchObject({ rows: 1, errors: [] });
  });
});

describe('splitUnquotedCsv', () => {
  const pieces = ['', ' ', 'a', '홍길동', '900101-1234567', '1.5', '-3', 'ref x', '\t', '\uFEFF'];
  const randomCsv = () => {
    const lines = Array.from({ length: randomInt(0, 8) }, () =>
      Array.from({ length: randomInt(1, 7) }, () => pieces[randomInt(pieces.length)]).join(','),
    );
    return (randomInt(2) ? '\uFEFF' : '') + lines.join('\n') + (randomInt(2) ? '\n' : '');
  };

  it('gives the records csv-parse gives for unquoted CSV with LF line ends', () => {
    for (let i = 0; i < 2000; i++) {
      const text = randomCsv();
      for (const first of [true, false]) {
        const bytes = Buffer.from(text);
        expect(splitUnquotedCsv(bytes, first), JSON.stringify(text)).toEqual(
          parse(bytes, { bom: first, relax_column_count: true }),
        );
      }
    }
  });

  it('leaves a line over the record limit to csv-parse, which reports it', () => {
    expect(splitUnquotedCsv(Buffer.from(`a,b\n${'x'.repeat(10_001)}\n`), true)).toBeNull();
  });
});
