// One household-access guard: every reader of a household answers the same for the same access.
// A row per reader × access; the expected answer is the household's data, NO_CONSENT, FORBIDDEN or
// null (a referral outside the caller's area is not found, so its existence is not revealed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKorea } from '../../clock';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

type Access = 'FULL' | 'CONSENTED_BASIC' | 'CONSENTED_WITHOUT_BASIC' | 'WITHDRAWN' | 'NONE' | 'OUT_OF_AREA';
type Reader =
  'household' | 'consents' | 'case' | 'caseHousehold' | 'referralHousehold' | 'candidateHousehold';
type Answer = 'DATA' | 'NULL' | 'NO_CONSENT' | 'FORBIDDEN';

let app: TestApp;
const t: Record<string, string> = {};
let welfareId: string; // the demo private agency (종합사회복지관), where agency@ works
const fixtures = {} as Record<
  Access,
  { householdId: string; caseId: string; referralId: string; candidateId: string | null }
>;

const inAYear = new Date(Date.parse(todayInKorea()) + 365 * 86_400_000).toISOString().slice(0, 10);
const CHEONGUN = '1111051500'; // 청운효자동, the demo worker's 동

// Who reads in each access: the private agency for the consent rows, the 동 worker otherwise.
const readerOf: Record<Access, 'worker' | 'agency'> = {
  FULL: 'worker',
  CONSENTED_BASIC: 'agency',
  CONSENTED_WITHOUT_BASIC: 'agency',
  WITHDRAWN: 'agency',
  NONE: 'agency',
  OUT_OF_AREA: 'worker',
};

async function gqlOk(query: string, variables: Record<string, unknown>, token: string) {
  const r = await app.gql(query, variables, { token });
  expect(r.errors).toBeUndefined();
  return r.data;
}

async function recordConsent(householdId: string, scopes: string[]): Promise<string> {
  const data = await gqlOk(
    `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } errors { code path } } }`,
    {
      input: {
        householdId,
        granteeAgencyId: welfareId,
        scopes,
        purpose: '통합사례관리 서비스 연계',
        validUntil: inAYear,
      },
    },
    t.supervisor,
  );
  expect(data.recordConsent.errors).toEqual([]);
  return data.recordConsent.consent.id;
}

async function withdraw(consentId: string) {
  const data = await gqlOk(
    `mutation($id: ID!) { withdrawConsent(input: { consentId: $id }) { errors { code } } }`,
    { id: consentId },
    t.supervisor,
  );
  expect(data.withdrawConsent.errors).toEqual([]);
}

