import { describe, expect, it } from 'vitest';
import { hitRate, isHit, OUTREACH_OUTCOME_LABELS, OUTREACH_OUTCOMES, type OutreachOutcome } from './outreach';

describe('isHit', () => {
  it.each<{ name: string; outcome: OutreachOutcome; hit: boolean }>([
    { name: 'a visit that found a need for support is a hit', outcome: 'NEEDS_SUPPORT', hit: true },
    { name: 'a visit that ended in a referral is a hit', outcome: 'REFERRED', hit: true },
    { name: 'a visit that found no need is not a hit', outcome: 'NO_NEED', hit: false },
    { name: 'a household that could not be reached is not a hit', outcome: 'UNREACHABLE', hit: false },
    { name: 'a household already supported is not a hit', outcome: 'ALREADY_SUPPORTED', hit: false },
  ])('$name', ({ outcome, hit }) => {
    expect(isHit(outcome)).toBe(hit);
  });

  it('every outcome has a Korean and an English label', () => {
    expect(Object.keys(OUTREACH_OUTCOME_LABELS).sort()).toEqual([...OUTREACH_OUTCOMES].sort());
    expect(OUTREACH_OUTCOME_LABELS.ALREADY_SUPPORTED.ko).toBe('기존 수급·지원 중');
  });
});

describe('hitRate', () => {
  it.each([
    { name: 'no visits give no rate', visits: 0, hits: 0, rate: null },
    { name: 'no hits give 0', visits: 10, hits: 0, rate: 0 },
    { name: 'every visit a hit gives 1', visits: 4, hits: 4, rate: 1 },
    { name: 'one in three is rounded to 4 decimals', visits: 3, hits: 1, rate: 0.3333 },
    { name: 'two in three rounds up', visits: 3, hits: 2, rate: 0.6667 },
  ])('$name', ({ visits, hits, rate }) => {
    expect(hitRate(visits, hits)).toBe(rate);
  });

  it.each([
    { name: 'more hits than visits is a programmer error', visits: 1, hits: 2 },
    { name: 'negative visits are a programmer error', visits: -1, hits: 0 },
    { name: 'fractional hits are a programmer error', visits: 3, hits: 1.5 },
  ])('$name', ({ visits, hits }) => {
    expect(() => hitRate(visits, hits)).toThrow(RangeError);
  });
});
