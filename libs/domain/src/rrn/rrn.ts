// 주민등록번호 (resident registration number) rules. Facts and sources: docs/sources/rrn-notes.md
// (layout [S1][S6], check digit [S2][S3][S4], the 2020-10-05 random layout under
// 「주민등록법 시행규칙」 제2조 [S5][S6][S7]).
import { err, ok, type Result } from '../result';
import { isCalendarDate, isIsoDate, toIsoDate } from '../iso-date';

export type RrnProblem = 'FORMAT' | 'BIRTH_DATE' | 'SEX_DIGIT';
export type CheckDigitStatus = 'VALID' | 'MISMATCH' | 'NOT_APPLICABLE';
export type Sex = 'MALE' | 'FEMALE';

export interface ParsedRrn {
  /** 13 digits, no hyphen. */
  digits: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
  /** Digit 7 is 5–8: 외국인등록번호. */
  isForeignRegistration: boolean;
  checkDigit: CheckDigitStatus;
}

export interface RrnError {
  problem: RrnProblem;
  /** English; never contains the number, because errors end up in logs. */
  message: string;
}

// Numbers assigned from this day carry 6 random digits after digit 7, so no check digit [S5][S6].
export const RRN_RANDOM_LAYOUT_FROM = '2020-10-05';

const CHECK_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;

// Digit 7 → birth century, sex, and whether it is a foreign registration number [S1][S6].
const SEX_DIGITS: Record<string, { century: number; sex: Sex; foreign: boolean }> = {
  '9': { century: 1800, sex: 'MALE', foreign: false },
  '0': { century: 1800, sex: 'FEMALE', foreign: false },
  '1': { century: 1900, sex: 'MALE', foreign: false },
  '2': { century: 1900, sex: 'FEMALE', foreign: false },
  '3': { century: 2000, sex: 'MALE', foreign: false },
  '4': { century: 2000, sex: 'FEMALE', foreign: false },
  '5': { century: 1900, sex: 'MALE', foreign: true },
  '6': { century: 1900, sex: 'FEMALE', foreign: true },
  '7': { century: 2000, sex: 'MALE', foreign: true },
  '8': { century: 2000, sex: 'FEMALE', foreign: true },
};

const RRN_INPUT = /^(\d{6})-?(\d{7})$/;

const MESSAGES: Record<RrnProblem, string> = {
  FORMAT: 'A resident registration number has 13 digits, written YYMMDD-SXXXXXX.',
  BIRTH_DATE: 'The first six digits are not a real date of birth.',
  SEX_DIGIT: 'The 7th digit gives a date of birth in the future.',
};

const problem = (p: RrnProblem): Result<never, RrnError> => err({ problem: p, message: MESSAGES[p] });

/**
 * Validates a 주민등록번호 for entry. A check-digit mismatch is reported, never refused: numbers
 * changed after 2020-10 (leak, identity theft, domestic violence) carry random digits whatever the
 * birth date [S5][S6], so the worker confirms instead.
 */
export function parseRrn(input: string, asOf: string): Result<ParsedRrn, RrnError> {
  if (!isIsoDate(asOf)) throw new RangeError('asOf must be a YYYY-MM-DD calendar date');
  const match = RRN_INPUT.exec(input.trim());
  if (match === null) return problem('FORMAT');
  const digits = match[1] + match[2];

  const code = SEX_DIGITS[digits[6]];
  const year = code.century + Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  if (!isCalendarDate(year, month, day)) return problem('BIRTH_DATE');
  const birthDate = toIsoDate(year, month, day);
  // Every digit 7 is defined, so the only misfit is a century that puts the birth after today.
  if (birthDate > asOf) return problem('SEX_DIGIT');

  // The check digit is defined for the old Korean layout only; foreign numbers use another
  // scheme, which we do not check.
  const checkDigit: CheckDigitStatus =
    code.foreign || birthDate >= RRN_RANDOM_LAYOUT_FROM
      ? 'NOT_APPLICABLE'
      : rrnCheckDigit(digits.slice(0, 12)) === Number(digits[12])
        ? 'VALID'
        : 'MISMATCH';

  return ok({ digits, birthDate, sex: code.sex, isForeignRegistration: code.foreign, checkDigit });
}

/** Old-layout check digit: S = Σ dᵢ·wᵢ with weights 2..9,2..5; digit = (11 − S mod 11) mod 10 [S2][S3][S4]. */
export function rrnCheckDigit(first12Digits: string): number {
  if (!/^\d{12}$/.test(first12Digits)) throw new RangeError('rrnCheckDigit needs exactly 12 digits');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12Digits[i]) * CHECK_WEIGHTS[i];
  return (11 - (sum % 11)) % 10;
}

/** Shows birth date and digit 7 only: '9001011234567' → '900101-1******'. */
export function maskRrn(digits: string): string {
  const match = RRN_INPUT.exec(digits.trim());
  if (match === null) throw new RangeError('maskRrn needs a 13-digit resident registration number');
  return `${match[1]}-${match[2][0]}******`;
}

/**
 * A well-formed number for synthetic test and demo people: digit 7 from century and sex,
 * digits 8–12 the serial, digit 13 the check digit before 2020-10-05. From that day on,
 * digit 13 is derived from the serial and always differs from the old check digit, so demo
 * data exercises the random layout. A well-formed number may still belong to a real person:
 * keep synthetic numbers out of any system that queries real registries.
 */
export function syntheticRrn(birthDate: string, sex: Sex, serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial > 99_999) {
    throw new RangeError('serial must be an integer from 0 to 99999');
  }
  if (!isIsoDate(birthDate)) throw new RangeError('birthDate must be a YYYY-MM-DD calendar date');
  const year = Number(birthDate.slice(0, 4));
  const century = Math.floor(year / 100) * 100;
  const sexDigit = Object.keys(SEX_DIGITS).find((d) => {
    const c = SEX_DIGITS[d];
    return !c.foreign && c.century === century && c.sex === sex;
  });
  if (sexDigit === undefined) throw new RangeError('birthDate must be in 1800–2099');

  const first12 =
    birthDate.slice(2, 4) +
    birthDate.slice(5, 7) +
    birthDate.slice(8, 10) +
    sexDigit +
    String(serial).padStart(5, '0');
  const check = rrnCheckDigit(first12);
  const last = birthDate < RRN_RANDOM_LAYOUT_FROM ? check : (check + 1 + (serial % 9)) % 10;
  return first12 + String(last);
}
