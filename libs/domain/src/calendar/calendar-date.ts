// Day arithmetic on 'YYYY-MM-DD' strings through integer day numbers, so no Date object, no clock and
// no time zone (iso-date.ts). Malformed input is a programmer error and throws.
import { isIsoDate, toIsoDate } from '../iso-date';

const DAY_MS = 86_400_000;
// Korea has kept UTC+9 without daylight saving since 1988, so a fixed offset gives the 한국 표준시 date.
const SEOUL_OFFSET_MS = 9 * 3_600_000;
// An explicit offset is required: a datetime without one would be read in the server's time zone.
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function assertIsoDate(date: string, name: string): void {
  if (!isIsoDate(date)) throw new RangeError(`${name} must be a calendar date 'YYYY-MM-DD', got '${date}'`);
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
export function dayNumberOf(date: string): number {
  assertIsoDate(date, 'date');
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Inverse of dayNumberOf (H. Hinnant's civil_from_days). */
export function dateOfDayNumber(dayNumber: number): string {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`day number must be an integer, got ${dayNumber}`);
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return toIsoDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addCalendarDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
export function dayOfWeek(date: string): number {
  return (((dayNumberOf(date) + 4) % 7) + 7) % 7;
}

/** The same month and day `years` later; 29 February becomes 28 February in a common year (never 1 March). */
export function addCalendarYears(date: string, years: number): string {
  assertIsoDate(date, 'date');
  if (!Number.isInteger(years)) throw new RangeError(`years must be an integer, got ${years}`);
  const year = Number(date.slice(0, 4)) + years;
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return toIsoDate(year, month, month === 2 && day === 29 && !isIsoDate(toIsoDate(year, 2, 29)) ? 28 : day);
}

export function isIsoDateTime(text: string): boolean {
  return ISO_DATETIME.test(text) && !Number.isNaN(Date.parse(text));
}

/** Milliseconds since the epoch of an ISO datetime with an offset ('2026-03-02T09:00:00+09:00', '…Z'). */
export function instantOf(at: string): number {
  if (!isIsoDateTime(at)) throw new RangeError(`expected an ISO datetime with an offset, got '${at}'`);
  return Date.parse(at);
}

/** The calendar date in Korea (KST, UTC+9) at that instant: '2026-03-01T15:30:00Z' is 2026-03-02. */
export function seoulDateOf(at: string): string {
  return dateOfDayNumber(Math.floor((instantOf(at) + SEOUL_OFFSET_MS) / DAY_MS));
}
