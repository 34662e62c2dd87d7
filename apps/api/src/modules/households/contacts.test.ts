// Issue 14's "people can reach each other" contract: household contacts, agency and user phones,
// who sent a referral, what the consents cover, and which agencies a referral may go to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKorea } from '../../clock';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

let app: TestApp;
const t: Record<string, string> = {};
let householdId: string;
let welfareId: string;
let seniorId: string;

const inAYear = new Date(Date.parse(todayInKorea()) + 365 * 86_400_000).toISOString().slice(0, 10);
const REGISTER = `mutation($input: RegisterHouseholdInput!) {
  registerHousehold(input: $input) { household { id contacts { kind number preferred } } errors { code path ... on ValidationError { rule } } }
}`;
const UPDATE = `mutation($input: UpdateHouseholdContactsInput!) {
  updateHouseholdContacts(input: $input) { household { id contacts { kind number preferred } } errors { code path ... on ValidationError { rule max } } }
}`;
const CONTACTS = `query($id: ID!) { household(id: $id) { contacts { kind number preferred } } }`;

const member = (name: string, birth: string) => ({
  name,
  rrn: testRrn(birth, 'FEMALE'),
  relationship: 'HEAD',
});

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'supervisor', 'agency', 'admin']) t[who] = await app.signIn(who as never);
  [{ id: welfareId }] = await app.db.query(`SELECT id FROM agencies WHERE kind = 'COMMUNITY_WELFARE_CENTER'`);
  [{ id: seniorId }] = await app.db.query(`SELECT id FROM agencies WHERE kind = 'SENIOR_WELFARE_CENTER'`);
  const r = await app.gql(
    REGISTER,
    {
      input: {
        regionCode: '1111051500',
        address: '청운효자동 연락길 1',
        members: [member('연락가구주', '1950-03-03')],
        contacts: [
          { kind: 'HOME', number: '02 123 4567' },
          { kind: 'MOBILE', number: '01098765432', preferred: true },
        ],
      },
    },
    { token: t.worker },
  );
  expect(r.data.registerHousehold.errors).toEqual([]);
  householdId = r.data.registerHousehold.household.id;
});
afterAll(() => app?.close());

