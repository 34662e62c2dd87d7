// 소득·재산 and 수급자격 판정 through GraphQL on a real server: recording means, deciding with the
// stored trace, supersession, the household guard (area and consent), the access log and the
// database's append-only rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKorea } from '../../clock';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

const CHEONGUN = '1111051500'; // 청운효자동, the demo worker's 동
const SAJIK = '1111053000'; // 사직동, another 동 of 종로구
const AS_OF = '2026-03-01';

const RECORD = `mutation($input: RecordHouseholdMeansInput!) {
  recordHouseholdMeans(input: $input) {
    means { id asOf }
    errors { code message path ... on ValidationError { rule } }
  }
}`;
const DECIDE = `mutation($input: DecideEligibilityInput!) {
  decideEligibility(input: $input) {
    decisions {
      id programme eligible monthlyAmount threshold incomeRecognized reasons asOf parameterVersion superseded
      trace { label formula value parameters { name effectiveFrom value } }
      parameters { name effectiveFrom value }
      decidedBy { name } decidedAt means { id asOf } supersedes { id monthlyAmount }
    }
    errors { code message path ... on ParameterMissingError { parameter date } ... on ValidationError { rule } }
  }
}`;
const DECISIONS = `query($id: ID!, $all: Boolean) {
  eligibilityDecisions(householdId: $id, includeSuperseded: $all) {
    id programme eligible monthlyAmount superseded supersedes { id } means { id }
  }
}`;
const MEANS = `query($id: ID!) {
  household(id: $id) {
    id
    means {
      id asOf recordedAt recordedBy { name }
      incomes { person { id } kind monthlyAmount source }
      property { person { id } kind amount source engineCc modelYear use }
      facts { person { id } disabled student }
    }
    meansHistory { id asOf }
  }
}`;

let app: TestApp;
const t: Record<string, string> = {};
let welfareId: string;

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'supervisor', 'agency', 'analyst'] as const) t[who] = await app.signIn(who);
  const [welfare] = await app.db.query(
    `SELECT a.id FROM agencies a JOIN users u ON u.agency_id = a.id WHERE u.email LIKE 'agency@%'`,
  );
  welfareId = welfare.id;
});
afterAll(() => app?.close());

async function gqlData(query: string, variables: Record<string, unknown>, token: string) {
  const r = await app.gql(query, variables, { token });
  expect(r.errors).toBeUndefined();
  return r.data;
}

// A household of synthetic people registered by the 시군구 supervisor; the head first.
async function household(
  regionCode: string,
  members: { birthDate: string; relationship: string }[],
): Promise<{ id: string; personIds: string[] }> {
  const data = await gqlData(
    `mutation($input: RegisterHouseholdInput!) {
      registerHousehold(input: $input) { household { id members { relationship person { id birthDate } } } errors { code path } }
    }`,
    {
      input: {
        regionCode,
        address: `판정길 ${Math.random().toString(36).slice(2, 8)}`,
        members: members.map((m, i) => ({
          name: `가구원${i}`,
          rrn: testRrn(m.birthDate, i % 2 ? 'FEMALE' : 'MALE'),
          relationship: m.relationship,
        })),
      },
    },
    t.supervisor,
  );
  expect(data.registerHousehold.errors).toEqual([]);
  const h = data.registerHousehold.household;
  const ordered = members.map(
    (m) =>
      h.members.find((x: any) => x.person.birthDate === m.birthDate && x.relationship === m.relationship)
        .person.id as string,
  );
  return { id: h.id, personIds: ordered };
}

const record = async (input: Record<string, unknown>, token = t.worker) =>
  (await gqlData(RECORD, { input }, token)).recordHouseholdMeans;
const decide = async (input: Record<string, unknown>, token = t.worker) =>
  (await gqlData(DECIDE, { input }, token)).decideEligibility;
const byProgramme = (decisions: any[]) => Object.fromEntries(decisions.map((d) => [d.programme, d]));

async function recordConsent(householdId: string, scopes: string[]) {
  const inAYear = new Date(Date.parse(todayInKorea()) + 365 * 86_400_000).toISOString().slice(0, 10);
  const data = await gqlData(
    `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { consent { id } errors { code } } }`,
    {
      input: {
        householdId,
        granteeAgencyId: welfareId,
        scopes,
        purpose: '급여 신청 대행',
        validUntil: inAYear,
      },
    },
    t.supervisor,
  );
  expect(data.recordConsent.errors).toEqual([]);
}

