// Formatters are built once: constructing an Intl.DateTimeFormat costs far more than formatting with one.
const KOREAN_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const KOREAN_WEEKDAY_AND_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Seoul',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

// Today's date in Korea ('YYYY-MM-DD'), whatever the server's time zone: birth dates and 'as of' dates are Korean dates.
export function todayInKorea(now: Date = new Date()): string {
  return KOREAN_DATE.format(now);
}

/** Korea's weekday and time now, as the opening hours are written ('MON', '14:05'). */
export function weekdayAndTimeInKorea(now = new Date()): { weekday: string; time: string } {
  const parts = KOREAN_WEEKDAY_AND_TIME.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: get('weekday').toUpperCase().slice(0, 3), time: `${get('hour')}:${get('minute')}` };
}
