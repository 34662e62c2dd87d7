// Dates in Korea for the browser tests, from the API's own clock helper, so the tests and the server
// agree on "today" whatever the machine's time zone.
import { todayInKorea } from '../apps/api/src/clock';

/** A date in Korea, whole years and days from today (negative for the past), as YYYY-MM-DD. */
export function koreanDate({ years = 0, days = 0 }: { years?: number; days?: number } = {}): string {
  const [y, m, d] = todayInKorea().split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date as the Korean UI shows it: '2026. 12. 1.'. */
export function koreanDateText(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}. ${m}. ${d}.`;
}
