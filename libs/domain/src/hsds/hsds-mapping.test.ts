import { describe, expect, it } from 'vitest';
import { checkResourceInput } from '../resources/resource-rules';
import {
  hsdsPointerOf,
  hsdsService,
  needsDomainTermId,
  resourceInputFromHsds,
  type HsdsResourceSource,
  type HsdsService,
} from './hsds-mapping';

const resource: HsdsResourceSource = {
  id: '0b0f5a4e-7b1c-4c55-9a59-8f8d3d1a0001',
  agencyId: '0b0f5a4e-7b1c-4c55-9a59-8f8d3d1a0002',
  name: '밑반찬 배달 서비스',
  description: '홀몸 어르신께 주 2회 밑반찬을 배달합니다.',
  needsDomains: ['DAILY_LIVING', 'HEALTH'],
  serviceAreaCodes: ['1111000000', '1111051500'],
  address: '서울특별시 종로구 창신가상길 7',
  regionCode: '1111067000',
  eligibility: '65세 이상',
  criteria: { minAge: 65, residentsOnly: true },
  fee: '무료',
  howToApply: '전화',
  phone: '02-0000-0167',
  email: null,
  url: 'https://example.org',
  capacityTotal: 10,
  capacityAvailable: 4,
  hours: [
    { weekday: 'MON', opens: '09:00', closes: '18:00' },
    { weekday: 'SAT', opens: '10:00', closes: '12:00' },
  ],
  status: 'PUBLISHED',
  assuredOn: '2026-11-01',
  updatedAt: '2026-11-02T01:02:03.004Z',
};
const regions = new Map([
  [
    '1111067000',
    { name: '창신가상동', fullName: '서울특별시 종로구 창신가상동', sido: '서울특별시', sigungu: '종로구' },
  ],
]);

// Any stable name-to-id function will do here (the API hashes names into version-5 UUIDs).
const names: string[] = [];
const hsdsId = (name: string) => {
  const i = names.includes(name) ? names.indexOf(name) : names.push(name) - 1;
  return `00000000-0000-5000-8000-${String(i).padStart(12, '0')}`;
};

describe('a resource as an HSDS service', () => {
  const s = hsdsService(resource, regions, hsdsId);

  it('keeps the resource id and names the agency as its organization', () => {
    expect(s).toMatchObject({ id: resource.id, organization_id: resource.agencyId, status: 'active' });
    expect(s.organization).toBeUndefined();
  });

  it('leaves out empty values instead of sending null', () => {
    expect('email' in s).toBe(false);
    expect(Object.values(s).includes(null as never)).toBe(false);
  });

  it('gives opening hours as weekly schedules in Korea time', () => {
    expect(s.schedules?.map((x) => [x.byday, x.opens_at, x.closes_at])).toEqual([
      ['MO', '09:00+09:00', '18:00+09:00'],
      ['SA', '10:00+09:00', '12:00+09:00'],
    ]);
  });

  it('comes back as the same resource input, keeping what HSDS does not carry', () => {
    const back = resourceInputFromHsds(s, { criteria: resource.criteria, exclusiveCategory: '밑반찬 배달' });
    expect(back.faults).toEqual([]);
    expect(back.input).toEqual({
      name: resource.name,
      description: resource.description,
      needsDomains: resource.needsDomains,
      serviceAreaCodes: resource.serviceAreaCodes,
      address: resource.address,
      regionCode: resource.regionCode,
      eligibility: resource.eligibility,
      criteria: { minAge: 65, residentsOnly: true },
      fee: resource.fee,
      howToApply: resource.howToApply,
      phone: resource.phone,
      email: null,
      url: resource.url,
      capacityTotal: 10,
      hours: resource.hours,
      exclusiveCategory: '밑반찬 배달',
      status: 'PUBLISHED',
    });
  });
});

describe('an HSDS service as resource input', () => {
  const base: HsdsService = { id: resource.id, name: 'x', status: 'active' };
  const schedule = (extra: object) => ({
    ...base,
    schedules: [{ id: hsdsId('s'), opens_at: '09:00', closes_at: '18:00', byday: 'MO', ...extra }],
  });

  it.each([
    {
      name: 'a monthly schedule is refused',
      service: schedule({ freq: 'MONTHLY' }),
      pointer: '/schedules/0/freq',
      rule: 'NOT_ALLOWED_VALUE',
    },
    {
      name: 'a time in UTC is refused, not shifted',
      service: schedule({ opens_at: '00:00Z' }),
      pointer: '/schedules/0/opens_at',
      rule: 'NOT_ALLOWED_VALUE',
    },
    {
      name: 'a numbered weekday is refused',
      service: schedule({ byday: '2MO' }),
      pointer: '/schedules/0/byday',
      rule: 'NOT_ALLOWED_VALUE',
    },
    {
      name: 'a schedule without a closing time is refused',
      service: schedule({ closes_at: undefined }),
      pointer: '/schedules/0/closes_at',
      rule: 'REQUIRED',
    },
    {
      name: 'a time that is no time is refused',
      service: schedule({ closes_at: '6pm' }),
      pointer: '/schedules/0/closes_at',
      rule: 'INVALID_FORMAT',
    },
    {
      name: 'a service area in words only is refused',
      service: { ...base, service_areas: [{ id: hsdsId('a'), extent: '종로구 전역' }] },
      pointer: '/service_areas/0/extent',
      rule: 'INVALID_FORMAT',
    },
  ])('$name', ({ service, pointer, rule }) => {
    expect(resourceInputFromHsds(service as HsdsService, null).faults).toMatchObject([{ pointer, rule }]);
  });

  it('accepts seconds and the Korea offset, and one schedule for several days', () => {
    const r = resourceInputFromHsds(
      schedule({ byday: 'MO,FR', opens_at: '09:00:00', closes_at: '18:00+09:00' }),
      null,
    );
    expect(r.input.hours).toEqual([
      { weekday: 'MON', opens: '09:00', closes: '18:00' },
      { weekday: 'FRI', opens: '09:00', closes: '18:00' },
    ]);
  });

  it('places a rule problem at the HSDS field it came from', () => {
    const service: HsdsService = {
      ...base,
      schedules: [
        { id: hsdsId('1'), byday: 'MO,TU', opens_at: '09:00', closes_at: '18:00' },
        { id: hsdsId('2'), byday: 'WE', opens_at: '18:00', closes_at: '09:00' },
      ],
    };
    const r = resourceInputFromHsds(service, null);
    const { problems } = checkResourceInput(r.input);
    const at = (field: string) =>
      hsdsPointerOf(
        problems.find((p) => p.field === field)!,
        r.pointers,
      );
    expect(at('hours.2.closes')).toBe('/schedules/1/closes_at');
    expect(at('needsDomains')).toBe('/attributes');
    expect(at('regionCode')).toBe('/service_at_locations');
  });

  it('reads needs domains from attributes by term id, skipping other taxonomies', () => {
    const r = resourceInputFromHsds(
      {
        ...base,
        attributes: [
          { id: hsdsId('x'), taxonomy_term_id: hsdsId('someone else’s term') },
          { id: hsdsId('y'), taxonomy_term_id: needsDomainTermId('ECONOMY') },
        ],
      },
      null,
    );
    expect(r.input.needsDomains).toEqual(['ECONOMY']);
    expect(r.pointers.get('needsDomains.0')).toBe('/attributes/1/taxonomy_term_id');
  });
});
