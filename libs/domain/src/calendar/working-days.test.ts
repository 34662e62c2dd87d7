import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addCalendarYears,
  dateOfDayNumber,
  dayNumberOf,
  dayOfWeek,
  seoulDateOf,
} from './calendar-date';
import { PUBLIC_HOLIDAYS, type PublicHoliday } from './public-holidays';
import {
  addWorkingDays,
  holidaySet,
  isWorkingDay,
  KOREAN_PUBLIC_HOLIDAYS as H,
  workingDaysBetween,
} from './working-days';

describe('calendar dates', () => {
  it.each([
    { name: 'the epoch is day 0', date: '1970-01-01', day: 0 },
    { name: 'a leap day has its own number', date: '2024-02-29', day: 19_782 },
    { name: 'a date before the epoch is negative', date: '1969-12-31', day: -1 },
  ])('$name', ({ date, day }) => {
    expect(dayNumberOf(date)).toBe(day);
    expect(dateOfDayNumber(day)).toBe(date);
  });

  it.each([
    { name: 'adding a day crosses a month end', date: '2026-01-31', days: 1, result: '2026-02-01' },
    { name: 'adding a day crosses the leap day of 2028', date: '2028-02-28', days: 1, result: '2028-02-29' },
    { name: 'adding a day crosses a year end', date: '2025-12-31', days: 1, result: '2026-01-01' },
    { name: 'subtracting days goes back', date: '2026-03-01', days: -1, result: '2026-02-28' },
  ])('$name', ({ date, days, result }) => {
    expect(addCalendarDays(date, days)).toBe(result);
  });

  it.each([
    { name: '2026-03-09 is a Monday', date: '2026-03-09', dow: 1 },
    { name: '2026-03-14 is a Saturday', date: '2026-03-14', dow: 6 },
    { name: '2026-03-15 is a Sunday', date: '2026-03-15', dow: 0 },
  ])('$name', ({ date, dow }) => {
    expect(dayOfWeek(date)).toBe(dow);
  });

  it.each([
    { name: 'five years after a date is the same day', date: '2026-03-09', years: 5, result: '2031-03-09' },
    {
      name: 'a leap day five years on becomes 28 February',
      date: '2028-02-29',
      years: 5,
      result: '2033-02-28',
    },
    {
      name: 'a leap day four years on stays 29 February',
      date: '2028-02-29',
      years: 4,
      result: '2032-02-29',
    },
  ])('$name', ({ date, years, result }) => {
    expect(addCalendarYears(date, years)).toBe(result);
  });

  it.each([
    {
      name: 'an instant before 15:00 UTC is the same date in Korea',
      at: '2026-03-01T14:59:59Z',
      date: '2026-03-01',
    },
    {
      name: 'an instant at 15:00 UTC is already the next date in Korea',
      at: '2026-03-01T15:00:00Z',
      date: '2026-03-02',
    },
    { name: 'an instant written in KST keeps its date', at: '2026-03-02T00:00:00+09:00', date: '2026-03-02' },
    { name: 'fractional seconds are accepted', at: '2026-12-31T23:59:59.999+09:00', date: '2026-12-31' },
  ])('$name', ({ at, date }) => {
    expect(seoulDateOf(at)).toBe(date);
  });

  it.each([
    { name: 'a datetime without an offset is refused', at: '2026-03-01T10:00:00' },
    { name: 'a bare date is refused as an instant', at: '2026-03-01' },
    { name: 'text is refused', at: 'yesterday' },
  ])('$name', ({ at }) => {
    expect(() => seoulDateOf(at)).toThrow(RangeError);
  });

  it('a malformed date is a programmer error', () => {
    expect(() => dayNumberOf('2026-02-30')).toThrow(RangeError);
  });
});

describe('Korean public holidays', () => {
  it.each([
    { name: '설날 2026 is a holiday', date: '2026-02-17' },
    { name: 'the 3·1절 substitute of 2025 is a holiday', date: '2025-03-03' },
    { name: 'the shared 어린이날·부처님오신날 substitute of 2025 is a holiday', date: '2025-05-06' },
    { name: 'the 2025 presidential election day is a holiday', date: '2025-06-03' },
    { name: 'the 2025 추석 substitute is a holiday', date: '2025-10-08' },
    { name: 'the 2026 local elections day is a holiday', date: '2026-06-03' },
    { name: 'the 2026 광복절 substitute is a holiday', date: '2026-08-17' },
    { name: 'the 2026 개천절 substitute is a holiday', date: '2026-10-05' },
  ])('$name', ({ date }) => {
    expect(H.has(date)).toBe(true);
  });

  it.each([
    { name: 'no substitute follows 현충일 on a Saturday', date: '2026-06-08' },
    { name: 'no substitute follows 추석 다음날 on a Saturday', date: '2026-09-28' },
    { name: '근로자의 날 is not a public-office holiday', date: '2026-05-01' },
  ])('$name', ({ date }) => {
    expect(H.has(date)).toBe(false);
  });

  it('every substitute holiday falls on a weekday', () => {
    const substitutes = PUBLIC_HOLIDAYS.filter((h) => h.nameKo.startsWith('대체공휴일'));
    expect(substitutes.length).toBeGreaterThan(0);
    for (const h of substitutes) expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(h.date));
  });

  it.each<{ name: string; rows: PublicHoliday[] }>([
    { name: 'a holiday listed twice is refused', rows: [PUBLIC_HOLIDAYS[0]!, PUBLIC_HOLIDAYS[0]!] },
    { name: 'an impossible date is refused', rows: [{ ...PUBLIC_HOLIDAYS[0]!, date: '2026-02-30' }] },
    { name: 'a year without data is refused', rows: [{ ...PUBLIC_HOLIDAYS[0]!, date: '2028-01-01' }] },
    { name: 'a holiday without a source is refused', rows: [{ ...PUBLIC_HOLIDAYS[0]!, reference: '' }] },
  ])('$name', ({ rows }) => {
    expect(() => holidaySet(rows)).toThrow(/invalid public holiday data/);
  });
});

