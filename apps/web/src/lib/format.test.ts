import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDateTimeMinute, formatDay, formatWon } from './format';

describe('formatDate', () => {
  it.each([
    {
      name: 'a Korean date has dots and no leading zeros',
      date: '2026-12-01',
      language: 'ko',
      text: '2026. 12. 1.',
    },
    { name: 'an English date names the month', date: '2026-12-01', language: 'en', text: 'Dec 1, 2026' },
    { name: 'New Year is the same day everywhere', date: '2027-01-01', language: 'ko', text: '2027. 1. 1.' },
    { name: '29 February stays in February', date: '2028-02-29', language: 'ko', text: '2028. 2. 29.' },
    { name: 'a value that is not a date is shown as it came', date: 'soon', language: 'ko', text: 'soon' },
  ])('$name', ({ date, language, text }) => {
    expect(formatDate(date, language)).toBe(text);
  });
});

describe('date-times', () => {
  // Built from local parts, so the expectations hold in any time zone.
  const at = new Date(2026, 11, 1, 14, 3, 5).toISOString();

  it('shows the access log to the second in Korean', () => {
    expect(formatDateTime(at, 'ko')).toBe('2026. 12. 1. 14:03:05');
  });

  it('shows the minute in English', () => {
    expect(formatDateTimeMinute(at, 'en')).toBe('Dec 1, 2026, 14:03');
  });

  it('shows the day of an instant', () => {
    expect(formatDay(at, 'ko')).toBe('2026. 12. 1.');
  });

  it('shows an invalid instant as it came', () => {
    expect(formatDateTime('never', 'ko')).toBe('never');
  });
});

describe('formatWon', () => {
  it.each([
    { amount: 1_200_000, language: 'ko', text: '1,200,000원' },
    { amount: 0, language: 'ko', text: '0원' },
    { amount: 3_778_360, language: 'en', text: 'KRW 3,778,360' },
  ])('$amount in $language is $text', ({ amount, language, text }) => {
    expect(formatWon(amount, language)).toBe(text);
  });
});
