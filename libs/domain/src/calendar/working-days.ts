// Working days (근무일) for deadlines counted "within N working days": Monday to Friday, except the
// public holidays of 관공서의 공휴일에 관한 규정. Holidays are passed in, so callers and tests can use
// another calendar; KOREAN_PUBLIC_HOLIDAYS is the default data set.
import { z } from 'zod';
import { isIsoDate } from '../iso-date';
import { addCalendarDays, dayNumberOf, dayOfWeek } from './calendar-date';
import { PUBLIC_HOLIDAYS, PUBLIC_HOLIDAY_YEARS, type PublicHoliday } from './public-holidays';

const holidayListSchema = z
  .array(
    z.object({
      date: z.string().refine(isIsoDate, 'not a calendar date'),
      nameKo: z.string().min(1),
      nameEn: z.string().min(1),
      reference: z.string().min(1),
    }),
  )
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (seen.has(row.date))
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [i, 'date'],
          message: `${row.date} is listed twice`,
        });
      seen.add(row.date);
      if (!(PUBLIC_HOLIDAY_YEARS as readonly number[]).includes(Number(row.date.slice(0, 4)))) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [i, 'date'],
          message: `${row.date} is outside PUBLIC_HOLIDAY_YEARS`,
        });
      }
    });
  });

/** Validates a holiday list (as the parameter loader would at start-up) and returns its dates. */
export function holidaySet(rows: readonly PublicHoliday[]): ReadonlySet<string> {
  const parsed = holidayListSchema.safeParse(rows);
  if (!parsed.success)
    throw new Error(
      `invalid public holiday data: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return new Set(parsed.data.map((row) => row.date));
}

/**
 * Korean public holidays for PUBLIC_HOLIDAY_YEARS (2025–2027). Dates outside those years count no
 * holidays, only weekends: add the next year's rows to public-holidays.ts before it starts.
 */
export const KOREAN_PUBLIC_HOLIDAYS: ReadonlySet<string> = holidaySet(PUBLIC_HOLIDAYS);

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6 && !holidays.has(date);
}

/**
 * The date on which `days` working days have passed after `date` (the day itself not counted), as
 * a deadline "within N working days" is counted. 0 gives the date itself when it is a working day,
 * else the next working day.
 */
export function addWorkingDays(date: string, days: number, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`days must be a whole number >= 0, got ${days}`);
  let current = date;
  if (days === 0) {
    while (!isWorkingDay(current, holidays)) current = addCalendarDays(current, 1);
    return current;
  }
  let counted = 0;
  while (counted < days) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, holidays)) counted++;
  }
  return current;
}

/** Working days in (from, to]: from excluded, to included; 0 when to <= from. */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  const end = dayNumberOf(to);
  let count = 0;
  let current = from;
  for (let n = dayNumberOf(from) + 1; n <= end; n++) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, holidays)) count++;
  }
  return count;
}
