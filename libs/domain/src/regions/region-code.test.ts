import { describe, expect, it } from 'vitest';
import {
  isRegionCode,
  regionContains,
  regionLevelOf,
  regionPrefix,
  sidoCodeOf,
  sigunguCodeOf,
} from './region-code';

const SEOUL = '1100000000'; // 서울특별시
const JONGNO = '1111000000'; // 종로구
const CHEONGUN = '1111051500'; // 청운효자동
const JUNG = '1114000000'; // 중구
const BUSAN = '2600000000'; // 부산광역시

describe('region codes', () => {
  it.each([
    { name: 'a 10-digit code is a region code', code: JONGNO, valid: true },
    { name: 'a 9-digit code is not', code: '111100000', valid: false },
    { name: 'a code with a letter is not', code: '11110A0000', valid: false },
  ])('$name', ({ code, valid }) => {
    expect(isRegionCode(code)).toBe(valid);
  });

  it.each([
    { name: '서울특별시 is a SIDO with prefix 11', code: SEOUL, level: 'SIDO', prefix: '11', sido: SEOUL },
    {
      name: '종로구 is a SIGUNGU with prefix 11110',
      code: JONGNO,
      level: 'SIGUNGU',
      prefix: '11110',
      sido: SEOUL,
    },
    {
      name: '청운효자동 is an EUPMYEONDONG with prefix 11110515',
      code: CHEONGUN,
      level: 'EUPMYEONDONG',
      prefix: '11110515',
      sido: SEOUL,
    },
  ])('$name', ({ code, level, prefix, sido }) => {
    expect(regionLevelOf(code)).toBe(level);
    expect(regionPrefix(code)).toBe(prefix);
    expect(sidoCodeOf(code)).toBe(sido);
  });

  it.each([
    { name: 'the 시군구 of a 읍면동 is its 시군구', code: CHEONGUN, sigungu: JONGNO },
    { name: 'the 시군구 of a 시군구 is itself', code: JONGNO, sigungu: JONGNO },
  ])('$name', ({ code, sigungu }) => {
    expect(sigunguCodeOf(code)).toBe(sigungu);
  });

  it.each([
    { name: 'sigunguCodeOf throws for a SIDO code', fn: () => sigunguCodeOf(SEOUL) },
    { name: 'regionLevelOf throws for a code not ending in 00', fn: () => regionLevelOf('1111051501') },
    { name: 'regionLevelOf throws for a malformed code', fn: () => regionLevelOf('11') },
  ])('$name', ({ fn }) => {
    expect(fn).toThrow(RangeError);
  });

  it.each([
    { name: 'a 시도 contains its 읍면동', outer: SEOUL, inner: CHEONGUN, contains: true },
    { name: 'a 시군구 contains its 읍면동', outer: JONGNO, inner: CHEONGUN, contains: true },
    { name: 'a region contains itself', outer: CHEONGUN, inner: CHEONGUN, contains: true },
    { name: 'a 읍면동 does not contain its 시군구', outer: CHEONGUN, inner: JONGNO, contains: false },
    { name: 'a 시군구 does not contain a neighbouring 시군구', outer: JONGNO, inner: JUNG, contains: false },
    { name: 'a 시도 does not contain another 시도', outer: BUSAN, inner: CHEONGUN, contains: false },
    { name: 'a malformed inner code is contained nowhere', outer: SEOUL, inner: '11', contains: false },
    { name: 'a malformed outer code contains nothing', outer: '', inner: CHEONGUN, contains: false },
  ])('$name', ({ outer, inner, contains }) => {
    expect(regionContains(outer, inner)).toBe(contains);
  });
});
