import i18next from 'i18next';

/** The UI language's locale for dates and numbers; Korean unless English is chosen. */
function localeOf(language?: string): string {
  const lng = language ?? i18next.resolvedLanguage ?? i18next.language ?? 'ko';
  return lng.startsWith('en') ? 'en-US' : 'ko-KR';
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' };
const DATE_EN: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

function dateOptions(locale: string): Intl.DateTimeFormatOptions {
  return locale === 'en-US' ? DATE_EN : DATE;
}

/**
 * A calendar date ('YYYY-MM-DD', a LocalDate) in the UI language: '2026. 12. 1.' in Korean,
 * 'Dec 1, 2026' in English. It names a day, not an instant, so no time zone moves it.
 */
export function formatDate(date: string, language?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const at = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(at.getTime())) return date;
  const locale = localeOf(language);
  return formatter(locale, { ...dateOptions(locale), timeZone: 'UTC' }).format(at);
}

/** The day of an instant in local time, in the UI language: '2026. 12. 1.'. */
export function formatDay(iso: string, language?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = localeOf(language);
  return formatter(locale, dateOptions(locale)).format(d);
}

/** Local time to the second, as the access-log rules require: '2026. 11. 24. 09:05:07' in Korean. */
export function formatDateTime(iso: string, language?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = localeOf(language);
  return formatter(locale, { ...dateOptions(locale), ...TIME, second: '2-digit' }).format(d);
}

/** Local time to the minute: '2026. 11. 24. 09:05' in Korean, 'Nov 24, 2026, 09:05' in English. */
export function formatDateTimeMinute(iso: string, language?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = localeOf(language);
  return formatter(locale, { ...dateOptions(locale), ...TIME }).format(d);
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

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Whole numbers with the UI language's digit grouping: 1200000 -> '1,200,000'. */
export function formatInteger(value: number, language?: string): string {
  const locale = localeOf(language);
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    numberFormats.set(locale, f);
  }
  return f.format(value);
}

/** A won amount: '1,200,000원' in Korean, 'KRW 1,200,000' in English. */
export function formatWon(amount: number, language?: string): string {
  const digits = formatInteger(amount, language);
  return localeOf(language) === 'en-US' ? `KRW ${digits}` : `${digits}원`;
}

/** A 0..1 share as a percentage with at most one decimal: 0.5 -> '50', 1 -> '100'. */
export function percentOf(share: number): string {
  return String(Math.round(share * 1000) / 10);
}

/** Scores and weights: at most two decimals. */
export function formatNumber(value: number, digits = 2): string {
  return String(Math.round(value * 10 ** digits) / 10 ** digits);
}

/** A 'YYYY-MM-DD' date moved by whole years and days (calendar arithmetic, no time zone). */
export function shiftDate(date: string, { years = 0, days = 0 }: { years?: number; days?: number }): string {
  const [y, m, d] = date.split('-').map(Number);
  const at = new Date(Date.UTC(y + years, m - 1, d + days));
  return at.toISOString().slice(0, 10);
}
