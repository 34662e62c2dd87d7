import type { CompactEstimate } from './batch';
import type { Programme } from './programme';
import type { CompactResult } from './trace-codec';

// A household's compact estimate as the bytes a batch run stores (about a million rows a run): which
// programmes are eligible as a bit mask (bit i = programmes[i], so SQL can count them), each
// programme's trace template as its 8-byte hash, and every number (amounts, thresholds, 소득인정액,
// the trace's numbers) as a variable-length integer. Most numbers are whole won, so most take 3–4
// bytes instead of the 8 of a float8[] element.

export interface PackedEstimate {
  householdSize: number;
  incomeRecognized: number;
  eligibleMask: number;
  templateIds: Uint8Array;
  numbers: Uint8Array;
}

const TAG_INT = 0;
const TAG_NULL = 1;
const TAG_TENTHS = 2; // one decimal place (53,833.2)
const TAG_FLOAT = 3; // anything else, as 8 bytes
const INT_LIMIT = 2 ** 50; // zigzag × 4 stays a safe integer

export function packEstimate(e: CompactEstimate, programmes: readonly Programme[]): PackedEstimate {
  if (e.results.length !== programmes.length || e.results.some((r, i) => r.programme !== programmes[i]))
    throw new Error('an estimate whose programmes are not those of the run');
  const out = new ByteWriter();
  out.number(e.medianIncome);
  const templateIds = new Uint8Array(8 * programmes.length);
  let eligibleMask = 0;
  e.results.forEach((r, i) => {
    if (r.eligible) eligibleMask |= 1 << i;
    templateIds.set(hexBytes(r.template.slice(r.programme.length + 1)), 8 * i);
    out.number(r.monthlyAmount);
    out.number(r.threshold);
    out.number(r.incomeRecognized);
    out.varint(r.values.length);
    for (const v of r.values) out.number(v);
  });
  return {
    householdSize: e.householdSize,
    incomeRecognized: e.incomeRecognized,
    eligibleMask,
    templateIds,
    numbers: out.take(),
  };
}

export function unpackEstimate(p: PackedEstimate, programmes: readonly Programme[]): CompactEstimate {
  const input = new ByteReader(p.numbers);
  const medianIncome = input.number();
  if (medianIncome === null) throw new Error('a packed estimate without its median income');
  const results = programmes.map((programme, i): CompactResult => {
    const monthlyAmount = input.number();
    const threshold = input.number();
    const incomeRecognized = input.number();
    const values: number[] = [];
    for (let n = input.varint(); n > 0; n--) {
      const v = input.number();
      if (v === null) throw new Error('a trace number that is null');
      values.push(v);
    }
    return {
      programme,
      eligible: (p.eligibleMask & (1 << i)) !== 0,
      monthlyAmount,
      threshold,
      incomeRecognized,
      template: `${programme}.${hexOf(p.templateIds.subarray(8 * i, 8 * i + 8))}`,
      values,
    };
  });
  if (!input.atEnd()) throw new Error('a packed estimate with bytes left over');
  return { householdSize: p.householdSize, medianIncome, incomeRecognized: p.incomeRecognized, results };
}

class ByteWriter {
  private buf = new Uint8Array(1024);
  private length = 0;

  varint(n: number): void {
    this.ensure(8);
    while (n >= 128) {
      this.buf[this.length++] = (n % 128) | 128;
      n = Math.floor(n / 128);
    }
    this.buf[this.length++] = n;
  }

  number(v: number | null): void {
    if (v === null) return this.varint(TAG_NULL);
    if (Number.isInteger(v) && Math.abs(v) < INT_LIMIT) return this.varint(zigzag(v) * 4 + TAG_INT);
    const tenths = Math.round(v * 10);
    if (tenths / 10 === v && Math.abs(tenths) < INT_LIMIT)
      return this.varint(zigzag(tenths) * 4 + TAG_TENTHS);
    this.varint(TAG_FLOAT);
    this.ensure(8);
    new DataView(this.buf.buffer).setFloat64(this.length, v);
    this.length += 8;
  }

  take(): Uint8Array {
    return this.buf.slice(0, this.length);
  }

  private ensure(more: number): void {
    if (this.length + more <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + more));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
}

class ByteReader {
  private at = 0;
  constructor(private readonly buf: Uint8Array) {}

  varint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      if (this.at >= this.buf.length) throw new Error('a packed estimate cut short');
      const b = this.buf[this.at++]!;
      n += (b & 127) * scale;
      if (b < 128) return n;
      scale *= 128;
    }
  }

  number(): number | null {
    const word = this.varint();
    const tag = word % 4;
    const body = unzigzag(Math.floor(word / 4));
    if (tag === TAG_INT) return body;
    if (tag === TAG_NULL) return null;
    if (tag === TAG_TENTHS) return body / 10;
    if (this.at + 8 > this.buf.length) throw new Error('a packed estimate cut short');
    const v = new DataView(this.buf.buffer, this.buf.byteOffset).getFloat64(this.at);
    this.at += 8;
    return v;
  }

  atEnd(): boolean {
    return this.at === this.buf.length;
  }
}

const zigzag = (n: number) => (n >= 0 ? 2 * n : -2 * n - 1);
const unzigzag = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

function hexBytes(hex: string): Uint8Array {
  if (!/^[0-9a-f]{16}$/.test(hex)) throw new Error(`not a trace template hash: ${hex}`);
  const out = new Uint8Array(8);
  for (let i = 0; i < 8; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function hexOf(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}
