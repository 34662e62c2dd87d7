import { describe, expect, it } from 'vitest';
import {
  AGENCY_KIND_LABELS,
  AGENCY_KINDS,
  isAgencyKind,
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
