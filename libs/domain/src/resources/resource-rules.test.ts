import { describe, expect, it } from 'vitest';
import { checkCapacity, checkResourceInput, isOpenAt, isStale, type ResourceInput } from './resource-rules';

const base: ResourceInput = {
  name: ' 밑반찬 배달 서비스 ',
  description: '홀몸 어르신께 주 2회 밑반찬을 배달합니다.',
  needsDomains: ['DAILY_LIVING'],
  serviceAreaCodes: ['1111000000'],
  address: '서울특별시 종로구 창신가상길 7',
  regionCode: '1111067000',
  phone: '0200000167',
  url: 'https://welfare.example.kr/banchan',
  capacityTotal: 20,
  hours: [{ weekday: 'MON', opens: '09:00', closes: '18:00' }],
  status: 'PUBLISHED',
};
const fieldsOf = (input: Partial<ResourceInput>) =>
  checkResourceInput({ ...base, ...input }).problems.map((p) => [p.field, p.rule]);

describe('checkResourceInput', () => {
  it('accepts a whole resource and tidies it', () => {
    const { value, problems } = checkResourceInput(base);
    expect(problems).toEqual([]);
    expect(value).toMatchObject({ name: '밑반찬 배달 서비스', phone: '02-0000-0167', status: 'PUBLISHED' });
  });

  it.each<{ name: string; input: Partial<ResourceInput>; problems: [string, string][] }>([
    { name: 'a blank name', input: { name: '  ' }, problems: [['name', 'REQUIRED']] },
    { name: 'no needs domain', input: { needsDomains: [] }, problems: [['needsDomains', 'TOO_FEW']] },
    {
      name: 'an unknown domain',
      input: { needsDomains: ['FUN'] },
      problems: [['needsDomains.0', 'NOT_ALLOWED_VALUE']],
    },
    {
      name: 'a domain twice',
      input: { needsDomains: ['HEALTH', 'HEALTH'] },
      problems: [['needsDomains.1', 'DUPLICATE_ITEM']],
    },
    { name: 'no service area', input: { serviceAreaCodes: [] }, problems: [['serviceAreaCodes', 'TOO_FEW']] },
    {
      name: 'a bad region code',
      input: { serviceAreaCodes: ['11'] },
      problems: [['serviceAreaCodes.0', 'INVALID_FORMAT']],
    },
    {
      name: 'hours that close before they open',
      input: { hours: [{ weekday: 'TUE', opens: '18:00', closes: '09:00' }] },
      problems: [['hours.0.closes', 'DATE_BEFORE_START']],
    },
    {
      name: 'a time that is not a time',
      input: { hours: [{ weekday: 'TUE', opens: '9시', closes: '24:00' }] },
      problems: [
        ['hours.0.opens', 'INVALID_FORMAT'],
        ['hours.0.closes', 'INVALID_FORMAT'],
      ],
    },
    {
      name: 'a URL that is not http(s)',
      input: { url: 'javascript:alert(1)' },
      problems: [['url', 'INVALID_FORMAT']],
    },
    { name: 'a bad phone', input: { phone: '123' }, problems: [['phone', 'INVALID_FORMAT']] },
    { name: 'negative places', input: { capacityTotal: -1 }, problems: [['capacityTotal', 'OUT_OF_RANGE']] },
    {
      name: 'an age range upside down',
      input: { criteria: { minAge: 65, maxAge: 60 } },
      problems: [['criteria.maxAge', 'DATE_BEFORE_START']],
    },
    { name: 'an unknown status', input: { status: 'LIVE' }, problems: [['status', 'NOT_ALLOWED_VALUE']] },
  ])('refuses $name at its field', ({ input, problems }) => {
    expect(fieldsOf(input)).toEqual(problems);
  });
});

describe('checkCapacity', () => {
  it.each([
    { total: 10, available: 0, ok: true },
    { total: 10, available: 10, ok: true },
    { total: 10, available: 11, ok: false },
    { total: 10, available: -1, ok: false },
    { total: null, available: null, ok: true },
    { total: null, available: 3, ok: false },
  ])('$total / $available', ({ total, available, ok }) => {
    expect(checkCapacity(total, available) === null).toBe(ok);
  });
});

describe('isOpenAt and isStale', () => {
  const hours = [{ weekday: 'MON' as const, opens: '09:00', closes: '18:00' }];
  it('is open from opening time until, not at, closing time', () => {
    expect(isOpenAt(hours, 'MON', '09:00')).toBe(true);
    expect(isOpenAt(hours, 'MON', '17:59')).toBe(true);
    expect(isOpenAt(hours, 'MON', '18:00')).toBe(false);
    expect(isOpenAt(hours, 'TUE', '10:00')).toBe(false);
  });
  it('asks for a check 12 months after the last one', () => {
    expect(isStale('2025-12-02', '2026-12-01')).toBe(false);
    expect(isStale('2025-12-02', '2026-12-02')).toBe(true);
    expect(isStale('2025-03-31', '2026-03-30')).toBe(false);
  });
});
