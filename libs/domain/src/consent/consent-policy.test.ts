import { describe, expect, it } from 'vitest';
import {
  canSee,
  CONSENT_SCOPE_LABELS,
  CONSENT_SCOPES,
  consentCoverage,
  consentedScopes,
  checkConsentInput,
  householdAccess,
  isConsentActive,
  type ConsentInput,
  type ConsentRecord,
  type ConsentScope,
  type HouseholdAccess,
} from './consent-policy';

const TODAY = '2026-03-09';
const input = (over: Partial<ConsentInput> = {}): ConsentInput => ({
  scopes: ['BASIC', 'CASE_NOTES'],
  purpose: '긴급복지 지원 연계를 위한 사례관리',
  validFrom: TODAY,
  validUntil: '2027-03-08',
  refusalRightNotified: true,
  ...over,
});

describe('checkConsentInput', () => {
  it.each<{ name: string; input: ConsentInput; fields: string[] }>([
    { name: 'a complete consent has no problems', input: input(), fields: [] },
    {
      name: 'a consent without scopes is refused on scopes',
      input: input({ scopes: [] }),
      fields: ['scopes'],
    },
    {
      name: 'a scope chosen twice is refused on scopes',
      input: input({ scopes: ['BASIC', 'BASIC'] }),
      fields: ['scopes'],
    },
    {
      name: 'an unknown scope is refused on scopes',
      input: input({ scopes: ['DNA' as ConsentScope] }),
      fields: ['scopes'],
    },
    {
      name: 'all four scopes together are accepted',
      input: input({ scopes: [...CONSENT_SCOPES] }),
      fields: [],
    },
    {
      name: 'a one-character purpose is refused on purpose',
      input: input({ purpose: '가' }),
      fields: ['purpose'],
    },
    {
      name: 'a purpose of two characters after trimming is accepted',
      input: input({ purpose: '  상담  ' }),
      fields: [],
    },
    {
      name: 'a blank purpose is refused on purpose',
      input: input({ purpose: '     ' }),
      fields: ['purpose'],
    },
    {
      name: 'a purpose of exactly 500 characters is accepted',
      input: input({ purpose: '가'.repeat(500) }),
      fields: [],
    },
    {
      name: 'a purpose of 501 characters is refused on purpose',
      input: input({ purpose: '가'.repeat(501) }),
      fields: ['purpose'],
    },
    {
      name: 'a validUntil before validFrom is refused on validUntil',
      input: input({ validFrom: '2026-04-01', validUntil: '2026-03-31' }),
      fields: ['validUntil'],
    },
    {
      name: 'a consent valid for one day, today, is accepted',
      input: input({ validFrom: TODAY, validUntil: TODAY }),
      fields: [],
    },
    {
      name: 'a consent that ended yesterday is refused on validUntil',
      input: input({ validFrom: '2026-01-01', validUntil: '2026-03-08' }),
      fields: ['validUntil'],
    },
    {
      name: 'a consent starting in the future is accepted',
      input: input({ validFrom: '2026-04-01', validUntil: '2026-12-31' }),
      fields: [],
    },
    {
      name: 'a consent of exactly five years is accepted',
      input: input({ validFrom: TODAY, validUntil: '2031-03-09' }),
      fields: [],
    },
    {
      name: 'a consent one day longer than five years is refused on validUntil',
      input: input({ validFrom: TODAY, validUntil: '2031-03-10' }),
      fields: ['validUntil'],
    },
    {
      name: 'a malformed validFrom is refused on validFrom',
      input: input({ validFrom: '2026-13-01' }),
      fields: ['validFrom'],
    },
    {
      name: 'a malformed validUntil is refused on validUntil',
      input: input({ validUntil: '9 March' }),
      fields: ['validUntil'],
    },
    {
      name: 'a consent without notice of the right to refuse is refused (제17조제2항)',
      input: input({ refusalRightNotified: false }),
      fields: ['refusalRightNotified'],
    },
    {
      name: 'every problem is reported at once',
      input: input({ scopes: [], purpose: '', refusalRightNotified: false }),
      fields: ['scopes', 'purpose', 'refusalRightNotified'],
    },
  ])('$name', ({ input, fields }) => {
    expect(checkConsentInput(input, TODAY).map((p) => p.field)).toEqual(fields);
  });
});

const consent = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: 'c1',
  householdId: 'h1',
  granteeAgencyId: 'a1',
  scopes: ['BASIC'],
  purpose: '사례관리',
  validFrom: '2026-03-01',
  validUntil: '2026-12-31',
  withdrawnAt: null,
  refusalRightNotified: true,
  ...over,
});

