import { describe, expect, it } from 'vitest';
import {
  AGENCY_KIND_LABELS,
  AGENCY_KINDS,
  isAgencyKind,
  mayReceiveReferrals,
  referralArea,
  sectorOf,
  type AgencyKind,
  type AgencySector,
} from './agency-kind';

describe('sectorOf', () => {
  it.each<{ name: string; kind: AgencyKind; sector: AgencySector }>([
    { name: 'the ministry is PUBLIC', kind: 'MINISTRY', sector: 'PUBLIC' },
    { name: 'a 시군구청 is PUBLIC', kind: 'SIGUNGU_OFFICE', sector: 'PUBLIC' },
    { name: 'a 읍면동 주민센터 is PUBLIC', kind: 'EUPMYEONDONG_CENTER', sector: 'PUBLIC' },
    { name: 'a 보건소 is PUBLIC', kind: 'PUBLIC_HEALTH_CENTER', sector: 'PUBLIC' },
    { name: 'a 종합사회복지관 is PRIVATE', kind: 'COMMUNITY_WELFARE_CENTER', sector: 'PRIVATE' },
    { name: 'a 노인복지관 is PRIVATE', kind: 'SENIOR_WELFARE_CENTER', sector: 'PRIVATE' },
    { name: 'a 장애인복지관 is PRIVATE', kind: 'DISABILITY_WELFARE_CENTER', sector: 'PRIVATE' },
    { name: 'a 지역아동센터 is PRIVATE', kind: 'COMMUNITY_CHILD_CENTER', sector: 'PRIVATE' },
    { name: 'a 정신건강복지센터 is PRIVATE', kind: 'MENTAL_HEALTH_CENTER', sector: 'PRIVATE' },
    { name: 'another private organisation is PRIVATE', kind: 'OTHER_PRIVATE', sector: 'PRIVATE' },
  ])('$name', ({ kind, sector }) => {
    expect(sectorOf(kind)).toBe(sector);
  });

  it('every kind has a Korean and an English label', () => {
    for (const kind of AGENCY_KINDS) {
      expect(AGENCY_KIND_LABELS[kind].ko).not.toBe('');
      expect(AGENCY_KIND_LABELS[kind].en).not.toBe('');
    }
    expect(AGENCY_KIND_LABELS.EUPMYEONDONG_CENTER.ko).toBe('읍면동 주민센터');
  });

  it.each([
    { name: 'a listed kind is an agency kind', value: 'MINISTRY', known: true },
    { name: 'an unlisted value is not', value: 'HOSPITAL', known: false },
  ])('$name', ({ value, known }) => {
    expect(isAgencyKind(value)).toBe(known);
  });
});

describe('referral targets', () => {
  it('every kind but the ministry takes referrals', () => {
    expect(AGENCY_KINDS.filter((k) => !mayReceiveReferrals(k))).toEqual(['MINISTRY']);
  });

  it.each([
    {
      name: 'a 구 household is referred within its 구 and to its 시도',
      ancestry: ['1111051500', '1111000000', '1100000000'],
      area: { within: '1111000000', sido: '1100000000' },
    },
    {
      name: 'a 일반구 household is referred within the whole 시, not only the 일반구',
      ancestry: ['4111151000', '4111100000', '4111000000', '4100000000'],
      area: { within: '4111000000', sido: '4100000000' },
    },
    {
      name: '세종, with no 시군구, is referred within the 시도',
      ancestry: ['3611010100', '3600000000'],
      area: { within: '3600000000', sido: '3600000000' },
    },
    { name: 'an unknown region has no area', ancestry: ['1111051500'], area: null },
  ])('$name', ({ ancestry, area }) => {
    expect(referralArea(ancestry)).toEqual(area);
  });
});
