import { randomInt } from 'node:crypto';

const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

/** The pre-2020-10 check digit: (11 − (Σ dᵢ·wᵢ mod 11)) mod 10 (docs/sources/rrn-notes.md). */
export function checkDigit(first12: string): number {
  const sum = [...first12].reduce((acc, d, i) => acc + Number(d) * WEIGHTS[i], 0);
  return (11 - (sum % 11)) % 10;
}

export interface SyntheticPerson {
  rrn: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
}

/**
 * A synthetic 주민등록번호 with a valid check digit: a random 20th-century birth date and random
 * serial digits, so reruns against the same database never collide. `bornBy` caps the birth year
 * (e.g. 1955 for someone over 65).
 */
export function syntheticRrn(options: { bornBy?: number } = {}): SyntheticPerson {
  const year = randomInt(1940, Math.min(options.bornBy ?? 1999, 1999) + 1);
  const month = randomInt(1, 13);
  const day = randomInt(1, 29);
  const sex = randomInt(0, 2) === 0 ? 'MALE' : 'FEMALE';
  const pad = (n: number) => String(n).padStart(2, '0');
  const front = `${pad(year % 100)}${pad(month)}${pad(day)}`;
  const serial = Array.from({ length: 5 }, () => randomInt(0, 10)).join('');
  const first12 = `${front}${sex === 'MALE' ? 1 : 2}${serial}`;
  return {
    rrn: `${front}-${first12.slice(6)}${checkDigit(first12)}`,
    birthDate: `${year}-${pad(month)}-${pad(day)}`,
    sex,
  };
}

/** Same person data with the check digit made wrong (as a post-2020 random number may be). */
export function withWrongCheckDigit(rrn: string): string {
  const last = Number(rrn.at(-1));
  return `${rrn.slice(0, -1)}${(last + 1) % 10}`;
}

const SYLLABLES = '가나다라마바사아자차카타파하경민서지현수영준';

/** A synthetic Korean name (시험 + 2 random syllables). */
export function syntheticName(): string {
  return `시험${SYLLABLES[randomInt(0, SYLLABLES.length)]}${SYLLABLES[randomInt(0, SYLLABLES.length)]}`;
}
