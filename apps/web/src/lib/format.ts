const pad = (n: number) => String(n).padStart(2, '0');

/** Local time to the second, as the access-log rules require: 2026-11-24 09:05:07. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A datetime-local input value (local time) as an ISO instant, or undefined when empty/invalid. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Today's date in Korea (Asia/Seoul) as 'YYYY-MM-DD', whatever the browser's time zone. */
export function todayInKorea(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** A 0..1 share as a percentage with at most one decimal: 0.5 -> '50', 1 -> '100'. */
export function percentOf(share: number): string {
  return String(Math.round(share * 1000) / 10);
}

/** Scores and weights: at most two decimals. */
export function formatNumber(value: number, digits = 2): string {
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}

/** Local time to the minute: 2026-11-24 09:05. */
export function formatDateTimeMinute(iso: string): string {
  return formatDateTime(iso).slice(0, 16);
}

/** A 'YYYY-MM-DD' date moved by whole years and days (calendar arithmetic, no time zone). */
export function shiftDate(date: string, { years = 0, days = 0 }: { years?: number; days?: number }): string {
  const [y, m, d] = date.split('-').map(Number);
  const at = new Date(Date.UTC(y + years, m - 1, d + days));
  return at.toISOString().slice(0, 10);
}
