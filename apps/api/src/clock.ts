// Today's date in Korea ('YYYY-MM-DD'), whatever the server's time zone: birth dates and 'as of' dates are Korean dates.
export function todayInKorea(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