describe('isConsentActive', () => {
  it.each<{ name: string; c: ConsentRecord; at: string; active: boolean }>([
    {
      name: 'a consent is active within its period',
      c: consent(),
      at: '2026-06-01T10:00:00+09:00',
      active: true,
    },
    {
      name: 'a consent is active on its first day',
      c: consent(),
      at: '2026-03-01T00:00:00+09:00',
      active: true,
    },
    {
      name: 'a consent is not active the day before it starts',
      c: consent(),
      at: '2026-02-28T23:59:59+09:00',
      active: false,
    },
    {
      name: 'a consent is active on its last day in Korea',
      c: consent(),
      at: '2026-12-31T23:59:59+09:00',
      active: true,
    },
    {
      name: 'a consent has ended once the Korean date passes validUntil, though UTC still says the 31st',
      c: consent(),
      at: '2026-12-31T15:00:00Z',
      active: false,
    },
    {
      name: 'a consent starts on validFrom in Korea, though UTC still says the day before',
      c: consent(),
      at: '2026-02-28T15:00:00Z',
      active: true,
    },
    {
      name: 'a consent is active before its withdrawal',
      c: consent({ withdrawnAt: '2026-06-01T09:00:00+09:00' }),
      at: '2026-06-01T08:59:59+09:00',
      active: true,
    },
    {
      name: 'a consent is not active at the instant of its withdrawal',
      c: consent({ withdrawnAt: '2026-06-01T09:00:00+09:00' }),
      at: '2026-06-01T09:00:00+09:00',
      active: false,
    },
    {
      name: 'a withdrawal counts by instant whatever the offset',
      c: consent({ withdrawnAt: '2026-06-01T00:00:00Z' }),
      at: '2026-06-01T08:00:00+09:00',
      active: true,
    },
    {
      name: 'a consent is not active after its withdrawal',
      c: consent({ withdrawnAt: '2026-06-01T09:00:00+09:00' }),
      at: '2026-07-01T09:00:00+09:00',
      active: false,
    },
  ])('$name', ({ c, at, active }) => {
    expect(isConsentActive(c, at)).toBe(active);
  });
});

const AT = '2026-06-01T10:00:00+09:00';
const consents: ConsentRecord[] = [
  consent({ id: 'c1', scopes: ['BASIC'] }),
  consent({ id: 'c2', scopes: ['BASIC', 'HEALTH'] }),
  consent({ id: 'c3', scopes: ['FINANCES'], withdrawnAt: '2026-05-01T09:00:00+09:00' }),
  consent({ id: 'c4', scopes: ['CASE_NOTES'], validUntil: '2026-05-31' }),
  consent({ id: 'c5', scopes: ['CASE_NOTES'], granteeAgencyId: 'a2' }),
  consent({ id: 'c6', scopes: ['FINANCES'], householdId: 'h2' }),
];

describe('consentedScopes', () => {
  it.each<{ name: string; agency: string; household: string; scopes: ConsentScope[] }>([
    {
      name: 'the scopes of active consents for the agency and household are united',
      agency: 'a1',
      household: 'h1',
      scopes: ['BASIC', 'HEALTH'],
    },
    { name: 'another agency gets only what names it', agency: 'a2', household: 'h1', scopes: ['CASE_NOTES'] },
    {
      name: 'another household gets only its own consents',
      agency: 'a1',
      household: 'h2',
      scopes: ['FINANCES'],
    },
    { name: 'an agency without consent gets nothing', agency: 'a3', household: 'h1', scopes: [] },
  ])('$name', ({ agency, household, scopes }) => {
    expect([...consentedScopes(consents, agency, household, AT)].sort()).toEqual([...scopes].sort());
  });
});