const accessRows = async (personId: string, account: string) =>
  app.db.query(
    `SELECT action, operation FROM access_log WHERE person_id = $1 AND account LIKE $2 ORDER BY id`,
    [personId, `${account}@%`],
  );

describe('recordHouseholdMeans', () => {
  it('recordHouseholdMeans stores dated rows per person with their sources, and Household.means reads them back', async () => {
    const h = await household(CHEONGUN, [
      { birthDate: '1980-05-01', relationship: 'HEAD' },
      { birthDate: '2012-09-01', relationship: 'CHILD' },
    ]);
    const [head, child] = h.personIds;
    const r = await record({
      householdId: h.id,
      asOf: AS_OF,
      incomes: [
        { personId: head, kind: 'EARNED', monthlyAmount: 1_200_000, source: 'REPORTED' },
        { personId: head, kind: 'PUBLIC_TRANSFER', monthlyAmount: 100_000, source: 'QUERIED' },
      ],
      property: [
        { kind: 'RESIDENTIAL', amount: 50_000_000, source: 'QUERIED' },
        {
          personId: head,
          kind: 'CAR',
          amount: 3_000_000,
          source: 'ESTIMATED',
          engineCc: 998,
          modelYear: 2012,
          use: 'PRIVATE',
        },
        { personId: head, kind: 'DEBT', amount: 10_000_000, source: 'REPORTED' },
      ],
      facts: [{ personId: child, disabled: true, student: true }],
    });
    expect(r.errors).toEqual([]);
    expect(r.means.asOf).toBe(AS_OF);

    const m = (await gqlData(MEANS, { id: h.id }, t.worker)).household;
    expect(m.means.id).toBe(r.means.id);
    expect(m.means.recordedBy.name).toContain('김복지');
    expect(m.means.incomes).toEqual([
      { person: { id: head }, kind: 'EARNED', monthlyAmount: 1_200_000, source: 'REPORTED' },
      { person: { id: head }, kind: 'PUBLIC_TRANSFER', monthlyAmount: 100_000, source: 'QUERIED' },
    ]);
    expect(m.means.property).toEqual([
      {
        person: null,
        kind: 'RESIDENTIAL',
        amount: 50_000_000,
        source: 'QUERIED',
        engineCc: null,
        modelYear: null,
        use: null,
      },
      {
        person: { id: head },
        kind: 'CAR',
        amount: 3_000_000,
        source: 'ESTIMATED',
        engineCc: 998,
        modelYear: 2012,
        use: 'PRIVATE',
      },
      {
        person: { id: head },
        kind: 'DEBT',
        amount: 10_000_000,
        source: 'REPORTED',
        engineCc: null,
        modelYear: null,
        use: null,
      },
    ]);
    expect(m.means.facts).toEqual([{ person: { id: child }, disabled: true, student: true }]);

    // A correction is a new record; the old one stays in the history.
    const again = await record({ householdId: h.id, asOf: AS_OF, incomes: [] });
    const after = (await gqlData(MEANS, { id: h.id }, t.worker)).household;
    expect(after.means.id).toBe(again.means.id);
    expect(after.meansHistory.map((x: any) => x.id)).toEqual([again.means.id, r.means.id]);
  });

  it('recordHouseholdMeans writes access-log rows for every member, the write and the read', async () => {
    const h = await household(CHEONGUN, [
      { birthDate: '1970-01-01', relationship: 'HEAD' },
      { birthDate: '1972-02-02', relationship: 'SPOUSE' },
    ]);
    await record({ householdId: h.id, asOf: AS_OF });
    for (const p of h.personIds) {
      const rows = await accessRows(p, 'worker');
      expect(rows.map((x: any) => x.action)).toEqual(expect.arrayContaining(['CREATE']));
      expect(rows.every((x: any) => x.operation.includes('recordHouseholdMeans'))).toBe(true);
    }
    await gqlData(MEANS, { id: h.id }, t.worker);
    for (const p of h.personIds) {
      const reads = (await accessRows(p, 'worker')).filter((x: any) => x.operation.includes('household'));
      expect(reads.map((x: any) => x.action)).toContain('READ');
    }
  });

  it.each([
    {
      what: 'a negative income',
      input: (p: string[]) => ({
        incomes: [{ personId: p[0], kind: 'EARNED', monthlyAmount: -1, source: 'REPORTED' }],
      }),
      path: ['input', 'incomes', '0', 'monthlyAmount'],
      rule: 'OUT_OF_RANGE',
    },
    {
      what: 'an absurd property',
      input: () => ({ property: [{ kind: 'FINANCIAL', amount: 5_000_000_000_000, source: 'REPORTED' }] }),
      path: ['input', 'property', '0', 'amount'],
      rule: 'OUT_OF_RANGE',
    },
    {
      what: 'a person who is not a member',
      input: (_p: string[], outsider: string) => ({
        incomes: [{ personId: outsider, kind: 'EARNED', monthlyAmount: 1, source: 'REPORTED' }],
      }),
      path: ['input', 'incomes', '0', 'personId'],
      rule: 'NOT_ALLOWED_VALUE',
    },
    {
      what: 'a future asOf',
      input: () => ({ asOf: '2099-01-01' }),
      path: ['input', 'asOf'],
      rule: 'DATE_IN_FUTURE',
    },
    {
      what: 'a car without its engine size',
      input: (p: string[]) => ({
        property: [
          {
            personId: p[0],
            kind: 'CAR',
            amount: 1_000_000,
            source: 'REPORTED',
            modelYear: 2010,
            use: 'PRIVATE',
          },
        ],
      }),
      path: ['input', 'property', '0', 'engineCc'],
      rule: 'REQUIRED',
    },
  ])(
    'recordHouseholdMeans returns VALIDATION for $what and stores nothing',
    async ({ input, path, rule }) => {
      const h = await household(CHEONGUN, [{ birthDate: '1960-01-01', relationship: 'HEAD' }]);
      const other = await household(CHEONGUN, [{ birthDate: '1961-01-01', relationship: 'HEAD' }]);
      const r = await record({ householdId: h.id, asOf: AS_OF, ...input(h.personIds, other.personIds[0]!) });
      expect(r.means).toBeNull();
      expect(r.errors).toContainEqual(expect.objectContaining({ code: 'VALIDATION', path, rule }));
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM household_means WHERE household_id = $1`,
        [h.id],
      );
      expect(n).toBe(0);
    },
  );

  it('recordHouseholdMeans answers NOT_FOUND for an unknown household', async () => {
    const r = await record({ householdId: '00000000-0000-4000-8000-000000000000', asOf: AS_OF });
    expect(r.errors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', path: ['input', 'householdId'] }),
    ]);
  });

  it('recordHouseholdMeans is FORBIDDEN to a worker of another 읍면동 and to a private agency', async () => {
    const h = await household(SAJIK, [{ birthDate: '1960-01-01', relationship: 'HEAD' }]);
    const asWorker = await app.gql(
      RECORD,
      { input: { householdId: h.id, asOf: AS_OF } },
      { token: t.worker },
    );
    expect(firstErrorCode(asWorker)).toBe('FORBIDDEN');
    const asAgency = await app.gql(
      RECORD,
      { input: { householdId: h.id, asOf: AS_OF } },
      { token: t.agency },
    );
    expect(firstErrorCode(asAgency)).toBe('FORBIDDEN');
    // The 시군구 supervisor covers 사직동.
    expect((await record({ householdId: h.id, asOf: AS_OF }, t.supervisor)).errors).toEqual([]);
  });
});

describe('decideEligibility', () => {
  it('decideEligibility without means on record answers INVALID_STATE and stores nothing', async () => {
    const h = await household(CHEONGUN, [{ birthDate: '1950-01-01', relationship: 'HEAD' }]);
    const r = await decide({ householdId: h.id, asOf: AS_OF });
    expect(r.decisions).toEqual([]);
    expect(r.errors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', path: ['input', 'asOf'] })]);
    expect(r.errors[0].message).toMatch(/recordHouseholdMeans/);
  });

  it('decideEligibility stores one decision per programme with its trace, parameters and the means used', async () => {
    const h = await household(CHEONGUN, [{ birthDate: '1950-01-01', relationship: 'HEAD' }]);
    const means = await record({ householdId: h.id, asOf: '2026-02-01' });
    const r = await decide({ householdId: h.id, asOf: AS_OF });
    expect(r.errors).toEqual([]);
    const d = byProgramme(r.decisions);
    // The same figures as the calculator gives for a single 76-year-old in 서울 with nothing.
    expect(d.BASIC_PENSION.monthlyAmount).toBe(349700);
    expect(d.LIVELIHOOD).toMatchObject({
      eligible: true,
      monthlyAmount: 470856,
      threshold: 820556,
      asOf: AS_OF,
    });
    expect(d.LIVELIHOOD.trace).toContainEqual(
      expect.objectContaining({
        label: '생계급여 선정기준액',
        formula: '기준 중위소득 2,564,238원 × 32% = 820,556원 (원 단위 반올림)',
        parameters: expect.arrayContaining([
          { name: 'median_income.size_1', effectiveFrom: '2026-01-01', value: '2564238' },
        ]),
      }),
    );
    expect(d.LIVELIHOOD.parameters).toContainEqual({
      name: 'median_income.size_1',
      effectiveFrom: '2026-01-01',
      value: '2564238',
    });
    expect(d.LIVELIHOOD.reasons.length).toBeGreaterThan(0);
    for (const x of r.decisions) {
      expect(x.means).toEqual({ id: means.means.id, asOf: '2026-02-01' });
      expect(x.decidedBy.name).toContain('김복지');
      expect(x.supersedes).toBeNull();
      expect(x.parameterVersion).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(new Set(r.decisions.map((x: any) => x.parameterVersion)).size).toBe(1);

    // Read back later, the trace is the same text and the same parameter values.
    const later = await gqlData(
      `query($id: ID!) { eligibilityDecisions(householdId: $id) { programme trace { label formula value parameters { name effectiveFrom value } } } }`,
      { id: h.id },
      t.worker,
    );
    expect(byProgramme(later.eligibilityDecisions).LIVELIHOOD.trace).toEqual(d.LIVELIHOOD.trace);
    for (const p of h.personIds)
      expect(
        (await accessRows(p, 'worker')).some(
          (x: any) => x.action === 'CREATE' && x.operation.includes('decideEligibility'),
        ),
      ).toBe(true);
  });

  it('decideEligibility supersedes the current decision of each programme it decides again', async () => {
    const h = await household(CHEONGUN, [{ birthDate: '1950-01-01', relationship: 'HEAD' }]);
    const [head] = h.personIds;
    await record({ householdId: h.id, asOf: '2026-02-01' });
    const first = byProgramme((await decide({ householdId: h.id, asOf: AS_OF })).decisions);
    await record({
      householdId: h.id,
      asOf: AS_OF,
      incomes: [{ personId: head, kind: 'PUBLIC_TRANSFER', monthlyAmount: 200_000, source: 'QUERIED' }],
    });
    const second = await decide({ householdId: h.id, asOf: AS_OF, programmes: ['LIVELIHOOD'] });
    expect(second.errors).toEqual([]);
    expect(second.decisions).toHaveLength(1);
    const [again] = second.decisions;
    expect(again.supersedes).toEqual({ id: first.LIVELIHOOD.id, monthlyAmount: 470856 });
    expect(again.monthlyAmount).toBe(470856 - 200_000);

    const current = (await gqlData(DECISIONS, { id: h.id }, t.worker)).eligibilityDecisions;
    expect(current.map((x: any) => x.programme).sort()).toEqual(Object.keys(first).sort());
    expect(byProgramme(current).LIVELIHOOD.id).toBe(again.id);
    expect(byProgramme(current).BASIC_PENSION.id).toBe(first.BASIC_PENSION.id);

    const all = (await gqlData(DECISIONS, { id: h.id, all: true }, t.worker)).eligibilityDecisions;
    expect(all).toHaveLength(current.length + 1);
    expect(all.find((x: any) => x.id === first.LIVELIHOOD.id)).toMatchObject({
      superseded: true,
      supersedes: null,
    });
  });

  it('decideEligibility answers PARAMETER_MISSING for a date before the first parameter value', async () => {
    const h = await household(CHEONGUN, [{ birthDate: '1950-01-01', relationship: 'HEAD' }]);
    await record({ householdId: h.id, asOf: '2024-06-01' });
    const r = await decide({ householdId: h.id, asOf: '2024-12-31' });
    expect(r.decisions).toEqual([]);
    expect(r.errors[0]).toMatchObject({
      code: 'PARAMETER_MISSING',
      date: '2024-12-31',
      path: ['input', 'asOf'],
    });
    expect(r.errors[0].parameter).toMatch(/\./);
  });

  it.each([
    { what: 'a future asOf', input: { asOf: '2099-01-01' }, path: ['input', 'asOf'], rule: 'DATE_IN_FUTURE' },
    { what: 'no programme', input: { programmes: [] }, path: ['input', 'programmes'], rule: 'TOO_FEW' },
    {
      what: 'a programme twice',
      input: { programmes: ['HOUSING', 'HOUSING'] },
      path: ['input', 'programmes', '1'],
      rule: 'DUPLICATE_ITEM',
    },
  ])('decideEligibility returns VALIDATION for $what', async ({ input, path, rule }) => {
    const h = await household(CHEONGUN, [{ birthDate: '1950-01-01', relationship: 'HEAD' }]);
    await record({ householdId: h.id, asOf: '2026-01-15' });
    const r = await decide({ householdId: h.id, asOf: AS_OF, ...input });
    expect(r.decisions).toEqual([]);
    expect(r.errors).toContainEqual(expect.objectContaining({ code: 'VALIDATION', path, rule }));
  });

  it('decideEligibility is FORBIDDEN to a worker of another 읍면동 and to a private agency', async () => {
    const h = await household(SAJIK, [{ birthDate: '1950-01-01', relationship: 'HEAD' }]);
    await record({ householdId: h.id, asOf: '2026-01-15' }, t.supervisor);
    for (const token of [t.worker, t.agency, t.analyst]) {
      const r = await app.gql(DECIDE, { input: { householdId: h.id, asOf: AS_OF } }, { token });
      expect(firstErrorCode(r)).toBe('FORBIDDEN');
    }
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM eligibility_decisions WHERE household_id = $1`,
      [h.id],
    );
    expect(n).toBe(0);
  });
});

