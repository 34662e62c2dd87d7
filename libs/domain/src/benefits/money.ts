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
  // Whole won, the usual case, grouped by hand: the same text as ko-KR's format at a fraction of the
  // cost (a batch prints hundreds of amounts per household).
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
  return `${value}%`;
}