describe('household contacts (연락처)', () => {
  it('registers numbers in their printed form with the preferred one marked', async () => {
    const r = await app.gql(CONTACTS, { id: householdId }, { token: t.worker });
    expect(r.data.household.contacts).toEqual([
      { kind: 'HOME', number: '02-123-4567', preferred: false },
      { kind: 'MOBILE', number: '010-9876-5432', preferred: true },
    ]);
  });

  it('refuses a bad number at its path and stores no household', async () => {
    const before = await app.db.query(`SELECT count(*)::int AS n FROM households`);
    const r = await app.gql(
      REGISTER,
      {
        input: {
          regionCode: '1111051500',
          address: '청운효자동 연락길 2',
          members: [member('번호오류', '1951-04-04')],
          contacts: [{ kind: 'MOBILE', number: '02-123-4567' }],
        },
      },
      { token: t.worker },
    );
    expect(r.data.registerHousehold.errors).toEqual([
      { code: 'VALIDATION', path: ['input', 'contacts', '0', 'number'], rule: 'INVALID_FORMAT' },
    ]);
    const after = await app.db.query(`SELECT count(*)::int AS n FROM households`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('replaces the list, making the first preferred when none is marked, and logs the change', async () => {
    const r = await app.gql(
      UPDATE,
      { input: { householdId, contacts: [{ kind: 'OTHER', number: '031-123-4567' }] } },
      { token: t.worker },
    );
    expect(r.data.updateHouseholdContacts).toEqual({
      household: { id: householdId, contacts: [{ kind: 'OTHER', number: '031-123-4567', preferred: true }] },
      errors: [],
    });
    const [row] = await app.db.query(
      `SELECT count(*)::int AS n FROM access_log l JOIN household_members m ON m.person_id = l.person_id
       WHERE m.household_id = $1 AND l.action = 'UPDATE'`,
      [householdId],
    );
    expect(row.n).toBe(1);
  });

  it('keeps the stored list when the new one is refused', async () => {
    const r = await app.gql(
      UPDATE,
      {
        input: {
          householdId,
          contacts: [
            { kind: 'MOBILE', number: '010-1111-2222', preferred: true },
            { kind: 'HOME', number: '02-111-2222', preferred: true },
          ],
        },
      },
      { token: t.worker },
    );
    expect(r.data.updateHouseholdContacts.errors).toEqual([
      { code: 'VALIDATION', path: ['input', 'contacts'], rule: 'TOO_MANY', max: 1 },
    ]);
    const stored = await app.gql(CONTACTS, { id: householdId }, { token: t.worker });
    expect(stored.data.household.contacts).toEqual([
      { kind: 'OTHER', number: '031-123-4567', preferred: true },
    ]);
  });

  it('lets no private agency change them, and shows them to it only under a BASIC consent', async () => {
    const r = await app.gql(UPDATE, { input: { householdId, contacts: [] } }, { token: t.agency });
    expect(firstErrorCode(r)).toBe('FORBIDDEN');
    expect(firstErrorCode(await app.gql(CONTACTS, { id: householdId }, { token: t.agency }))).toBe(
      'NO_CONSENT',
    );
  });
});

describe('who to call', () => {
  it('answers agency phone and address, and the user’s own work phone, which the user can change', async () => {
    const me = await app.gql(`{ me { name phone agency { name phone address } } }`, {}, { token: t.worker });
    expect(me.data.me).toEqual({
      name: '김복지 (데모)',
      phone: '02-000-1151',
      agency: {
        name: '청운효자동 주민센터',
        phone: '02-000-0151',
        address: expect.stringContaining('종로구'),
      },
    });
    const set = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { user { phone } errors { code path } } }`;
    const bad = await app.gql(set, { input: { phone: '12345' } }, { token: t.worker });
    expect(bad.data.updateMyProfile.errors).toEqual([{ code: 'VALIDATION', path: ['input', 'phone'] }]);
    const ok = await app.gql(set, { input: { phone: '0200001152' } }, { token: t.worker });
    expect(ok.data.updateMyProfile).toEqual({ user: { phone: '02-0000-1152' }, errors: [] });
    const again = await app.gql(`{ me { phone } }`, {}, { token: t.worker });
    expect(again.data.me.phone).toBe('02-0000-1152');
    await app.gql(set, { input: { phone: '02-000-1151' } }, { token: t.worker });
  });

  it('shows the receiving agency who sent a referral, by name, phone and agency, and names each step’s actor', async () => {
    await app.gql(
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code } } }`,
      {
        input: {
          householdId,
          granteeAgencyId: welfareId,
          scopes: ['BASIC', 'HEALTH'],
          purpose: '통합사례관리 서비스 연계',
          validUntil: inAYear,
        },
      },
      { token: t.worker },
    );
    const open = await app.gql(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } errors { code } } }`,
      { input: { householdId } },
      { token: t.worker },
    );
    const caseId = open.data.openCase.case.id;
    const sent = await app.gql(
      `mutation($input: SendReferralInput!) { sendReferral(input: $input) { referral { id } errors { code } } }`,
      { input: { caseId, toAgencyId: welfareId, service: '정서지원', note: '' } },
      { token: t.worker },
    );
    const id = sent.data.sendReferral.referral.id;
    const seen = await app.gql(
      `query($id: ID!) { referral(id: $id) {
        sentBy { name phone agency { name } }
        history { status by { name } }
        household { contacts { number preferred } members { person { name } } }
      } }`,
      { id },
      { token: t.agency },
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data.referral).toEqual({
      sentBy: { name: '김복지 (데모)', phone: '02-000-1151', agency: { name: '청운효자동 주민센터' } },
      history: [{ status: 'SENT', by: { name: '김복지 (데모)' } }],
      household: {
        contacts: [{ number: '031-123-4567', preferred: true }],
        members: [{ person: { name: '연락가구주' } }],
      },
    });
  });
});

describe('consent coverage and referral targets', () => {
  it('lists per agency what the active consents cover, and only its own line to a private agency', async () => {
    const q = `query($id: ID!) { consentCoverage(householdId: $id) { agency { id name } scopes validUntil } }`;
    const forWorker = await app.gql(q, { id: householdId }, { token: t.worker });
    expect(forWorker.data.consentCoverage).toEqual([
      {
        agency: { id: welfareId, name: '종로종합사회복지관 (가상)' },
        scopes: ['BASIC', 'HEALTH'],
        validUntil: inAYear,
      },
    ]);
    const forAgency = await app.gql(q, { id: householdId }, { token: t.agency });
    expect(forAgency.data.consentCoverage.map((c: { agency: { id: string } }) => c.agency.id)).toEqual([
      welfareId,
    ]);
  });

  it('offers for a referral the agencies of the household’s 시군구 and 시도, never the ministry, another province or itself', async () => {
    const r = await app.gql(
      `query($id: ID!) { agencies(referralsFor: $id, first: 50) { totalCount edges { node { id name kind } } pageInfo { totalPages } } }`,
      { id: householdId },
      { token: t.worker },
    );
    const names = r.data.agencies.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(names).toContain('종로종합사회복지관 (가상)');
    expect(names).toContain('종로구보건소');
    expect(r.data.agencies.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(seniorId);
    for (const excluded of ['보건복지부', '홍천군청', '홍천읍 행정복지센터', '청운효자동 주민센터'])
      expect(names).not.toContain(excluded);
    expect(r.data.agencies.pageInfo.totalPages).toBe(1);
    const outside = await app.gql(
      `query($id: ID!) { agencies(referralsFor: $id) { totalCount } }`,
      { id: householdId },
      { token: t.agency },
    );
    expect(outside.data.agencies.totalCount).toBeGreaterThan(0);
  });
});