describe('isWorkingDay', () => {
  it.each([
    { name: 'an ordinary Monday is a working day', date: '2026-03-09', working: true },
    { name: 'a Saturday is not a working day', date: '2026-03-14', working: false },
    { name: 'a Sunday is not a working day', date: '2026-03-15', working: false },
    { name: 'a weekday holiday is not a working day', date: '2026-02-17', working: false },
    { name: 'a substitute holiday is not a working day', date: '2026-03-02', working: false },
  ])('$name', ({ date, working }) => {
    expect(isWorkingDay(date, H)).toBe(working);
  });
});

describe('addWorkingDays', () => {
  it.each([
    { name: '0 days from a working day is that day', date: '2026-03-09', days: 0, result: '2026-03-09' },
    { name: '0 days from a Saturday is the Monday', date: '2026-03-14', days: 0, result: '2026-03-16' },
    {
      name: '0 days from the day before 설날 is the first day after the 연휴',
      date: '2026-02-16',
      days: 0,
      result: '2026-02-19',
    },
    { name: '1 day from a Friday is the Monday', date: '2026-03-13', days: 1, result: '2026-03-16' },
    { name: '1 day from a Saturday is the Monday', date: '2026-03-14', days: 1, result: '2026-03-16' },
    {
      name: '1 day from the Friday before the 3·1절 substitute is the Tuesday',
      date: '2026-02-27',
      days: 1,
      result: '2026-03-03',
    },
    { name: '5 days from a Monday is the next Monday', date: '2026-03-09', days: 5, result: '2026-03-16' },
    {
      name: '3 days across the 2025 추석 연휴 and 한글날 end on the Tuesday after',
      date: '2025-10-02',
      days: 3,
      result: '2025-10-14',
    },
    {
      name: '1 day from the last day of 2026 skips 1월 1일 and the weekend',
      date: '2026-12-31',
      days: 1,
      result: '2027-01-04',
    },
    {
      name: '설날 2027 on a Sunday: the 연휴 and its substitute day are skipped',
      date: '2027-02-05',
      days: 1,
      result: '2027-02-10',
    },
  ])('$name', ({ date, days, result }) => {
    expect(addWorkingDays(date, days, H)).toBe(result);
  });

  it.each([{ days: -1 }, { days: 1.5 }])('a count of $days working days is refused', ({ days }) => {
    expect(() => addWorkingDays('2026-03-09', days, H)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    { name: 'the same day counts 0', from: '2026-03-09', to: '2026-03-09', count: 0 },
    {
      name: 'Monday to Tuesday counts 1 (the start excluded, the end included)',
      from: '2026-03-09',
      to: '2026-03-10',
      count: 1,
    },
    { name: 'Friday to Monday counts 1', from: '2026-03-13', to: '2026-03-16', count: 1 },
    { name: 'a full week counts 5', from: '2026-03-09', to: '2026-03-16', count: 5 },
    { name: 'the 설날 week counts only the working days', from: '2026-02-13', to: '2026-02-20', count: 2 },
    { name: 'an end before the start counts 0', from: '2026-03-16', to: '2026-03-09', count: 0 },
    {
      name: 'all of 2026 has 246 working days (261 weekdays less 15 weekday holidays)',
      from: '2025-12-31',
      to: '2026-12-31',
      count: 246,
    },
  ])('$name', ({ from, to, count }) => {
    expect(workingDaysBetween(from, to, H)).toBe(count);
  });

  it.each([
    { date: '2026-03-09', days: 7 },
    { date: '2026-02-13', days: 4 },
    { date: '2025-09-30', days: 12 },
  ])('addWorkingDays($date, $days) is the first date $days working days away', ({ date, days }) => {
    const end = addWorkingDays(date, days, H);
    expect(workingDaysBetween(date, end, H)).toBe(days);
    expect(workingDaysBetween(date, addCalendarDays(end, -1), H)).toBe(days - 1);
  });
});