describe('householdAccess', () => {
  const PUBLIC = { agencySector: 'PUBLIC' as const, agencyId: 'p1' };
  const PRIVATE = { agencySector: 'PRIVATE' as const, agencyId: 'a1' };
  it.each<{
    name: string;
    actor: { agencySector: 'PUBLIC' | 'PRIVATE'; agencyId: string };
    inScope: boolean;
    household: string;
    access: HouseholdAccess;
  }>([
    {
      name: 'a public actor in its area gets FULL access',
      actor: PUBLIC,
      inScope: true,
      household: 'h1',
      access: { kind: 'FULL' },
    },
    {
      name: 'a public actor outside its area gets NONE for OUT_OF_AREA',
      actor: PUBLIC,
      inScope: false,
      household: 'h1',
      access: { kind: 'NONE', reason: 'OUT_OF_AREA' },
    },
    {
      name: 'a private actor gets the consented scopes and the consents behind them',
      actor: PRIVATE,
      inScope: false,
      household: 'h1',
      access: {
        kind: 'CONSENTED',
        scopes: new Set<ConsentScope>(['BASIC', 'HEALTH']),
        consentIds: ['c1', 'c2'],
      },
    },
    {
      name: 'a private actor is not widened by a public scope flag',
      actor: PRIVATE,
      inScope: true,
      household: 'h1',
      access: {
        kind: 'CONSENTED',
        scopes: new Set<ConsentScope>(['BASIC', 'HEALTH']),
        consentIds: ['c1', 'c2'],
      },
    },
    {
      name: 'a private actor without active consent gets NONE for NO_CONSENT',
      actor: { agencySector: 'PRIVATE', agencyId: 'a3' },
      inScope: true,
      household: 'h1',
      access: { kind: 'NONE', reason: 'NO_CONSENT' },
    },
    {
      name: 'a private actor whose only consent was withdrawn gets NONE',
      actor: PRIVATE,
      inScope: false,
      household: 'h3',
      access: { kind: 'NONE', reason: 'NO_CONSENT' },
    },
  ])('$name', ({ actor, inScope, household, access }) => {
    const withWithdrawn = [
      ...consents,
      consent({ id: 'c7', householdId: 'h3', withdrawnAt: '2026-05-31T18:00:00+09:00' }),
    ];
    expect(householdAccess(actor, inScope, withWithdrawn, household, AT)).toEqual(access);
  });
});

describe('canSee', () => {
  const consented: HouseholdAccess = {
    kind: 'CONSENTED',
    scopes: new Set<ConsentScope>(['BASIC']),
    consentIds: ['c1'],
  };
  it.each<{ name: string; access: HouseholdAccess; scope: ConsentScope; visible: boolean }>([
    { name: 'FULL access sees health information', access: { kind: 'FULL' }, scope: 'HEALTH', visible: true },
    { name: 'consented access sees a consented scope', access: consented, scope: 'BASIC', visible: true },
    {
      name: 'consented access does not see an unconsented scope',
      access: consented,
      scope: 'FINANCES',
      visible: false,
    },
    {
      name: 'NONE sees not even basic information',
      access: { kind: 'NONE', reason: 'NO_CONSENT' },
      scope: 'BASIC',
      visible: false,
    },
  ])('$name', ({ access, scope, visible }) => {
    expect(canSee(access, scope)).toBe(visible);
  });

  it('every scope has a Korean and an English label', () => {
    for (const s of CONSENT_SCOPES)
      expect(CONSENT_SCOPE_LABELS[s].ko && CONSENT_SCOPE_LABELS[s].en).toBeTruthy();
  });
});

describe('consentCoverage', () => {
  const consent = (over: Partial<ConsentRecord>): ConsentRecord => ({
    id: 'c1',
    householdId: 'h1',
    granteeAgencyId: 'a1',
    scopes: ['BASIC'],
    purpose: '사례관리',
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    withdrawnAt: null,
    refusalRightNotified: true,
    ...over,
  });
  const at = '2026-03-09T00:00:00.000Z';

  it('lists each agency once with the union of its scopes, in the catalogue order', () => {
    const coverage = consentCoverage(
      [
        consent({ id: 'c1', scopes: ['HEALTH'] }),
        consent({ id: 'c2', scopes: ['BASIC'], validUntil: '2027-06-30' }),
        consent({ id: 'c3', granteeAgencyId: 'a2', scopes: ['BASIC', 'CASE_NOTES'] }),
      ],
      'h1',
      at,
    );
    expect(coverage).toEqual([
      { agencyId: 'a1', scopes: ['BASIC', 'HEALTH'], validUntil: '2026-12-31' },
      { agencyId: 'a2', scopes: ['BASIC', 'CASE_NOTES'], validUntil: '2026-12-31' },
    ]);
  });

  it('a scope given twice lasts as long as the later consent', () => {
    const coverage = consentCoverage(
      [consent({ id: 'c1' }), consent({ id: 'c2', validUntil: '2028-01-31' })],
      'h1',
      at,
    );
    expect(coverage).toEqual([{ agencyId: 'a1', scopes: ['BASIC'], validUntil: '2028-01-31' }]);
  });

  it("leaves out withdrawn, expired, future and other households' consents", () => {
    const coverage = consentCoverage(
      [
        consent({ id: 'w', withdrawnAt: '2026-02-01T00:00:00.000Z' }),
        consent({ id: 'e', validUntil: '2026-03-01' }),
        consent({ id: 'f', validFrom: '2026-04-01' }),
        consent({ id: 'o', householdId: 'h2' }),
      ],
      'h1',
      at,
    );
    expect(coverage).toEqual([]);
  });
});
