// Won amounts are integers. Rates are kept as the percentages the sources print (1.04, 4.17, 30) and
// applied in integer arithmetic to avoid binary fractions (1.04 has no exact double).

/** Round half up to the won (selection amounts: 7,556,719 × 50% = 3,778,359.5 → 3,778,360). */
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5);
}

/** amount × pct / 100, rounded half up to the won; pct has at most 2 decimals. */
export function percentOf(amount: number, pct: number): number {
  const hundredths = Math.round(pct * 100);
  const scaled = amount * hundredths; // exact below 2^53: amounts stay under 10^12 and hundredths under 10^4
  const sign = scaled < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(scaled) + 5000) / 10000);
}

const WON = new Intl.NumberFormat('ko-KR');

/** 1200000 → "1,200,000원". */
export function won(amount: number): string {
  if (marks !== null && Number.isSafeInteger(amount)) return `${mark(MARK_GROUPED, amount)}원`;
  // Whole won, the usual case, grouped by hand: the same text as ko-KR's format at a fraction of the
  // cost.
  return `${Number.isSafeInteger(amount) ? grouped(amount) : WON.format(amount)}원`;
}

/** An integer with thousands separators: 1200000 → "1,200,000". */
export function grouped(n: number): string {
  const digits = String(Math.abs(n));
  let out = digits.length % 3 === 0 ? '' : digits.slice(0, digits.length % 3);
  for (let i = digits.length % 3; i < digits.length; i += 3) out += (out ? ',' : '') + digits.slice(i, i + 3);
  return n < 0 ? `-${out}` : out;
}

/** 4.17 → "4.17%". */
export function pct(value: number): string {
  return `${marks !== null ? mark(MARK_PLAIN, value) : value}%`;
}

/** A count, an age or a place in a list, as trace text: 4 → "4". */
export function num(n: number): string {
  return marks !== null ? mark(MARK_PLAIN, n) : String(n);
}

// The batch evaluation (a million households a run) stores each trace as a template with holes and
// the numbers (trace-codec.ts). Finding the numbers again in printed text was most of its cost, so
// while it evaluates a household, won(), pct() and num() write a mark instead of the number: the kind of
// hole and the number's index among those marked, so the codec needs no parsing and no formatting
// and the order the rules print their texts in does not matter. Rules are synchronous, so one
// household is marked at a time; only batchEvaluator turns marks on.
export const MARK_GROUPED = '\u0001'; // printed with thousands separators (1,200,000)
export const MARK_PLAIN = '\u0002'; // printed as String(n) (4.17)
/** The first of the characters that carry a mark's index (Unicode's private use area). */
export const MARK_INDEX_BASE = 0xe000;
const MARK_INDEX_LIMIT = 0x1900; // the private use area's size; a household never comes near it

let marks: number[] | null = null;

// The marks' texts, made once each as they are first needed: a household marks hundreds of numbers.
const MARK_TEXTS: Record<string, string[]> = { [MARK_GROUPED]: [], [MARK_PLAIN]: [] };

function mark(kind: string, value: number): string {
  if (marks!.length >= MARK_INDEX_LIMIT) return kind === MARK_GROUPED ? grouped(value) : String(value);
  const index = marks!.push(value) - 1;
  const texts = MARK_TEXTS[kind]!;
  return (texts[index] ??= kind + String.fromCharCode(MARK_INDEX_BASE + index));
}

/** Runs `compute` with won(), pct() and num() writing marks whose numbers go to `into`. */
export function withNumberMarks<T>(into: number[], compute: () => T): T {
  const outer = marks;
  marks = into;
  try {
    return compute();
  } finally {
    marks = outer;
  }
}
