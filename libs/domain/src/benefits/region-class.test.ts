import { describe, expect, it } from 'vitest';
import { regionClassesOf } from './region-class';

describe('regionClassesOf', () => {
  it.each([
    { code: '1111051500', name: '종로구', livelihood: 'SEOUL', pension: 'BIG_CITY' },
    { code: '4111100000', name: '수원시 장안구', livelihood: 'GYEONGGI', pension: 'SMALL_CITY' },
    { code: '4182000000', name: '가평군', livelihood: 'GYEONGGI', pension: 'RURAL' },
    { code: '2611000000', name: '중구', livelihood: 'METRO', pension: 'BIG_CITY' },
    { code: '2671000000', name: '기장군', livelihood: 'METRO', pension: 'RURAL' },
    { code: '3611000000', name: '세종특별자치시', livelihood: 'METRO', pension: 'SMALL_CITY' },
    { code: '4812100000', name: '창원시 의창구', livelihood: 'METRO', pension: 'SMALL_CITY' },
    { code: '4817000000', name: '진주시', livelihood: 'OTHER', pension: 'SMALL_CITY' },
    { code: '5172000000', name: '홍천군', livelihood: 'OTHER', pension: 'RURAL' },
  ])('$name ($code) is $livelihood / $pension', ({ code, name, livelihood, pension }) => {
    expect(regionClassesOf(code, name)).toEqual({ livelihood, pension });
  });
});