describe('reading means and decisions', () => {
  it('a worker of another 읍면동 is FORBIDDEN the decisions and the means', async () => {
    const h = await household(SAJIK, [{ birthDate: '1950-01-01', relationship: 'HEAD' }]);
    await record({ householdId: h.id, asOf: '2026-01-15' }, t.supervisor);
    await decide({ householdId: h.id, asOf: AS_OF }, t.supervisor);
    expect(firstErrorCode(await app.gql(DECISIONS, { id: h.id }, { token: t.worker }))).toBe('FORBIDDEN');
    expect(firstErrorCode(await app.gql(MEANS, { id: h.id }, { token: t.worker }))).toBe('FORBIDDEN');
  });

  it('a private agency reads means and decisions only while a consent covers FINANCES, and is logged', async () => {
    const h = await household(CHEONGUN, [{ birthDate: '1950-01-01', relationship: 'HEAD' }]);
    const [head] = h.personIds;
    await record({
      householdId: h.id,
      asOf: '2026-01-15',
      incomes: [{ personId: head, kind: 'PENSION', monthlyAmount: 300_000, source: 'QUERIED' }],
    });
    await decide({ householdId: h.id, asOf: AS_OF });
    const asAgency = () => app.gql(DECISIONS, { id: h.id }, { token: t.agency });
    expect(firstErrorCode(await asAgency())).toBe('NO_CONSENT');

    await recordConsent(h.id, ['BASIC']);
    expect(firstErrorCode(await asAgency())).toBe('NO_CONSENT');
    const basicOnly = await app.gql(MEANS, { id: h.id }, { token: t.agency });
    expect(basicOnly.data?.household?.id).toBe(h.id);
    expect(basicOnly.data?.household?.means).toBeNull();
    expect(firstErrorCode(basicOnly)).toBe('NO_CONSENT');

    await recordConsent(h.id, ['FINANCES']);
    const r = await asAgency();
    expect(r.errors).toBeUndefined();
    expect(r.data.eligibilityDecisions.length).toBeGreaterThan(0);
    const m = await gqlData(MEANS, { id: h.id }, t.agency);
    expect(m.household.means.incomes).toEqual([
      { person: { id: head }, kind: 'PENSION', monthlyAmount: 300_000, source: 'QUERIED' },
    ]);
    const rows = await accessRows(head, 'agency');
    expect(
      rows.filter((x: any) => x.action === 'READ' && x.operation.includes('eligibilityDecisions')).length,
    ).toBeGreaterThan(0);
  });

  it('eligibilityDecisions sends as many statements for two rounds of decisions as for four', async () => {
    const h = await household(CHEONGUN, [{ birthDate: '1950-01-01', relationship: 'HEAD' }]);
    await record({ householdId: h.id, asOf: '2026-01-15' });
    const FULL = `query($id: ID!) { eligibilityDecisions(householdId: $id, includeSuperseded: true) {
      id trace { label parameters { name } } parameters { name } decidedBy { name agency { name } }
      means { id incomes { kind } recordedBy { name } } supersedes { id trace { label } }
    } }`;
    const count = async () => {
      const before = app.statements.count;
      const r = await gqlData(FULL, { id: h.id }, t.worker);
      return { n: app.statements.count - before, rows: r.eligibilityDecisions.length };
    };
    for (let i = 0; i < 2; i++) await decide({ householdId: h.id, asOf: AS_OF });
    const two = await count();
    for (let i = 0; i < 2; i++) await decide({ householdId: h.id, asOf: AS_OF });
    const four = await count();
    expect(four.rows).toBe(two.rows * 2);
    expect(four.n).toBe(two.n);
  });

  it('the analyst, who holds no VIEW_MEANS, cannot list decisions', async () => {
    const h = await household(CHEONGUN, [{ birthDate: '1950-01-01', relationship: 'HEAD' }]);
    expect(firstErrorCode(await app.gql(DECISIONS, { id: h.id }, { token: t.analyst }))).toBe('FORBIDDEN');
  });
});

