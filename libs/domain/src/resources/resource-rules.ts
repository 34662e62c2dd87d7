// 복지자원: a service, programme, facility or donation an agency offers, as the directory (복지샘)
// shows it and a referral points at it. The checks name the field they refuse ('hours.2.closes').
import { addCalendarYears } from '../calendar/calendar-date';
import { NEEDS_DOMAINS } from '../cases/case-rules';
import { normalizePhoneNumber } from '../registry/contacts';
import { isRegionCode } from '../regions/region-code';
import { fieldProblem, type FieldProblem } from '../validation/validation-rule';

export const RESOURCE_STATUSES = ['DRAFT', 'PUBLISHED', 'SUSPENDED'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface OpeningHours {
  weekday: Weekday;
  /** 'HH:MM', 24-hour */
  opens: string;
  closes: string;
}

export interface ResourceCriteria {
  minAge?: number | null;
  maxAge?: number | null;
  maxHouseholdSize?: number | null;
  /** Income at most this share of 기준 중위소득, in percent. */
  maxIncomePctOfMedian?: number | null;
  residentsOnly?: boolean | null;
}

export interface ResourceInput {
  name: string;
  description: string;
  needsDomains: readonly string[];
  serviceAreaCodes: readonly string[];
  address: string;
  regionCode: string;
  eligibility?: string | null;
  criteria?: ResourceCriteria | null;
  fee?: string | null;
  howToApply?: string | null;
  phone?: string | null;
  email?: string | null;
  url?: string | null;
  /** null: no limit on places. */
  capacityTotal?: number | null;
  hours?: readonly OpeningHours[] | null;
  exclusiveCategory?: string | null;
  status?: string | null;
}

export const RESOURCE_LIMITS = {
  name: 200,
  description: 5_000,
  text: 2_000,
  serviceAreas: 50,
  hours: 21,
  capacity: 1_000_000,
  age: 150,
  householdSize: 30,
  incomePct: 1_000,
} as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The input made tidy (trimmed, phone printed) with every problem found, each at its field. */
export function checkResourceInput(input: ResourceInput): { value: ResourceInput; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const text = (field: string, value: string | null | undefined, limit: number, required = false) => {
    const v = (value ?? '').trim();
    if (required && !v) problems.push(fieldProblem(field, 'REQUIRED', `Enter the ${field}.`));
    else if (v.length > limit)
      problems.push(fieldProblem(field, 'TOO_LONG', `At most ${limit} characters.`, { limit }));
    return v;
  };
  const name = text('name', input.name, RESOURCE_LIMITS.name, true);
  const description = text('description', input.description, RESOURCE_LIMITS.description);
  const address = text('address', input.address, RESOURCE_LIMITS.text);
  const eligibility = text('eligibility', input.eligibility, RESOURCE_LIMITS.text);
  const fee = text('fee', input.fee, RESOURCE_LIMITS.text);
  const howToApply = text('howToApply', input.howToApply, RESOURCE_LIMITS.text);
  const exclusiveCategory = text('exclusiveCategory', input.exclusiveCategory, 100);

  if (!input.needsDomains.length)
    problems.push(fieldProblem('needsDomains', 'TOO_FEW', 'Choose at least one needs domain.', { min: 1 }));
  input.needsDomains.forEach((d, i) => {
    if (!(NEEDS_DOMAINS as readonly string[]).includes(d))
      problems.push(fieldProblem(`needsDomains.${i}`, 'NOT_ALLOWED_VALUE', `Unknown needs domain ${d}.`));
    else if (input.needsDomains.indexOf(d) !== i)
      problems.push(fieldProblem(`needsDomains.${i}`, 'DUPLICATE_ITEM', `${d} is chosen twice.`));
  });

  if (!input.serviceAreaCodes.length)
    problems.push(
      fieldProblem('serviceAreaCodes', 'TOO_FEW', 'Name at least one region served.', { min: 1 }),
    );
  if (input.serviceAreaCodes.length > RESOURCE_LIMITS.serviceAreas)
    problems.push(
      fieldProblem('serviceAreaCodes', 'TOO_MANY', 'Too many regions.', {
        max: RESOURCE_LIMITS.serviceAreas,
      }),
    );
  input.serviceAreaCodes.forEach((c, i) => {
    if (!isRegionCode(c))
      problems.push(fieldProblem(`serviceAreaCodes.${i}`, 'INVALID_FORMAT', 'A region code has 10 digits.'));
  });
  if (!isRegionCode(input.regionCode))
    problems.push(
      fieldProblem('regionCode', input.regionCode ? 'INVALID_FORMAT' : 'REQUIRED', 'The 읍면동 code.'),
    );

  let phone: string | null = null;
  if (input.phone?.trim()) {
    phone = normalizePhoneNumber(input.phone);
    if (!phone) problems.push(fieldProblem('phone', 'INVALID_FORMAT', 'Not a Korean telephone number.'));
  }
  const email = input.email?.trim() || null;
  if (email && !EMAIL.test(email))
    problems.push(fieldProblem('email', 'INVALID_FORMAT', 'Not an e-mail address.'));
  const url = input.url?.trim() || null;
  if (url && !isHttpUrl(url))
    problems.push(fieldProblem('url', 'INVALID_FORMAT', 'A web address starts with http:// or https://.'));

  const capacityTotal = input.capacityTotal ?? null;
  if (capacityTotal !== null && !inRange(capacityTotal, 0, RESOURCE_LIMITS.capacity))
    problems.push(
      fieldProblem('capacityTotal', 'OUT_OF_RANGE', 'Places are a whole number.', {
        min: 0,
        max: RESOURCE_LIMITS.capacity,
      }),
    );

  const hours = input.hours ?? [];
  if (hours.length > RESOURCE_LIMITS.hours)
    problems.push(
      fieldProblem('hours', 'TOO_MANY', 'Too many opening times.', { max: RESOURCE_LIMITS.hours }),
    );
  hours.forEach((h, i) => {
    if (!(WEEKDAYS as readonly string[]).includes(h.weekday))
      problems.push(fieldProblem(`hours.${i}.weekday`, 'NOT_ALLOWED_VALUE', `Unknown weekday ${h.weekday}.`));
    const opensOk = TIME.test(h.opens);
    const closesOk = TIME.test(h.closes);
    if (!opensOk)
      problems.push(fieldProblem(`hours.${i}.opens`, 'INVALID_FORMAT', "A time such as '09:00'."));
    if (!closesOk)
      problems.push(fieldProblem(`hours.${i}.closes`, 'INVALID_FORMAT', "A time such as '18:00'."));
    if (opensOk && closesOk && h.closes <= h.opens)
      problems.push(fieldProblem(`hours.${i}.closes`, 'DATE_BEFORE_START', 'It closes before it opens.'));
  });

  const c = input.criteria ?? {};
  const bounded = (field: keyof ResourceCriteria, max: number, min = 0) => {
    const v = c[field];
    if (v !== null && v !== undefined && typeof v === 'number' && !inRange(v, min, max))
      problems.push(
        fieldProblem(`criteria.${field}`, 'OUT_OF_RANGE', `From ${min} to ${max}.`, { min, max }),
      );
  };
  bounded('minAge', RESOURCE_LIMITS.age);
  bounded('maxAge', RESOURCE_LIMITS.age);
  bounded('maxHouseholdSize', RESOURCE_LIMITS.householdSize, 1);
  bounded('maxIncomePctOfMedian', RESOURCE_LIMITS.incomePct, 1);
  if (typeof c.minAge === 'number' && typeof c.maxAge === 'number' && c.maxAge < c.minAge)
    problems.push(
      fieldProblem('criteria.maxAge', 'DATE_BEFORE_START', 'The upper age is below the lower one.'),
    );

  const status = input.status ?? 'DRAFT';
  if (!(RESOURCE_STATUSES as readonly string[]).includes(status))
    problems.push(fieldProblem('status', 'NOT_ALLOWED_VALUE', `Unknown status ${status}.`));

  return {
    value: {
      ...input,
      name,
      description,
      address,
      eligibility,
      fee,
      howToApply,
      exclusiveCategory: exclusiveCategory || null,
      phone,
      email,
      url,
      capacityTotal,
      hours,
      status,
      criteria: input.criteria ?? null,
      needsDomains: [...input.needsDomains],
      serviceAreaCodes: [...input.serviceAreaCodes],
    },
    problems,
  };
}

/** Places free after a change of capacity: never below zero or above the total. */
export function checkCapacity(total: number | null, available: number | null): FieldProblem | null {
  if (total === null)
    return available === null
      ? null
      : fieldProblem('capacityAvailable', 'NOT_ALLOWED_VALUE', 'Unlimited places have no count.');
  if (!inRange(total, 0, RESOURCE_LIMITS.capacity))
    return fieldProblem('capacityTotal', 'OUT_OF_RANGE', 'Places are a whole number.', {
      min: 0,
      max: RESOURCE_LIMITS.capacity,
    });
  if (available === null || !inRange(available, 0, total))
    return fieldProblem('capacityAvailable', 'OUT_OF_RANGE', 'Free places lie between 0 and the total.', {
      min: 0,
      max: total,
    });
  return null;
}

/** Open at this weekday and time ('HH:MM', Korea)? Closing time itself is closed. */
export function isOpenAt(hours: readonly OpeningHours[], weekday: Weekday, time: string): boolean {
  return hours.some((h) => h.weekday === weekday && h.opens <= time && time < h.closes);
}

/** A resource not verified for 12 months (a year to the day) is shown as 확인 필요. */
export const STALE_AFTER_YEARS = 1;

export function isStale(assuredOn: string, today: string): boolean {
  return today >= addCalendarYears(assuredOn, STALE_AFTER_YEARS);
}

function inRange(n: number, min: number, max: number): boolean {
  return Number.isInteger(n) && n >= min && n <= max;
}

function isHttpUrl(text: string): boolean {
  return /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(text);
}
