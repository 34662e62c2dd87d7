import { describe, expect, it } from 'vitest';
import { maskRrn, parseRrn, rrnCheckDigit, syntheticRrn, type ParsedRrn, type RrnProblem } from './rrn';

// Synthetic numbers only (built with syntheticRrn), never a real person's.
const AS_OF = '2026-11-23';

describe('parseRrn', () => {
  it.each<{ name: string; input: string; asOf?: string; expected: Partial<ParsedRrn> }>([
    {
      name: 'a pre-2020 number with a correct check digit is VALID',
      input: '900101-1123459',
      expected: {
        digits: '9001011123459',
        birthDate: '1990-01-01',
        sex: 'MALE',
        isForeignRegistration: false,
        checkDigit: 'VALID',
      },
    },
    {
      name: 'a pre-2020 number with a wrong check digit is accepted as MISMATCH, not refused',
      input: '900101-1123450',
      expected: { birthDate: '1990-01-01', checkDigit: 'MISMATCH' },
    },
    {
      name: 'a female born in the 1900s reads digit 2 as FEMALE',
      input: '850715-2042422',
      expected: { birthDate: '1985-07-15', sex: 'FEMALE', checkDigit: 'VALID' },
    },
    {
      name: 'a number born after 2020-10-05 with random digits is NOT_APPLICABLE',
      input: '210601-3000016',
      expected: { birthDate: '2021-06-01', sex: 'MALE', checkDigit: 'NOT_APPLICABLE' },
    },
    {
      name: 'a birth exactly on 2020-10-05 already uses the random layout',
      input: '201005-4000056',
      expected: { birthDate: '2020-10-05', sex: 'FEMALE', checkDigit: 'NOT_APPLICABLE' },
    },
    {
      name: 'a birth on 2020-10-04 is still checked',
      input: '201004-3000053',
      expected: { birthDate: '2020-10-04', checkDigit: 'VALID' },
    },
    {
      name: 'a 2000s birth reads digit 3 as MALE',
      input: '050309-3000777',
      expected: { birthDate: '2005-03-09', sex: 'MALE', checkDigit: 'VALID' },
    },
    {
      name: 'digit 9 means a male born in the 1800s',
      input: '960505-9000081',
      expected: { birthDate: '1896-05-05', sex: 'MALE', checkDigit: 'VALID' },
    },
    {
      name: 'digit 0 means a female born in the 1800s',
      input: '991231-0000319',
      expected: { birthDate: '1899-12-31', sex: 'FEMALE', checkDigit: 'VALID' },
    },
    {
      name: 'a foreign registration number (digit 5) is 1900s and NOT_APPLICABLE',
      input: '900101-5123450',
      expected: {
        birthDate: '1990-01-01',
        sex: 'MALE',
        isForeignRegistration: true,
        checkDigit: 'NOT_APPLICABLE',
      },
    },
    {
      name: 'a foreign registration number (digit 8) is a 2000s female',
      input: '100101-8123450',
      expected: {
        birthDate: '2010-01-01',
        sex: 'FEMALE',
        isForeignRegistration: true,
        checkDigit: 'NOT_APPLICABLE',
      },
    },
    {
      name: 'Feb 29 in a leap year (2000) is a real birth date',
      input: '000229-4002291',
      expected: { birthDate: '2000-02-29', checkDigit: 'VALID' },
    },
    {
      name: '13 digits without a hyphen are accepted',
      input: '9001011123459',
      expected: { digits: '9001011123459', checkDigit: 'VALID' },
    },
    {
      name: 'surrounding spaces are trimmed',
      input: '  900101-1123459 ',
      expected: { digits: '9001011123459' },
    },
    {
      name: 'a birth date equal to asOf is accepted',
      input: '261123-3000001',
      expected: { birthDate: '2026-11-23', checkDigit: 'NOT_APPLICABLE' },
    },
  ])('$name', ({ input, asOf, expected }) => {
    const result = parseRrn(input, asOf ?? AS_OF);
    expect(result).toEqual({ ok: true, value: expect.objectContaining(expected) });
  });

  it.each<{ name: string; input: string; problem: RrnProblem }>([
    { name: 'FORMAT when there are 12 digits', input: '900101-112345', problem: 'FORMAT' },
    { name: 'FORMAT when there are 14 digits', input: '900101-11234590', problem: 'FORMAT' },
    { name: 'FORMAT when a letter appears', input: '900101-1A23459', problem: 'FORMAT' },
    { name: 'FORMAT when the hyphen is in the wrong place', input: '90010-11123459', problem: 'FORMAT' },
    { name: 'FORMAT when the input is empty', input: '', problem: 'FORMAT' },
    {
      name: 'BIRTH_DATE when Feb 29 falls in a non-leap year',
      input: '010229-3000001',
      problem: 'BIRTH_DATE',
    },
    {
      name: 'BIRTH_DATE when 1900 (not a leap year) has Feb 29',
      input: '000229-2000001',
      problem: 'BIRTH_DATE',
    },
    { name: 'BIRTH_DATE when the month is 13', input: '901301-1123459', problem: 'BIRTH_DATE' },
    { name: 'BIRTH_DATE when the day is 00', input: '900100-1123459', problem: 'BIRTH_DATE' },
    { name: 'BIRTH_DATE when April has 31 days', input: '900431-1123459', problem: 'BIRTH_DATE' },
    { name: 'SEX_DIGIT when digit 3 puts the birth in 2030', input: '300101-3000001', problem: 'SEX_DIGIT' },
    { name: 'SEX_DIGIT when the birth is one day after asOf', input: '261124-4000001', problem: 'SEX_DIGIT' },
  ])('parseRrn refuses with $problem: $name', ({ input, problem }) => {
    const result = parseRrn(input, AS_OF);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problem).toBe(problem);
    // Error messages reach logs, so they must never echo the number.
    const digits = input.replace(/\D/g, '');
    if (digits.length >= 6) expect(result.error.message).not.toContain(digits.slice(0, 6));
  });

  it('throws on a malformed asOf, a programmer error', () => {
    expect(() => parseRrn('900101-1123459', '2026/11/23')).toThrow(RangeError);
  });
});

