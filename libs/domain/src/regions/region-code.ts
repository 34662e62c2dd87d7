// 행정기관코드 (10 digits): 시도 = 2 digits + 8 zeros, 시군구 = 5 + 5 zeros, 읍면동 = 8 + 2 zeros
// (행정표준코드관리시스템). e.g. 1100000000 서울특별시, 1111000000 종로구, 1111051500 청운효자동.
// Trap: 일반구 of a 시 without self-government have their own 시군구 code (수원시 4111000000,
// 장안구 4111100000), so 수원시 does not contain 장안구 by prefix; assign agencies to the 구.

export type RegionLevel = 'SIDO' | 'SIGUNGU' | 'EUPMYEONDONG';

const PREFIX_LENGTH: Record<RegionLevel, number> = { SIDO: 2, SIGUNGU: 5, EUPMYEONDONG: 8 };

export function isRegionCode(code: string): boolean {
  return /^\d{10}$/.test(code);
}

function requireRegionCode(code: string): void {
  if (!isRegionCode(code)) throw new RangeError('a region code has 10 digits');
}

/** Level from the trailing zeros. Throws for codes that fit no level (e.g. a 리 code). */
export function regionLevelOf(code: string): RegionLevel {
  requireRegionCode(code);
  if (code.endsWith('00000000')) return 'SIDO';
  if (code.endsWith('00000')) return 'SIGUNGU';
  if (code.endsWith('00')) return 'EUPMYEONDONG';
  throw new RangeError('a region code ends in 2, 5 or 8 zeros');
}

export function regionPrefix(code: string): string {
  return code.slice(0, PREFIX_LENGTH[regionLevelOf(code)]);
}

export function sidoCodeOf(code: string): string {
  regionLevelOf(code);
  return code.slice(0, 2) + '00000000';
}

export function sigunguCodeOf(code: string): string {
  if (regionLevelOf(code) === 'SIDO') throw new RangeError('a 시도 code has no 시군구');
  return code.slice(0, 5) + '00000';
}

/** True when inner lies within outer, or is outer. Malformed codes contain nothing (fail closed). */
export function regionContains(outer: string, inner: string): boolean {
  if (!isValidLevel(outer) || !isValidLevel(inner)) return false;
  return inner.startsWith(regionPrefix(outer));
}

function isValidLevel(code: string): boolean {
  return isRegionCode(code) && code.endsWith('00');
}
