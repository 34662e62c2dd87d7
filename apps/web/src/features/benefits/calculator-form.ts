import { BENEFIT_LIMITS, CAR_USES, isIsoDate, SUPPORT_OBLIGORS } from '@ieum/domain';
import type { BenefitEstimateInput, CarUse, Relationship, SupportObligor } from '../../generated/graphql';
import type { PayloadError } from '../../lib/errors';
import { required } from '../../lib/use-form-errors';

// The calculator's form as typed: text, so a half-typed amount is kept as the resident left it.
// It lives in component state only; nothing here is written to storage or the address bar.

export const INCOME_KINDS = [
  'earned',
  'business',
  'property',
  'pension',
  'publicTransfer',
  'privateTransfer',
] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

export const PROPERTY_KINDS = ['residential', 'general', 'financial', 'debt'] as const;
export type PropertyKind = (typeof PROPERTY_KINDS)[number];

export { CAR_USES, SUPPORT_OBLIGORS };

// The form offers no more rows than the API takes.
export const MAX_MEMBERS = BENEFIT_LIMITS.members.max;
export const MAX_CARS = BENEFIT_LIMITS.cars;

export interface MemberRow {
  key: number;
  birthYear: string;
  /** '' when not known. */
  birthMonth: string;
  birthDay: string;
  relationship: Relationship;
  disabled: boolean;
  student: boolean;
  income: Record<IncomeKind, string>;
}

export interface CarRow {
  key: number;
  value: string;
  engineCc: string;
  modelYear: string;
  use: CarUse;
}

export interface CalculatorForm {
  asOf: string;
  sido: string;
  sigungu: string;
  members: MemberRow[];
  property: Record<PropertyKind, string>;
  cars: CarRow[];
  supportObligor: SupportObligor;
}

let nextKey = 1;

export function newMember(relationship: Relationship): MemberRow {
  return {
    key: nextKey++,
    birthYear: '',
    birthMonth: '',
    birthDay: '',
    relationship,
    disabled: false,
    student: false,
    income: Object.fromEntries(INCOME_KINDS.map((k) => [k, ''])) as Record<IncomeKind, string>,
  };
}

export function newCar(): CarRow {
  return { key: nextKey++, value: '', engineCc: '', modelYear: '', use: 'PRIVATE' };
}

export function emptyForm(today: string): CalculatorForm {
  return {
    asOf: today,
    sido: '',
    sigungu: '',
    members: [newMember('HEAD')],
    property: Object.fromEntries(PROPERTY_KINDS.map((k) => [k, ''])) as Record<PropertyKind, string>,
    cars: [],
    supportObligor: 'NONE',
  };
}

/**
 * A typed amount as whole won: digits with or without grouping commas, spaces or a trailing 원;
 * empty is 0. Anything else (a minus sign, a decimal point, letters) is null, so the form says so.
 */
export function parseWon(text: string): number | null {
  const cleaned = text.replace(/[\s,]/g, '').replace(/원$/, '');
  if (cleaned === '') return 0;
  if (!/^\d+$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isSafeInteger(value) ? value : null;
}

const pad = (n: string) => n.padStart(2, '0');

/** 'YYYY-MM-DD' from the year, month and day chosen; a month or day left unknown is the 1st. */
export function birthDateOf(m: Pick<MemberRow, 'birthYear' | 'birthMonth' | 'birthDay'>): string {
  return `${m.birthYear}-${pad(m.birthMonth || '1')}-${pad(m.birthDay || '1')}`;
}

const invalid = (field: string): PayloadError => ({
  code: 'VALIDATION',
  rule: 'INVALID_FORMAT',
  message: '',
  path: ['input', ...field.split('.')],
});

/**
 * The API input for the form, or the problems the form can see itself (shaped like payload errors,
 * at the paths the API would use, so they are said at the same fields).
 */
export function estimateInputOf(
  form: CalculatorForm,
): { input: BenefitEstimateInput; problems: [] } | { input?: undefined; problems: PayloadError[] } {
  const problems: PayloadError[] = [];
  const amount = (text: string, field: string): number => {
    const value = parseWon(text);
    if (value === null) problems.push(invalid(field));
    return value ?? 0;
  };
  const whole = (text: string, field: string): number => {
    if (text.trim() === '') {
      problems.push(required(field));
      return 0;
    }
    return amount(text, field);
  };

  if (!isIsoDate(form.asOf)) problems.push(form.asOf ? invalid('asOf') : required('asOf'));
  if (!form.sigungu) problems.push(required('regionCode'));
  const members = form.members.map((m, i) => {
    const at = `members.${i}`;
    const birthDate = birthDateOf(m);
    if (!m.birthYear) problems.push(required(`${at}.birthDate`));
    else if (!isIsoDate(birthDate)) problems.push(invalid(`${at}.birthDate`));
    return {
      birthDate,
      relationship: m.relationship,
      disabled: m.disabled,
      student: m.student,
      monthlyIncome: Object.fromEntries(
        INCOME_KINDS.map((k) => [k, amount(m.income[k], `${at}.monthlyIncome.${k}`)]),
      ) as Record<IncomeKind, number>,
    };
  });
  const property = {
    ...(Object.fromEntries(
      PROPERTY_KINDS.map((k) => [k, amount(form.property[k], `property.${k}`)]),
    ) as Record<PropertyKind, number>),
    cars: form.cars.map((c, i) => {
      const at = `property.cars.${i}`;
      return {
        value: whole(c.value, `${at}.value`),
        engineCc: whole(c.engineCc, `${at}.engineCc`),
        modelYear: whole(c.modelYear, `${at}.modelYear`),
        use: c.use,
      };
    }),
  };
  if (problems.length) return { problems };
  return {
    input: {
      asOf: form.asOf,
      regionCode: form.sigungu,
      members,
      property,
      supportObligor: form.supportObligor,
    },
    problems: [],
  };
}

/** The form's fields by error path, so each payload error is said beside its field. */
export function errorFields(form: CalculatorForm): string[] {
  return [
    'asOf',
    'regionCode',
    ...form.members.flatMap((_, i) => [
      `members.${i}.birthDate`,
      `members.${i}.relationship`,
      ...INCOME_KINDS.map((k) => `members.${i}.monthlyIncome.${k}`),
    ]),
    ...PROPERTY_KINDS.map((k) => `property.${k}`),
    ...form.cars.flatMap((_, i) =>
      ['value', 'engineCc', 'modelYear', 'use'].map((f) => `property.cars.${i}.${f}`),
    ),
    'supportObligor',
  ];
}