describe('the database keeps means and decisions append-only', () => {
  it('refuses to change or delete a decision, a means record or its rows', async () => {
    const h = await household(CHEONGUN, [{ birthDate: '1950-01-01', relationship: 'HEAD' }]);
    const [head] = h.personIds;
    await record({
      householdId: h.id,
      asOf: '2026-01-15',
      incomes: [{ personId: head, kind: 'EARNED', monthlyAmount: 100_000, source: 'REPORTED' }],
    });
    await decide({ householdId: h.id, asOf: AS_OF });
    await expect(
      app.db.query(`UPDATE eligibility_decisions SET eligible = NOT eligible WHERE household_id = $1`, [
        h.id,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      app.db.query(`DELETE FROM eligibility_decisions WHERE household_id = $1`, [h.id]),
    ).rejects.toThrow(/append-only/);
    await expect(app.db.query(`UPDATE household_means_incomes SET monthly_amount = 0`)).rejects.toThrow(
      /append-only/,
    );
    await expect(app.db.query(`DELETE FROM household_means WHERE household_id = $1`, [h.id])).rejects.toThrow(
      /append-only/,
    );
    await expect(app.db.query(`TRUNCATE eligibility_decisions CASCADE`)).rejects.toThrow(/append-only/);
    await expect(app.db.query(`UPDATE benefit_parameter_sets SET version = 'x'`)).rejects.toThrow(
      /append-only/,
    );
  });

  it('refuses a decision that supersedes one of another programme', async () => {
    const h = await household(CHEONGUN, [{ birthDate: '1950-01-01', relationship: 'HEAD' }]);
    await record({ householdId: h.id, asOf: '2026-01-15' });
    const d = byProgramme((await decide({ householdId: h.id, asOf: AS_OF })).decisions);
    await expect(
      app.db.query(
        `INSERT INTO eligibility_decisions (household_id, programme, as_of, eligible, reasons, trace, parameter_set_id, means_id, support_obligor, supersedes_id, decided_by)
         SELECT household_id, 'HOUSING', as_of, eligible, reasons, trace, parameter_set_id, means_id, support_obligor, id, decided_by
         FROM eligibility_decisions WHERE id = $1`,
        [d.LIVELIHOOD.id],
      ),
    ).rejects.toThrow(/supersedes one of its own/);
  });
});
