import { describe, expect, it } from 'vitest';
import {
  canRegisterHousehold,
  householdScope,
  scopeCovers,
  scopeCoversAncestry,
  type HouseholdScope,
} from './household-scope';
import type { Actor } from './roles';

const SEOUL = '1100000000';
const JONGNO = '1111000000';
const CHEONGUN = '1111051500'; // 청운효자동, 종로구
const SAJIK = '1111053000'; // 사직동, 종로구
const JUNG = '1114000000';

const actor = (
  role: Actor['role'],
  agencyRegionCode: string | null,
  agencySector: Actor['agencySector'] = 'PUBLIC',
): Actor => ({
  role,
  agencySector,
  agencyRegionCode,
});

describe('householdScope', () => {
  it.each<{ name: string; who: Actor; scope: HouseholdScope }>([
    { name: 'an ANALYST sees ALL', who: actor('ANALYST', null), scope: { kind: 'ALL' } },
    { name: 'an ADMIN sees ALL', who: actor('ADMIN', JONGNO), scope: { kind: 'ALL' } },
    {
      name: 'a private-sector ADMIN sees NONE',
      who: actor('ADMIN', JONGNO, 'PRIVATE'),
      scope: { kind: 'NONE' },
    },
    {
      name: 'a private-sector ANALYST sees NONE',
      who: actor('ANALYST', null, 'PRIVATE'),
      scope: { kind: 'NONE' },
    },
    {
      name: 'a private AGENCY_WORKER sees NONE',
      who: actor('AGENCY_WORKER', CHEONGUN, 'PRIVATE'),
      scope: { kind: 'NONE' },
    },
    {
      name: 'a public SUPERVISOR at a 읍면동 centre sees its 시군구',
      who: actor('SUPERVISOR', CHEONGUN),
      scope: { kind: 'REGION', regionCode: JONGNO },
    },
    {
      name: 'a public SUPERVISOR at a 시군구청 sees that 시군구',
      who: actor('SUPERVISOR', JONGNO),
      scope: { kind: 'REGION', regionCode: JONGNO },
    },
    {
      name: 'a public SUPERVISOR at a 시도 agency sees that 시도',
      who: actor('SUPERVISOR', SEOUL),
      scope: { kind: 'REGION', regionCode: SEOUL },
    },
    {
      name: 'a CASE_WORKER at a 읍면동 centre sees that 읍면동',
      who: actor('CASE_WORKER', CHEONGUN),
      scope: { kind: 'REGION', regionCode: CHEONGUN },
    },
    {
      name: 'a CASE_WORKER at a 시군구청 sees that 시군구',
      who: actor('CASE_WORKER', JONGNO),
      scope: { kind: 'REGION', regionCode: JONGNO },
    },
    {
      name: 'an AGENCY_WORKER at a public agency sees its region',
      who: actor('AGENCY_WORKER', CHEONGUN),
      scope: { kind: 'REGION', regionCode: CHEONGUN },
    },
    {
      name: 'a public CASE_WORKER whose agency has no region sees NONE',
      who: actor('CASE_WORKER', null),
      scope: { kind: 'NONE' },
    },
    {
      name: 'a public SUPERVISOR whose agency has no region sees NONE',
      who: actor('SUPERVISOR', null),
      scope: { kind: 'NONE' },
    },
    {
      name: 'a malformed agency region gives NONE',
      who: actor('CASE_WORKER', '11110'),
      scope: { kind: 'NONE' },
    },
  ])('$name', ({ who, scope }) => {
    expect(householdScope(who)).toEqual(scope);
  });
});