describe('rrnCheckDigit', () => {
  it.each([
    { name: 'the worked example 123456-123456? (S = 206) gives 3', first12: '123456123456', digit: 3 },
    { name: 'S mod 11 = 2 gives 9 (900101-112345)', first12: '900101112345', digit: 9 },
    { name: 'S mod 11 = 1 gives 11 − 1 = 10, written 0', first12: '600000000000', digit: 0 },
    { name: 'S mod 11 = 0 gives 11, written 1', first12: '000000000000', digit: 1 },
  ])('$name', ({ first12, digit }) => {
    expect(rrnCheckDigit(first12)).toBe(digit);
  });

  it('throws unless given exactly 12 digits', () => {
    expect(() => rrnCheckDigit('12345')).toThrow(RangeError);
  });
});

describe('maskRrn', () => {
  it.each([
    { name: 'masking keeps the birth date and digit 7', input: '9001011234567', masked: '900101-1******' },
    { name: 'masking accepts a hyphenated number', input: '850715-2042422', masked: '850715-2******' },
  ])('$name', ({ input, masked }) => {
    expect(maskRrn(input)).toBe(masked);
  });

  it('masking refuses a malformed number without echoing it', () => {
    expect(() => maskRrn('12345')).toThrow(/^(?!.*12345)/);
  });
});

describe('syntheticRrn', () => {
  it.each([
    {
      name: 'a 1990 male gets digit 1 and a VALID check digit',
      birthDate: '1990-01-01',
      sex: 'MALE' as const,
      serial: 12345,
      expected: '9001011123459',
      checkDigit: 'VALID',
    },
    {
      name: 'an 1899 female gets digit 0',
      birthDate: '1899-12-31',
      sex: 'FEMALE' as const,
      serial: 31,
      expected: '9912310000319',
      checkDigit: 'VALID',
    },
    {
      name: 'a 2005 male gets digit 3 and a zero-padded serial',
      birthDate: '2005-03-09',
      sex: 'MALE' as const,
      serial: 77,
      expected: '0503093000777',
      checkDigit: 'VALID',
    },
    {
      name: 'a 2021 birth gets a final digit that fails the old check, as random digits usually do',
      birthDate: '2021-06-01',
      sex: 'MALE' as const,
      serial: 1,
      expected: '2106013000016',
      checkDigit: 'NOT_APPLICABLE',
    },
  ])('$name', ({ birthDate, sex, serial, expected, checkDigit }) => {
    const digits = syntheticRrn(birthDate, sex, serial);
    expect(digits).toBe(expected);
    const parsed = parseRrn(digits, AS_OF);
    expect(parsed).toEqual({ ok: true, value: expect.objectContaining({ birthDate, sex, checkDigit }) });
    if (birthDate >= '2020-10-05') expect(Number(digits[12])).not.toBe(rrnCheckDigit(digits.slice(0, 12)));
  });

  it.each([
    { name: 'a negative serial is out of range', serial: -1 },
    { name: 'serial 100000 is out of range', serial: 100_000 },
    { name: 'a fractional serial is out of range', serial: 1.5 },
  ])('$name', ({ serial }) => {
    expect(() => syntheticRrn('1990-01-01', 'MALE', serial)).toThrow(RangeError);
  });

  it('serials 0 and 99999 are the range ends', () => {
    expect(syntheticRrn('1990-01-01', 'FEMALE', 0).slice(7, 12)).toBe('00000');
    expect(syntheticRrn('1990-01-01', 'FEMALE', 99_999).slice(7, 12)).toBe('99999');
  });
});
