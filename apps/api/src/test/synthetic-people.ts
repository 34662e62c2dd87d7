import { randomInt } from 'node:crypto';
import { rrnCheckDigit } from '@ieum/domain';

// Synthetic 주민등록번호 for tests: a real calendar date, the right sex digit and, for numbers
// issued before October 2020, the right check digit. Random serials keep test runs apart.
export function testRrn(
  birthDate: string,
  sex: 'MALE' | 'FEMALE',
  opts: { badCheckDigit?: boolean } = {},
): string {
  const [y, m, d] = birthDate.split('-');
  const century = Number(y) >= 2000 ? (sex === 'MALE' ? 3 : 4) : sex === 'MALE' ? 1 : 2;
  const first12 = `${y.slice(2)}${m}${d}${century}${String(randomInt(0, 100000)).padStart(5, '0')}`;
  const check = rrnCheckDigit(first12);
  const last = opts.badCheckDigit ? (check + 1) % 10 : check;
  return `${first12.slice(0, 6)}-${first12.slice(6)}${last}`;
}
