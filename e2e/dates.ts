/** Today's date in Korea (Asia/Seoul) as YYYY-MM-DD, whatever the machine's time zone (as apps/api/src/clock.ts). */
export function todayInKorea(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** A date in Korea, whole years and days from today (negative for the past), as YYYY-MM-DD. */
export function koreanDate({ years = 0, days = 0 }: { years?: number; days?: number } = {}): string {
  const [y, m, d] = todayInKorea().split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d + days)).toISOString().slice(0, 10);
}
