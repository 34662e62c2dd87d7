import { isIsoDate } from '../iso-date';
import { BENEFIT_LIMITS } from '../benefits/check-input';
import { CAR_USES, type CarUse } from '../benefits/household';
import { fieldProblem, type FieldProblem } from '../validation/validation-rule';

// 소득·재산 (means) of a household as a case worker records them: dated, per person, each row with
// its source. The engine's household (benefit-household-of.ts) is built from one such record.

/** 근로, 사업, 재산, 공적연금, 공적이전, 사적이전소득. */
export const INCOME_KINDS = [
  'EARNED',
  'BUSINESS',
  'PROPERTY',
  'PENSION',
  'PUBLIC_TRANSFER',
  'PRIVATE_TRANSFER',
] as const;
export type IncomeKind = (typeof INCOME_KINDS)[number];

/** 주거용재산 (주택, 임차보증금), 일반재산 (토지, 건물), 금융재산, 자동차, 부채. */
export const PROPERTY_KINDS = ['RESIDENTIAL', 'GENERAL', 'FINANCIAL', 'CAR', 'DEBT'] as const;
export type PropertyKind = (typeof PROPERTY_KINDS)[number];

/** 신고 (the resident said so), 조회 (queried from a public record), 추정 (the worker's estimate). */
export const MEANS_SOURCES = ['REPORTED', 'QUERIED', 'ESTIMATED'] as const;
export type MeansSource = (typeof MEANS_SOURCES)[number];

export interface MeansIncome {
  personId: string;
  kind: IncomeKind;
  monthlyAmount: number;
  source: MeansSource;
}

export interface MeansProperty {
  /** The owner; null for property of the household as a whole (a 전세 deposit on a joint lease). */
  personId: string | null;
  kind: PropertyKind;
  amount: number;
  source: MeansSource;
  engineCc: number | null;
  modelYear: number | null;
  use: CarUse | null;
}

/**
 * Facts about a member the registry does not keep (장애 등록, 초·중·고 재학) but the programmes
 * need; recorded with the means, so a decision shows what it assumed.
 */
export interface MemberFacts {
  personId: string;
  disabled: boolean;
  student: boolean;
}

export interface MeansRecordInput {
  asOf: string;
  incomes: readonly MeansIncome[];
  property: readonly MeansProperty[];
  facts: readonly MemberFacts[];
}

export const MEANS_LIMITS = { incomes: 200, property: 200 } as const;

/**
 * VALIDATION problems of a means record with dotted paths ('incomes.2.personId'); empty when it may
 * be saved. `memberIds` are the household's members: a row about anyone else is refused.
 */
export function checkMeansInput(
  input: MeansRecordInput,
  memberIds: readonly string[],
  today: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const members = new Set(memberIds);
  if (!isIsoDate(input.asOf)) problems.push(fieldProblem('asOf', 'INVALID_FORMAT', 'asOf is YYYY-MM-DD.'));
  else if (input.asOf > today)
    problems.push(fieldProblem('asOf', 'DATE_IN_FUTURE', 'Means are recorded as of today or earlier.'));

  const member = (field: string, id: string | null) => {
    if (id !== null && !members.has(id))
      problems.push(
        fieldProblem(field, 'NOT_ALLOWED_VALUE', 'This person is not a member of the household.'),
      );
  };
  const oneOf = (field: string, value: string, allowed: readonly string[]) => {
    if (!allowed.includes(value))
      problems.push(fieldProblem(field, 'NOT_ALLOWED_VALUE', `Unknown ${field}.`));
  };

  if (input.incomes.length > MEANS_LIMITS.incomes)
    problems.push(
      fieldProblem('incomes', 'TOO_MANY', 'Too many income rows.', { max: MEANS_LIMITS.incomes }),
    );
  input.incomes.forEach((row, i) => {
    const at = `incomes.${i}`;
    member(`${at}.personId`, row.personId);
    oneOf(`${at}.kind`, row.kind, INCOME_KINDS);
    oneOf(`${at}.source`, row.source, MEANS_SOURCES);
    amount(problems, `${at}.monthlyAmount`, row.monthlyAmount, BENEFIT_LIMITS.monthlyIncome);
  });

  if (input.property.length > MEANS_LIMITS.property)
    problems.push(
      fieldProblem('property', 'TOO_MANY', 'Too many property rows.', { max: MEANS_LIMITS.property }),
    );
  const cars = input.property.filter((p) => p.kind === 'CAR').length;
  if (cars > BENEFIT_LIMITS.cars)
    problems.push(
      fieldProblem('property', 'TOO_MANY', `At most ${BENEFIT_LIMITS.cars} cars.`, {
        max: BENEFIT_LIMITS.cars,
      }),
    );
  const lastModelYear = isIsoDate(input.asOf)
    ? Number(input.asOf.slice(0, 4)) + 1
    : Number(today.slice(0, 4)) + 1;
  input.property.forEach((row, i) => {
    const at = `property.${i}`;
    member(`${at}.personId`, row.personId);
    oneOf(`${at}.kind`, row.kind, PROPERTY_KINDS);
    oneOf(`${at}.source`, row.source, MEANS_SOURCES);
    const isCar = row.kind === 'CAR';
    amount(problems, `${at}.amount`, row.amount, isCar ? BENEFIT_LIMITS.carValue : BENEFIT_LIMITS.property);
    // A car converts by its engine, age and use (생업용, 장애인 사용), so a car row without them
    // cannot be decided; other rows carry none of them.
    for (const f of ['engineCc', 'modelYear', 'use'] as const) {
      if (isCar && row[f] === null)
        problems.push(fieldProblem(`${at}.${f}`, 'REQUIRED', `A car row needs ${f}.`));
      if (!isCar && row[f] !== null)
        problems.push(fieldProblem(`${at}.${f}`, 'NOT_ALLOWED_VALUE', `Only a car row has ${f}.`));
    }
    if (isCar && row.engineCc !== null)
      amount(problems, `${at}.engineCc`, row.engineCc, BENEFIT_LIMITS.engineCc);
    if (
      isCar &&
      row.modelYear !== null &&
      (!Number.isInteger(row.modelYear) ||
        row.modelYear < BENEFIT_LIMITS.firstModelYear ||
        row.modelYear > lastModelYear)
    )
      problems.push(
        fieldProblem(`${at}.modelYear`, 'OUT_OF_RANGE', 'A model year is a plausible year.', {
          min: BENEFIT_LIMITS.firstModelYear,
          max: lastModelYear,
        }),
      );
    if (isCar && row.use !== null) oneOf(`${at}.use`, row.use, CAR_USES);
  });

  const seen = new Set<string>();
  input.facts.forEach((f, i) => {
    member(`facts.${i}.personId`, f.personId);
    if (seen.has(f.personId))
      problems.push(fieldProblem(`facts.${i}.personId`, 'DUPLICATE_ITEM', 'One line of facts per person.'));
    seen.add(f.personId);
  });
  return problems;
}

function amount(problems: FieldProblem[], field: string, value: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > max)
    problems.push(
      fieldProblem(field, 'OUT_OF_RANGE', `An amount is a whole number of won from 0 to ${max}.`, {
        min: 0,
        max,
      }),
    );
}
