import { describe, expect, it } from 'vitest';
import { isIsoDate } from './iso-date';

describe('isIsoDate', () => {
  it.each([
    { name: 'an ordinary date is a calendar date', text: '2026-11-23', valid: true },
    { name: 'Feb 29 in a year divisible by 400 is valid', text: '2000-02-29', valid: true },
    { name: 'Feb 29 in a century year not divisible by 400 is invalid', text: '1900-02-29', valid: false },
    { name: 'Feb 29 in an ordinary non-leap year is invalid', text: '2026-02-29', valid: false },
    { name: 'month 13 is invalid', text: '2026-13-01', valid: false },
    { name: 'day 00 is invalid', text: '2026-01-00', valid: false },
    { name: 'a date with a time part is not a bare date', text: '2026-11-23T00:00', valid: false },
  ])('$name', ({ text, valid }) => {
    expect(isIsoDate(text)).toBe(valid);
  });
});
