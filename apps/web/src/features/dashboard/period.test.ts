import { describe, expect, it } from 'vitest';
import { percentOf, periodFromParams, putPeriodInParams } from './period';

describe('dashboard period', () => {
  it.each([
    { url: 'from=2026-01-01&to=2026-01-31', period: { from: '2026-01-01', to: '2026-01-31' } },
    { url: 'from=2026-01-01&to=2026-01-01', period: { from: '2026-01-01', to: '2026-01-01' } },
    { url: 'from=2026-02-01&to=2026-01-31', period: null },
    { url: 'from=2026-02-30&to=2026-03-31', period: null },
    { url: 'from=2026-01-01', period: null },
  ])('reads $url as $period', ({ url, period }) => {
    expect(periodFromParams(new URLSearchParams(url))).toEqual(period);
  });

  it('puts a period into the URL and takes it out, keeping the region', () => {
    const withPeriod = putPeriodInParams(new URLSearchParams('sigungu=1111000000'), {
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(withPeriod.toString()).toBe('sigungu=1111000000&from=2026-01-01&to=2026-01-31');
    expect(putPeriodInParams(withPeriod, null).toString()).toBe('sigungu=1111000000');
  });

  it.each([
    { rate: 0.6667, text: '66.7%' },
    { rate: 1, text: '100%' },
    { rate: 0, text: '0%' },
    { rate: null, text: null },
  ])('says a share of $rate as $text', ({ rate, text }) => {
    expect(percentOf(rate)).toBe(text);
  });
});
