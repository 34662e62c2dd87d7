import { isIsoDate } from '../iso-date';
import { RELATIONSHIPS } from '../registry/relationship';
import { fieldProblem, type FieldProblem } from '../validation/validation-rule';
import {
  ageOn,
  CAR_USES,
  HOUSING_TENURES,
  type BenefitMember,
  type HouseholdProperty,
  type HousingSituation,
} from './household';

// Bounds that catch typing slips (an extra zero or three) without refusing real households.
export const BENEFIT_LIMITS = {
  members: { min: 1, max: 30 },
  cars: 10,
  maxAge: 130,
  monthlyIncome: 1_000_000_000, // 10억원 a month
  property: 1_000_000_000_000, // 1조원
  carValue: 10_000_000_000,
  engineCc: 10_000,
  firstModelYear: 1900,
} as const;

export interface BenefitInputShape {
  asOf: string;
  members: readonly BenefitMember[];
  property: HouseholdProperty;
  housing?: HousingSituation | null;
}

/** VALIDATION problems with dotted field paths ('members.0.monthlyIncome.earned'); empty when fine. */
export function checkBenefitInput(input: BenefitInputShape, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const L = BENEFIT_LIMITS;
  if (!isIsoDate(input.asOf)) problems.push(fieldProblem('asOf', 'INVALID_FORMAT', 'asOf is YYYY-MM-DD.'));
  if (input.members.length < L.members.min) {
    problems.push(fieldProblem('members', 'TOO_FEW', 'A household has at least one member.', L.members));
  }
  if (input.members.length > L.members.max) {
    problems.push(fieldProblem('members', 'TOO_MANY', `At most ${L.members.max} members.`, L.members));
  }
  const latestBirth = input.asOf < today ? input.asOf : today;
  input.members.forEach((m, i) => {
    const at = `members.${i}`;
    if (!isIsoDate(m.birthDate)) {
      problems.push(fieldProblem(`${at}.birthDate`, 'INVALID_FORMAT', 'A birth date is YYYY-MM-DD.'));
    } else if (m.birthDate > latestBirth) {
      problems.push(
        fieldProblem(
          `${at}.birthDate`,
          'DATE_IN_FUTURE',
          'A birth date is not after today or the date asked.',
        ),
      );
    } else if (isIsoDate(input.asOf) && ageOn(m.birthDate, input.asOf) > L.maxAge) {
      problems.push(
        fieldProblem(`${at}.birthDate`, 'OUT_OF_RANGE', `An age is at most ${L.maxAge}.`, {
          min: 0,
          max: L.maxAge,
        }),
      );
    }
    if (!(RELATIONSHIPS as readonly string[]).includes(m.relationship)) {
      problems.push(fieldProblem(`${at}.relationship`, 'NOT_ALLOWED_VALUE', 'Unknown relationship.'));
    }
    if (m.disabilitySevere === true && !m.disabled) {
      problems.push(
        fieldProblem(
          `${at}.disabilitySevere`,
          'NOT_ALLOWED_VALUE',
          'A severe disability (중증) needs disabled: true.',
        ),
      );
    }
    for (const [k, v] of Object.entries(m.monthlyIncome)) {
      checkAmount(problems, `${at}.monthlyIncome.${k}`, v, L.monthlyIncome);
    }
  });
  const p = input.property;
  for (const k of ['residential', 'general', 'financial', 'debt'] as const) {
    checkAmount(problems, `property.${k}`, p[k], L.property);
  }
  if (p.cars.length > L.cars) {
    problems.push(fieldProblem('property.cars', 'TOO_MANY', `At most ${L.cars} cars.`, { max: L.cars }));
  }
  const lastModelYear = Number(input.asOf.slice(0, 4)) + 1;
  p.cars.forEach((c, i) => {
    const at = `property.cars.${i}`;
    checkAmount(problems, `${at}.value`, c.value, L.carValue);
    checkAmount(problems, `${at}.engineCc`, c.engineCc, L.engineCc);
    if (!Number.isInteger(c.modelYear) || c.modelYear < L.firstModelYear || c.modelYear > lastModelYear) {
      problems.push(
        fieldProblem(`${at}.modelYear`, 'OUT_OF_RANGE', 'A model year is a plausible year.', {
          min: L.firstModelYear,
          max: lastModelYear,
        }),
      );
    }
    if (!(CAR_USES as readonly string[]).includes(c.use)) {
      problems.push(fieldProblem(`${at}.use`, 'NOT_ALLOWED_VALUE', 'Unknown car use.'));
    }
  });
  const h = input.housing;
  if (h) {
    if (!(HOUSING_TENURES as readonly string[]).includes(h.tenure)) {
      problems.push(fieldProblem('housing.tenure', 'NOT_ALLOWED_VALUE', 'Unknown tenure.'));
    }
    checkAmount(problems, 'housing.monthlyRent', h.monthlyRent, L.monthlyIncome);
    checkAmount(problems, 'housing.deposit', h.deposit, L.property);
  }
  return problems;
}

function checkAmount(problems: FieldProblem[], field: string, value: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    problems.push(
      fieldProblem(field, 'OUT_OF_RANGE', `An amount is a whole number of won from 0 to ${max}.`, {
        min: 0,
        max,
      }),
    );
  }
}
