import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

const CHEONGUN = '1111051500'; // 청운효자동, the demo worker's 동
const SAJIK = '1111053000'; // 사직동, another 동 of 종로구
const JONGNO = '1111000000';

const LIST = `query List($filter: HouseholdFilter, $first: Int, $after: String) {
  households(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { id address region { code } members { relationship person { id name rrnMasked birthDate sex } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const REGISTER = `mutation Register($input: RegisterHouseholdInput!) {
  registerHousehold(input: $input) {
    household { id address members { relationship person { id name rrnMasked birthDate sex } } }
    errors { code message path }
  }
}`;

let app: TestApp;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'supervisor', 'agency', 'analyst', 'admin'] as const)
    tokens[who] = await app.signIn(who);
});
afterAll(() => app?.close());

async function householdIdIn(region: string): Promise<string> {
  const [row] = await app.db.query(`SELECT id FROM households WHERE region_code = $1 LIMIT 1`, [region]);
  return row.id;
}

describe('households', () => {
  it('shows a 읍면동 worker only the households of their 읍면동', async () => {
    const r = await app.gql(LIST, { first: 200 }, { token: tokens.worker });
    expect(r.errors).toBeUndefined();
    const regions = new Set(r.data.households.edges.map((e: any) => e.node.region.code));
    expect([...regions]).toEqual([CHEONGUN]);
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM households WHERE region_code = $1`, [
      CHEONGUN,
    ]);
    expect(r.data.households.totalCount).toBe(n);
  });

  it('shows a 시군구 supervisor every 읍면동 of the 시군구', async () => {
    const r = await app.gql(LIST, { filter: { regionCode: SAJIK }, first: 5 }, { token: tokens.supervisor });
    expect(r.errors).toBeUndefined();
    expect(r.data.households.totalCount).toBeGreaterThan(0);
    const all = await app.gql(LIST, { first: 1 }, { token: tokens.supervisor });
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM households WHERE region_code LIKE '11110%'`,
    );
    expect(all.data.households.totalCount).toBe(n);
  });

  it('shows an analyst households in every region', async () => {
    const r = await app.gql(LIST, { first: 1 }, { token: tokens.analyst });
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM households`);
    expect(r.data.households.totalCount).toBe(n);
  });

  it.each([
    { name: 'a worker asking for the whole 시군구', who: 'worker', filter: { regionCode: JONGNO } },
    { name: 'a worker asking for another 동', who: 'worker', filter: { regionCode: SAJIK } },
    {
      name: 'a supervisor asking for another 시군구',
      who: 'supervisor',
      filter: { regionCode: '5172000000' },
    },
    { name: 'a private agency listing households', who: 'agency', filter: {} },
  ])('answers FORBIDDEN, not an empty list, to $name', async ({ who, filter }) => {
    const r = await app.gql(LIST, { filter, first: 5 }, { token: tokens[who] });
    expect(firstErrorCode(r)).toBe('FORBIDDEN');
    expect(r.data).toBeNull();
  });

  it('answers FORBIDDEN for one household outside the worker’s 동', async () => {
    const id = await householdIdIn(SAJIK);
    const r = await app.gql(
      `query($id: ID!) { household(id: $id) { id } }`,
      { id },
      { token: tokens.worker },
    );
    expect(firstErrorCode(r)).toBe('FORBIDDEN');
    const ok = await app.gql(
      `query($id: ID!) { household(id: $id) { id } }`,
      { id },
      { token: tokens.supervisor },
    );
    expect(ok.data.household.id).toBe(id);
  });

  it('answers UNAUTHENTICATED without a sign-in', async () => {
    const r = await app.gql(LIST, { first: 5 });
    expect(firstErrorCode(r)).toBe('UNAUTHENTICATED');
  });

  it('finds households by a member’s name prefix', async () => {
    const [{ name }] = await app.db.query(
      `SELECT p.name FROM persons p JOIN household_members m ON m.person_id = p.id JOIN households h ON h.id = m.household_id
       WHERE h.region_code = $1 LIMIT 1`,
      [CHEONGUN],
    );
    const r = await app.gql(
      LIST,
      { filter: { search: name.slice(0, 2) }, first: 50 },
      { token: tokens.worker },
    );
    expect(r.data.households.totalCount).toBeGreaterThan(0);
    for (const e of r.data.households.edges) {
      expect(e.node.members.some((m: any) => m.person.name.startsWith(name.slice(0, 2)))).toBe(true);
    }
    const none = await app.gql(LIST, { filter: { search: '%' }, first: 5 }, { token: tokens.worker });
    expect(none.data.households.totalCount).toBe(0);
  });

  it('counts a country-wide name search exactly as the households that have such a member', async () => {
    const r = await app.gql(LIST, { filter: { search: '김' }, first: 5 }, { token: tokens.analyst });
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM households h WHERE EXISTS (SELECT 1 FROM household_members m JOIN persons p ON p.id = m.person_id
       WHERE m.household_id = h.id AND p.name LIKE '김%')`,
    );
    expect(n).toBeGreaterThan(0);
    expect(r.data.households.totalCount).toBe(n);
  });

  it('pages through every household once with cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const r: any = await app.gql(LIST, { first: 7, after }, { token: tokens.worker });
      total = r.data.households.totalCount;
      seen.push(...r.data.households.edges.map((e: any) => e.node.id));
      after = r.data.households.pageInfo.hasNextPage ? r.data.households.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('rejects a page size over the limit and a forged cursor', async () => {
    expect(firstErrorCode(await app.gql(LIST, { first: 1000 }, { token: tokens.worker }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(firstErrorCode(await app.gql(LIST, { first: 5, after: 'bm9wZQ' }, { token: tokens.worker }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('shows members with masked numbers only, never the full number', async () => {
    const r = await app.gql(LIST, { first: 20 }, { token: tokens.worker });
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/\d{6}-?\d{7}/);
    for (const e of r.data.households.edges) {
      for (const m of e.node.members) expect(m.person.rrnMasked).toMatch(/^\d{6}-[1-4]\*{6}$/);
    }
  });

  it('sends the same number of SQL statements for 50 households as for 5', async () => {
    const q = `query { households(first: $N) { edges { node { members { person { name } } } } } }`;
    const count = async (n: number) => {
      const before = app.statements.count;
      const r = await app.gql(q.replace('$N', String(n)), {}, { token: tokens.supervisor });
      expect(r.data.households.edges.length).toBe(n);
      return app.statements.count - before;
    };
    await count(5); // warm
    expect(await count(50)).toBe(await count(5));
  });
});

describe('registerHousehold', () => {
  const members = () => [
    { name: '가상인', rrn: testRrn('1961-03-14', 'MALE'), relationship: 'HEAD' },
    { name: '가상배', rrn: testRrn('1964-07-02', 'FEMALE'), relationship: 'SPOUSE' },
    { name: '가상아', rrn: testRrn('2021-01-05', 'FEMALE'), relationship: 'CHILD' },
  ];

  it('registers a household whose members show with derived birth date, sex and a masked number', async () => {
    const input = { regionCode: CHEONGUN, address: '청운효자동 시험길 1', members: members() };
    const r = await app.gql(REGISTER, { input }, { token: tokens.worker });
    expect(r.data.registerHousehold.errors).toEqual([]);
    const h = r.data.registerHousehold.household;
    expect(h.members.map((m: any) => m.relationship)).toEqual(['HEAD', 'SPOUSE', 'CHILD']);
    expect(h.members[0].person).toMatchObject({
      birthDate: '1961-03-14',
      sex: 'MALE',
      rrnMasked: `610314-1******`,
    });
    expect(h.members[2].person).toMatchObject({
      birthDate: '2021-01-05',
      sex: 'FEMALE',
      rrnMasked: `210105-4******`,
    });
  });

  it('stores the number only encrypted, with a keyed hash, never in plaintext', async () => {
    const input = { regionCode: CHEONGUN, address: '청운효자동 시험길 2', members: members().slice(0, 1) };
    const digits = input.members[0].rrn.replace('-', '');
    await app.gql(REGISTER, { input }, { token: tokens.worker });
    const [row] = await app.db.query(
      `SELECT p.* FROM persons p WHERE p.name = '가상인' ORDER BY created_at DESC LIMIT 1`,
    );
    const everything = JSON.stringify(row) + Buffer.from(row.rrn_encrypted).toString('latin1');
    expect(everything).not.toContain(digits);
    expect(everything).not.toContain(digits.slice(6));
    const dump = await app.db.query(`SELECT string_agg(t::text, '') AS s FROM persons t`);
    expect(dump[0].s).not.toContain(digits.slice(6));
  });

  it('refuses an impossible number as INVALID_RRN naming the member, and stores nothing', async () => {
    const [{ n: before }] = await app.db.query(`SELECT count(*)::int AS n FROM persons`);
    const input = { regionCode: CHEONGUN, address: '청운효자동 시험길 3', members: members() };
    input.members[1].rrn = '640230-2123456'; // 30 February
    const r = await app.gql(REGISTER, { input }, { token: tokens.worker });
    expect(r.data.registerHousehold.household).toBeNull();
    expect(r.data.registerHousehold.errors).toEqual([
      expect.objectContaining({ code: 'INVALID_RRN', path: ['input', 'members', '1', 'rrn'] }),
    ]);
    const [{ n: after }] = await app.db.query(`SELECT count(*)::int AS n FROM persons`);
    expect(after).toBe(before);
  });

  it.each([
    { name: 'a wrong format', rrn: '12345' },
    { name: 'a sex digit that does not fit the century (born in the future)', rrn: '300101-3123456' },
    { name: 'an unknown sex digit', rrn: '900101-x123456' },
  ])('refuses $name as INVALID_RRN', async ({ rrn }) => {
    const input = {
      regionCode: CHEONGUN,
      address: '청운효자동 시험길 4',
      members: [{ name: '가상', rrn, relationship: 'HEAD' }],
    };
    const r = await app.gql(REGISTER, { input }, { token: tokens.worker });
    expect(r.data.registerHousehold.errors[0]).toMatchObject({
      code: 'INVALID_RRN',
      path: ['input', 'members', '0', 'rrn'],
    });
    expect(JSON.stringify(r)).not.toContain(rrn);
  });

  it('asks the worker to confirm a check-digit mismatch, then stores it flagged', async () => {
    const rrn = testRrn('1975-05-05', 'MALE', { badCheckDigit: true });
    const input = {
      regionCode: CHEONGUN,
      address: '청운효자동 시험길 5',
      members: [{ name: '가상확인', rrn, relationship: 'HEAD' }],
    };
    const first = await app.gql(REGISTER, { input }, { token: tokens.worker });
    expect(first.data.registerHousehold.errors[0]).toMatchObject({
      code: 'RRN_CHECK_DIGIT_UNCONFIRMED',
      path: ['input', 'members', '0', 'rrn'],
    });
    input.members[0] = { ...input.members[0], confirmCheckDigitMismatch: true } as any;
    const second = await app.gql(REGISTER, { input }, { token: tokens.worker });
    expect(second.data.registerHousehold.errors).toEqual([]);
    const [row] = await app.db.query(`SELECT rrn_check_digit_mismatch FROM persons WHERE name = '가상확인'`);
    expect(row.rrn_check_digit_mismatch).toBe(true);
  });

  it('refuses a person already registered as DUPLICATE_PERSON, naming the member', async () => {
    const m = members();
    await app.gql(
      REGISTER,
      { input: { regionCode: CHEONGUN, address: '청운효자동 시험길 6', members: [m[0]] } },
      { token: tokens.worker },
    );
    const again = {
      regionCode: CHEONGUN,
      address: '청운효자동 시험길 7',
      members: [
        { ...m[1], relationship: 'HEAD' },
        { ...m[0], relationship: 'SPOUSE' },
      ],
    };
    const r = await app.gql(REGISTER, { input: again }, { token: tokens.worker });
    expect(r.data.registerHousehold.errors).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_PERSON', path: ['input', 'members', '1', 'rrn'] }),
    ]);
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM households WHERE address = '청운효자동 시험길 7'`,
    );
    expect(n).toBe(0);
  });

  it('refuses registration outside the worker’s area as FORBIDDEN', async () => {
    const r = await app.gql(
      REGISTER,
      { input: { regionCode: SAJIK, address: '사직동 시험길 1', members: members() } },
      { token: tokens.worker },
    );
    expect(r.data.registerHousehold.errors[0]).toMatchObject({
      code: 'FORBIDDEN',
      path: ['input', 'regionCode'],
    });
  });

  it('refuses an analyst (read-only) with a GraphQL FORBIDDEN', async () => {
    const r = await app.gql(
      REGISTER,
      { input: { regionCode: CHEONGUN, address: 'x', members: members() } },
      { token: tokens.analyst },
    );
    expect(firstErrorCode(r)).toBe('FORBIDDEN');
  });

  it('requires exactly one head of household', async () => {
    const m = members().map((x) => ({ ...x, relationship: 'CHILD' }));
    const r = await app.gql(
      REGISTER,
      { input: { regionCode: CHEONGUN, address: '청운효자동 시험길 8', members: m } },
      { token: tokens.worker },
    );
    expect(r.data.registerHousehold.errors[0]).toMatchObject({
      code: 'VALIDATION',
      path: ['input', 'members'],
    });
  });

  it('flags every missing field of an empty form at once, not only the region', async () => {
    const r = await app.gql(
      REGISTER,
      { input: { regionCode: '', address: ' ', members: [{ name: '', rrn: '', relationship: 'HEAD' }] } },
      { token: tokens.worker },
    );
    expect(r.data.registerHousehold.errors.map((e: { path: string[] }) => e.path.join('.')).sort()).toEqual([
      'input.address',
      'input.members.0.name',
      'input.members.0.rrn',
      'input.regionCode',
    ]);
  });

  it('lets two workers racing on the same person store it once', async () => {
    const m = members()[0];
    const input = (n: number) => ({ regionCode: CHEONGUN, address: `청운효자동 경합길 ${n}`, members: [m] });
    const results = await Promise.all(
      [1, 2, 3].map((n) => app.gql(REGISTER, { input: input(n) }, { token: tokens.worker })),
    );
    const stored = results.filter((r) => r.data.registerHousehold.household);
    expect(stored.length).toBe(1);
    for (const r of results.filter((x) => !x.data.registerHousehold.household)) {
      expect(r.data.registerHousehold.errors[0].code).toBe('DUPLICATE_PERSON');
    }
  });
});