// A household in `regionCode` with an open case, a referral to the private agency (accepted, so
// the agency is a partner on the case) and, for public readers, a screening candidate.
async function arrange(access: Access, regionCode: string) {
  const reg = await gqlOk(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } errors { code path } } }`,
    {
      input: {
        regionCode,
        address: `접근 검사길 ${access}`,
        members: [{ name: `가구주${access}`, rrn: testRrn('1950-03-03', 'MALE'), relationship: 'HEAD' }],
      },
    },
    t.supervisor,
  );
  expect(reg.registerHousehold.errors).toEqual([]);
  const householdId: string = reg.registerHousehold.household.id;
  const opened = await gqlOk(
    `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } errors { code } } }`,
    { input: { householdId } },
    t.supervisor,
  );
  const caseId: string = opened.openCase.case.id;
  // Sending needs the resident's consent to share BASIC with the receiver; given for the set-up only.
  const setUp = await recordConsent(householdId, ['BASIC']);
  const sent = await gqlOk(
    `mutation($input: SendReferralInput!) { sendReferral(input: $input) { referral { id } errors { code } } }`,
    { input: { caseId, toAgencyId: welfareId, service: '정서지원 프로그램' } },
    t.supervisor,
  );
  expect(sent.sendReferral.errors).toEqual([]);
  const referralId: string = sent.sendReferral.referral.id;
  for (const step of ['receiveReferral', 'acceptReferral']) {
    const r = await gqlOk(
      `mutation($id: ID!) { ${step}(input: { referralId: $id }) { errors { code } } }`,
      { id: referralId },
      t.agency,
    );
    expect(r[step].errors).toEqual([]);
  }
  await withdraw(setUp);
  if (access === 'CONSENTED_BASIC') await recordConsent(householdId, ['BASIC', 'HEALTH']);
  if (access === 'CONSENTED_WITHOUT_BASIC') await recordConsent(householdId, ['HEALTH']);
  if (access === 'WITHDRAWN') await withdraw(await recordConsent(householdId, ['BASIC']));

  let candidateId: string | null = null;
  if (readerOf[access] === 'worker') {
    const [{ id: ruleSetId }] = await app.db.query(
      `SELECT id FROM screening_rule_sets WHERE region_code IS NULL ORDER BY version DESC LIMIT 1`,
    );
    const [round] = await app.db.query(
      `INSERT INTO screening_rounds (as_of, status, progress, national_rule_set_id) VALUES (now(), 'DONE', 1, $1) RETURNING id`,
      [ruleSetId],
    );
    const [candidate] = await app.db.query(
      `INSERT INTO screening_candidates (round_id, household_id, sigungu_code, region_code, rank, score, picked_by, rule_set_id, indicators, rules)
       VALUES ($1, $2, '1111000000', $3, 1, 10, 'NATIONAL', $4, '[]', '[]') RETURNING id`,
      [round.id, householdId, regionCode, ruleSetId],
    );
    candidateId = candidate.id;
  }
  fixtures[access] = { householdId, caseId, referralId, candidateId };
}

const QUERIES: Record<Reader, { query: string; id: (f: (typeof fixtures)[Access]) => string | null }> = {
  household: { query: `query($id: ID!) { household(id: $id) { id address } }`, id: (f) => f.householdId },
  consents: { query: `query($id: ID!) { consents(householdId: $id) { id } }`, id: (f) => f.householdId },
  case: { query: `query($id: ID!) { case(id: $id) { id } }`, id: (f) => f.caseId },
  caseHousehold: { query: `query($id: ID!) { case(id: $id) { id household { id } } }`, id: (f) => f.caseId },
  referralHousehold: {
    query: `query($id: ID!) { referral(id: $id) { id household { id } } }`,
    id: (f) => f.referralId,
  },
  candidateHousehold: {
    query: `query($id: ID!) { candidate(id: $id) { id household { id } } }`,
    id: (f) => f.candidateId,
  },
};

// The table: what each reader answers for each access.
const EXPECTED: Record<Reader, Record<Access, Answer>> = {
  household: {
    FULL: 'DATA',
    CONSENTED_BASIC: 'DATA',
    CONSENTED_WITHOUT_BASIC: 'NO_CONSENT',
    WITHDRAWN: 'NO_CONSENT',
    NONE: 'NO_CONSENT',
    OUT_OF_AREA: 'FORBIDDEN',
  },
  consents: {
    FULL: 'DATA',
    CONSENTED_BASIC: 'DATA',
    CONSENTED_WITHOUT_BASIC: 'NO_CONSENT',
    WITHDRAWN: 'NO_CONSENT',
    NONE: 'NO_CONSENT',
    OUT_OF_AREA: 'FORBIDDEN',
  },
  // A partner agency sees the case with any consent (only the covered items), none without.
  case: {
    FULL: 'DATA',
    CONSENTED_BASIC: 'DATA',
    CONSENTED_WITHOUT_BASIC: 'DATA',
    WITHDRAWN: 'NO_CONSENT',
    NONE: 'NO_CONSENT',
    OUT_OF_AREA: 'FORBIDDEN',
  },
  caseHousehold: {
    FULL: 'DATA',
    CONSENTED_BASIC: 'DATA',
    CONSENTED_WITHOUT_BASIC: 'NO_CONSENT',
    WITHDRAWN: 'NO_CONSENT',
    NONE: 'NO_CONSENT',
    OUT_OF_AREA: 'FORBIDDEN',
  },
  // The receiving agency always sees its referral; the household only as far as consent allows.
  // A public worker of another area does not learn that the referral exists.
  referralHousehold: {
    FULL: 'DATA',
    CONSENTED_BASIC: 'DATA',
    CONSENTED_WITHOUT_BASIC: 'NO_CONSENT',
    WITHDRAWN: 'NO_CONSENT',
    NONE: 'NO_CONSENT',
    OUT_OF_AREA: 'NULL',
  },
  // Candidates are for public workers: a private agency's role may not read the queue at all.
  candidateHousehold: {
    FULL: 'DATA',
    CONSENTED_BASIC: 'FORBIDDEN',
    CONSENTED_WITHOUT_BASIC: 'FORBIDDEN',
    WITHDRAWN: 'FORBIDDEN',
    NONE: 'FORBIDDEN',
    OUT_OF_AREA: 'FORBIDDEN',
  },
};

const ROWS = (Object.keys(EXPECTED) as Reader[]).flatMap((reader) =>
  (Object.keys(EXPECTED[reader]) as Access[]).map((access) => ({
    reader,
    access,
    expected: EXPECTED[reader][access],
  })),
);

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'supervisor', 'agency']) t[who] = await app.signIn(who as never);
  [{ id: welfareId }] = await app.db.query(
    `SELECT agency_id AS id FROM users WHERE email = 'agency@demo.ieum.kr'`,
  );
  const [{ code: otherDong }] = await app.db.query(
    `SELECT code FROM regions WHERE parent_code = '1111000000' AND level = 'EUPMYEONDONG' AND code <> $1 ORDER BY code LIMIT 1`,
    [CHEONGUN],
  );
  for (const access of Object.keys(readerOf) as Access[]) {
    // The private agency rows use a household in the worker's 동 too: only consent decides there.
    await arrange(access, access === 'OUT_OF_AREA' ? otherDong : CHEONGUN);
  }
}, 120_000);
afterAll(() => app?.close());

describe('readHousehold: one answer per reader and access', () => {
  it.each(ROWS)('$reader for $access answers $expected', async ({ reader, access, expected }) => {
    const fixture = fixtures[access];
    const who = readerOf[access];
    const id = QUERIES[reader].id(fixture) ?? fixtures.FULL.candidateId!; // a private agency probes a real candidate
    const before = await app.db.query(`SELECT count(*)::int AS n FROM access_log WHERE account = $1`, [
      `${who}@demo.ieum.kr`,
    ]);
    const r = await app.gql(QUERIES[reader].query, { id }, { token: t[who] });
    const root = r.data ? Object.values(r.data)[0] : undefined;
    if (expected === 'DATA') {
      expect(r.errors).toBeUndefined();
      expect(root).not.toBeNull();
      // Reading a household's data writes the access log (개인정보 접근기록).
      const after = await app.db.query(`SELECT count(*)::int AS n FROM access_log WHERE account = $1`, [
        `${who}@demo.ieum.kr`,
      ]);
      expect(after[0].n).toBeGreaterThan(before[0].n);
    } else if (expected === 'NULL') {
      expect(r.errors).toBeUndefined();
      expect(root).toBeNull();
    } else {
      expect(firstErrorCode(r)).toBe(expected);
    }
  });
});

describe('sendReferral and consent', () => {
  it('answers ConsentRequiredError naming the household and the missing item when no consent covers BASIC', async () => {
    const { householdId, caseId } = fixtures.CONSENTED_WITHOUT_BASIC;
    const r = await app.gql(
      `mutation($input: SendReferralInput!) { sendReferral(input: $input) {
         referral { id } errors { code path ... on ConsentRequiredError { householdId scope } } } }`,
      { input: { caseId, toAgencyId: welfareId, service: '방문 상담' } },
      { token: t.supervisor },
    );
    expect(r.data.sendReferral).toEqual({
      referral: null,
      errors: [{ code: 'NO_CONSENT', path: ['input', 'toAgencyId'], householdId, scope: 'BASIC' }],
    });
  });
});