describe('scopeCovers', () => {
  it.each<{ name: string; scope: HouseholdScope; region: string; covers: boolean }>([
    { name: 'ALL covers any region', scope: { kind: 'ALL' }, region: CHEONGUN, covers: true },
    { name: 'ALL does not cover a malformed code', scope: { kind: 'ALL' }, region: 'x', covers: false },
    {
      name: 'a 시군구 scope covers its 읍면동',
      scope: { kind: 'REGION', regionCode: JONGNO },
      region: SAJIK,
      covers: true,
    },
    {
      name: 'a 읍면동 scope does not cover the next 읍면동',
      scope: { kind: 'REGION', regionCode: CHEONGUN },
      region: SAJIK,
      covers: false,
    },
    {
      name: 'a 시군구 scope does not cover another 시군구',
      scope: { kind: 'REGION', regionCode: JONGNO },
      region: JUNG,
      covers: false,
    },
    { name: 'NONE covers nothing', scope: { kind: 'NONE' }, region: CHEONGUN, covers: false },
  ])('$name', ({ scope, region, covers }) => {
    expect(scopeCovers(scope, region)).toBe(covers);
  });
});

describe('canRegisterHousehold', () => {
  it.each<{ name: string; who: Actor; region: string; allowed: boolean }>([
    {
      name: 'a CASE_WORKER may register in its own 읍면동',
      who: actor('CASE_WORKER', CHEONGUN),
      region: CHEONGUN,
      allowed: true,
    },
    {
      name: 'a CASE_WORKER may not register in the next 읍면동',
      who: actor('CASE_WORKER', CHEONGUN),
      region: SAJIK,
      allowed: false,
    },
    {
      name: 'a SUPERVISOR may register anywhere in its 시군구',
      who: actor('SUPERVISOR', CHEONGUN),
      region: SAJIK,
      allowed: true,
    },
    {
      name: 'a SUPERVISOR may not register in another 시군구',
      who: actor('SUPERVISOR', CHEONGUN),
      region: JUNG,
      allowed: false,
    },
    { name: 'an ADMIN may register anywhere', who: actor('ADMIN', null), region: JUNG, allowed: true },
    {
      name: 'an ANALYST may never register (read-only)',
      who: actor('ANALYST', null),
      region: CHEONGUN,
      allowed: false,
    },
    {
      name: 'a public AGENCY_WORKER may not register',
      who: actor('AGENCY_WORKER', CHEONGUN),
      region: CHEONGUN,
      allowed: false,
    },
    {
      name: 'a private CASE_WORKER may never register',
      who: actor('CASE_WORKER', CHEONGUN, 'PRIVATE'),
      region: CHEONGUN,
      allowed: false,
    },
    {
      name: 'a private ADMIN may never register',
      who: actor('ADMIN', null, 'PRIVATE'),
      region: CHEONGUN,
      allowed: false,
    },
  ])('$name', ({ who, region, allowed }) => {
    expect(canRegisterHousehold(who, region)).toBe(allowed);
  });
});

describe('scopeCoversAncestry', () => {
  const jangan = ['4111156000', '4111100000', '4111000000', '4100000000']; // 파장동 → 장안구 → 수원시 → 경기도
  it.each([
    {
      name: 'a 시 scope covers a 동 of its 일반구',
      scope: { kind: 'REGION', regionCode: '4111000000' },
      ancestry: jangan,
      covered: true,
    },
    {
      name: 'a 일반구 scope covers its 동',
      scope: { kind: 'REGION', regionCode: '4111100000' },
      ancestry: jangan,
      covered: true,
    },
    {
      name: 'a 동 scope covers itself',
      scope: { kind: 'REGION', regionCode: '4111156000' },
      ancestry: jangan,
      covered: true,
    },
    {
      name: 'another 시 scope does not cover it',
      scope: { kind: 'REGION', regionCode: '4113000000' },
      ancestry: jangan,
      covered: false,
    },
    { name: 'ALL covers a known region', scope: { kind: 'ALL' }, ancestry: jangan, covered: true },
    {
      name: 'ALL does not cover an unknown region (no ancestry)',
      scope: { kind: 'ALL' },
      ancestry: [],
      covered: false,
    },
    { name: 'NONE covers nothing', scope: { kind: 'NONE' }, ancestry: jangan, covered: false },
  ] as { name: string; scope: HouseholdScope; ancestry: string[]; covered: boolean }[])(
    '$name',
    ({ scope, ancestry, covered }) => {
      expect(scopeCoversAncestry(scope, ancestry)).toBe(covered);
    },
  );
});
