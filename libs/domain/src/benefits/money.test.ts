import { describe, expect, it } from 'vitest';
import { grouped, percentOf, roundHalfUp, won } from './money';

describe('money', () => {
  it.each([
    { amount: 7556719, pct: 50, expected: 3778360 }, // 3,778,359.5 rounds up (official 2026 교육 5인)
    { amount: 2564238, pct: 70, expected: 1794967 }, // 1,794,966.6
    { amount: 4199292, pct: 40, expected: 1679717 }, // 1,679,716.8
    { amount: 73000000, pct: 1.04, expected: 759200 },
    { amount: 28000000, pct: 4.17, expected: 1167600 },
    { amount: 1200000, pct: 70, expected: 840000 },
    { amount: 1, pct: 50, expected: 1 },
    { amount: 0, pct: 6.26, expected: 0 },
  ])('percentOf($amount, $pct) rounds half up to $expected', ({ amount, pct, expected }) => {
    expect(percentOf(amount, pct)).toBe(expected);
  });

  it('roundHalfUp rounds .5 up and .49 down', () => {
    expect([roundHalfUp(1.5), roundHalfUp(1.49), roundHalfUp(2)]).toEqual([2, 1, 2]);
  });

  it('groups whole won exactly as the ko-KR number format does', () => {
    const ko = new Intl.NumberFormat('ko-KR');
    for (const n of [0, 7, -7, 999, 1000, -1000, 12345, 999999, 1000000, -3778360, 123456789012, 2 ** 53 - 1])
      expect(grouped(n)).toBe(ko.format(n));
    expect(won(53833.2)).toBe('53,833.2원');
  });

  it('won writes thousands separators', () => {
    expect(won(1200000)).toBe('1,200,000원');
  });
});
