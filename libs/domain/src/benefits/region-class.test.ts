import { describe, expect, it } from 'vitest';
import { regionClassesOf } from './region-class';

describe('regionClassesOf', () => {
  it.each([
    { code: '1111051500', housing: 1, name: '종로구', livelihood: 'SEOUL', pension: 'BIG_CITY' },
    { code: '4111100000', housing: 2, name: '수원시 장안구', livelihood: 'GYEONGGI', pension: 'SMALL_CITY' },
    { code: '4182000000', housing: 2, name: '가평군', livelihood: 'GYEONGGI', pension: 'RURAL' },
    { code: '2611000000', housing: 3, name: '중구', livelihood: 'METRO', pension: 'BIG_CITY' },
    { code: '2671000000', housing: 3, name: '기장군', livelihood: 'METRO', pension: 'RURAL' },
    { code: '3611000000', housing: 3, name: '세종특별자치시', livelihood: 'METRO', pension: 'SMALL_CITY' },
    { code: '4812100000', housing: 4, name: '창원시 의창구', livelihood: 'METRO', pension: 'SMALL_CITY' },
    { code: '4817000000', housing: 4, name: '진주시', livelihood: 'OTHER', pension: 'SMALL_CITY' },
    { code: '5172000000', housing: 4, name: '홍천군', livelihood: 'OTHER', pension: 'RURAL' },
    { code: '2811000000', housing: 2, name: '중구', livelihood: 'METRO', pension: 'BIG_CITY' },
  ])(
    '$name ($code) is $livelihood / $pension / 급지 $housing',
    ({ code, name, livelihood, pension, housing }) => {
      expect(regionClassesOf(code, name)).toEqual({ livelihood, pension, housing });
    },
  );
});
