// 중복지원 점검: the district's overlapping provisions counted by one statement. The statement is the
// SQL form of the domain's overlap rule, so it is checked against `provisionsOverlap` over generated
// ledgers as well as over the rule's own table (same resource, same domain and exclusive category,
// periods touching on one day, open ends), and the query keeps to the supervisor's district.
import { provisionsOverlap, type NeedsDomain, type ProvisionFacts } from '@ieum/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';
import { overlapGroups, summariseOverlaps } from './overlap-dashboard.service';

let app: TestApp;
const t: Record<string, string> = {};
const households: string[] = [];
let farHousehold: string;
let centreId: string;
let welfareId: string;
const resources: string[] = [];

const DASHBOARD = `query($regionCode: String, $period: DatePeriod) {
  provisionOverlapDashboard(regionCode: $regionCode, period: $period) {
    regionCode overlaps overridden
    byDomain { domain overlaps overridden }
    byAgencyPair { firstAgency { name } secondAgency { name } overlaps overridden }
    byMonth { month overlaps overridden } } }`;

interface LedgerRow extends ProvisionFacts {
  agencyId: string;
  overrideReason: string | null;
  recordedAt: string;
}

async function registerHousehold(who: string, regionCode: string, name: string, birth: string) {
  const reg = await app.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } errors { code } } }`,
    {
      input: {
        regionCode,
        address: `${name} 가상길 2`,
        members: [{ name, rrn: testRrn(birth, 'MALE'), relationship: 'HEAD' }],
      },
    },
    { token: t[who] },
  );
  expect(reg.data.registerHousehold.errors).toEqual([]);
  return reg.data.registerHousehold.household.id as string;
}

async function createResource(name: string) {
  const created = await app.gql(
    `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } errors { code path } } }`,
    {
      input: {
        name,
        description: '시험용 자원',
        needsDomains: ['DAILY_LIVING'],
        serviceAreaCodes: ['1111000000'],
        regionCode: '1111051500',
        hours: [],
        status: 'PUBLISHED',
      },
    },
    { token: t.worker },
  );
  expect(created.data.createResource.errors).toEqual([]);
  return created.data.createResource.resource.id as string;
}

/** Replaces the ledger with these rows, written as recordProvision would store them. */
async function putLedger(rows: readonly LedgerRow[]) {
  await app.db.query(`DELETE FROM provisions`);
  await app.db.query(
    `INSERT INTO provisions (household_id, agency_id, resource_id, service, needs_domain, exclusive_category,
                             starts_on, ends_on, override_reason, recorded_by, recorded_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::varchar[], $6::text[],
                          $7::date[], $8::date[], $9::text[], $10::text[], $11::timestamptz[])`,
    [
      rows.map((r) => r.householdId),
      rows.map((r) => r.agencyId),
      rows.map((r) => r.resourceId),
      rows.map(() => '시험 제공'),
      rows.map((r) => r.needsDomain),
      rows.map((r) => r.exclusiveCategory),
      rows.map((r) => r.startsOn),
      rows.map((r) => r.endsOn),
      rows.map((r) => r.overrideReason),
      rows.map(() => 'test'),
      rows.map((r) => r.recordedAt),
    ],
  );
}

/** What the domain rule says: every pair counted once, at the later-recorded of the two. */
function expectedPairs(rows: readonly LedgerRow[]) {
  let overlaps = 0;
  let overridden = 0;
  const byDomain = new Map<string, number>();
  rows.forEach((later, i) =>
    rows.forEach((earlier, j) => {
      const isLater =
        later.recordedAt > earlier.recordedAt || (later.recordedAt === earlier.recordedAt && i > j);
      if (i === j || !isLater || !provisionsOverlap(later, earlier)) return;
      overlaps++;
      if (later.overrideReason) overridden++;
      const d = later.needsDomain ?? earlier.needsDomain ?? '';
      byDomain.set(d, (byDomain.get(d) ?? 0) + 1);
    }),
  );
  return { overlaps, overridden, byDomain };
}

const row = (over: Partial<LedgerRow>): LedgerRow => ({
  householdId: households[0],
  agencyId: centreId,
  resourceId: null,
  needsDomain: 'DAILY_LIVING',
  exclusiveCategory: null,
  startsOn: '2026-03-01',
  endsOn: '2026-03-31',
  overrideReason: null,
  recordedAt: '2026-03-01T09:00:00+09:00',
  ...over,
});

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'supervisor', 'analyst', 'hongcheon'] as const) t[who] = await app.signIn(who);
  [{ id: welfareId }] = await app.db.query(`SELECT id FROM agencies WHERE kind = 'COMMUNITY_WELFARE_CENTER'`);
  [{ agencyId: centreId }] = await app.db.query(
    `SELECT agency_id AS "agencyId" FROM users WHERE email LIKE 'worker@%'`,
  );
  households.push(await registerHousehold('worker', '1111051500', '중복가구주', '1951-04-04'));
  households.push(await registerHousehold('worker', '1111051500', '중복가구둘', '1953-05-05'));
  households.push(await registerHousehold('supervisor', '1111053000', '중복가구셋', '1955-06-06'));
  const [{ code }] = await app.db.query(
    `SELECT code FROM regions WHERE parent_code = '5172000000' AND level = 'EUPMYEONDONG' ORDER BY code LIMIT 1`,
  );
  farHousehold = await registerHousehold('hongcheon', code, '홍천가구주', '1957-07-07');
  resources.push(await createResource('중복 시험 자원 하나'), await createResource('중복 시험 자원 둘'));
});
afterAll(() => app?.close());

describe('the overlap statement', () => {
  it('counts the rule table as the domain rule does', async () => {
    const ledger: LedgerRow[] = [
      // The same resource from two agencies over the same month: one overlap.
      row({ resourceId: resources[0] }),
      row({
        resourceId: resources[0],
        agencyId: welfareId,
        recordedAt: '2026-03-02T09:00:00+09:00',
        overrideReason: '긴급',
      }),
      // 밑반찬 배달 in words from both, touching on one day (31 March): one overlap.
      row({
        exclusiveCategory: '밑반찬 배달',
        startsOn: '2026-03-31',
        endsOn: '2026-04-30',
        recordedAt: '2026-03-03T09:00:00+09:00',
      }),
      row({
        exclusiveCategory: '밑반찬 배달 ',
        agencyId: welfareId,
        startsOn: '2026-01-01',
        endsOn: '2026-03-31',
        recordedAt: '2026-03-04T09:00:00+09:00',
      }),
      // The same category in another domain, and a domain without a category: none.
      row({
        exclusiveCategory: '밑반찬 배달',
        needsDomain: 'HEALTH',
        recordedAt: '2026-03-05T09:00:00+09:00',
      }),
      row({ recordedAt: '2026-03-06T09:00:00+09:00' }),
      // Open-ended 월동 난방비 overlapping one given next winter: one; another household's: none.
      row({
        exclusiveCategory: '월동 난방비',
        needsDomain: 'LIVING_ENVIRONMENT',
        endsOn: null,
        recordedAt: '2026-04-01T09:00:00+09:00',
      }),
      row({
        exclusiveCategory: '월동 난방비',
        needsDomain: 'LIVING_ENVIRONMENT',
        startsOn: '2026-12-01',
        endsOn: '2027-02-28',
        recordedAt: '2026-04-02T09:00:00+09:00',
      }),
      row({
        householdId: households[1],
        exclusiveCategory: '월동 난방비',
        needsDomain: 'LIVING_ENVIRONMENT',
        recordedAt: '2026-04-03T09:00:00+09:00',
      }),
      // The same resource a month apart: none.
      row({ resourceId: resources[1], recordedAt: '2026-04-04T09:00:00+09:00' }),
      row({
        resourceId: resources[1],
        startsOn: '2026-04-01',
        endsOn: '2026-04-30',
        recordedAt: '2026-04-05T09:00:00+09:00',
      }),
    ];
    await putLedger(ledger);
    const summary = summariseOverlaps(null, await overlapGroups(app.db, null));
    const expected = expectedPairs(ledger);
    expect(expected.overlaps).toBe(3);
    expect(summary).toMatchObject({ overlaps: 3, overridden: 1 });
    expect(summary.byDomain.map((d) => [d.domain, d.overlaps]).sort()).toEqual([
      ['DAILY_LIVING', 2],
      ['LIVING_ENVIRONMENT', 1],
    ]);
    expect(summary.byMonth.map((m) => [m.month, m.overlaps, m.overridden])).toEqual([
      ['2026-03', 2, 1],
      ['2026-04', 1, 0],
    ]);
    expect(summary.byAgencyPair.map((p) => p.overlaps).sort()).toEqual([1, 2]);
  });

  it('agrees with the domain rule over generated ledgers', async () => {
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const domains: NeedsDomain[] = ['DAILY_LIVING', 'LIVING_ENVIRONMENT'];
    const categories = [null, '밑반찬 배달', ' 밑반찬 배달', '월동 난방비'];
    for (let round = 0; round < 5; round++) {
      const ledger = Array.from({ length: 60 }, (_, i) => {
        const start = 1 + next(60);
        const startsOn = new Date(Date.UTC(2026, 0, start)).toISOString().slice(0, 10);
        const endsOn =
          next(5) === 0 ? null : new Date(Date.UTC(2026, 0, start + next(20))).toISOString().slice(0, 10);
        return row({
          householdId: households[next(3)],
          agencyId: next(2) ? centreId : welfareId,
          resourceId: next(3) === 0 ? resources[next(2)] : null,
          needsDomain: domains[next(2)],
          exclusiveCategory: categories[next(4)],
          startsOn,
          endsOn,
          overrideReason: next(3) === 0 ? '사유' : null,
          // Some recorded in the same second: the id then orders them, as in the statement.
          recordedAt: `2026-0${1 + next(3)}-1${next(3)}T10:00:0${i % 2}+09:00`,
        });
      });
      await putLedger(ledger);
      const summary = summariseOverlaps(null, await overlapGroups(app.db, null));
      const expected = expectedPairs(ledger);
      // Ties in recorded_at are ordered by id in SQL and by position here: the totals do not depend on it.
      expect(summary.overlaps).toBe(expected.overlaps);
      expect(Object.fromEntries(summary.byDomain.map((d) => [d.domain ?? '', d.overlaps]))).toEqual(
        Object.fromEntries(expected.byDomain),
      );
      expect(expected.overlaps).toBeGreaterThan(0);
    }
  });
});

describe('provisionOverlapDashboard', () => {
  beforeAll(() =>
    putLedger([
      row({ resourceId: resources[0] }),
      row({
        resourceId: resources[0],
        agencyId: welfareId,
        recordedAt: '2026-03-10T09:00:00+09:00',
        overrideReason: '긴급',
      }),
      row({
        householdId: households[2],
        exclusiveCategory: '밑반찬 배달',
        recordedAt: '2026-05-01T09:00:00+09:00',
      }),
      row({
        householdId: households[2],
        exclusiveCategory: '밑반찬 배달',
        agencyId: welfareId,
        recordedAt: '2026-05-02T09:00:00+09:00',
      }),
      row({
        householdId: farHousehold,
        exclusiveCategory: '밑반찬 배달',
        recordedAt: '2026-05-01T09:00:00+09:00',
      }),
      row({
        householdId: farHousehold,
        exclusiveCategory: '밑반찬 배달',
        recordedAt: '2026-05-02T09:00:00+09:00',
      }),
    ]),
  );

  it("gives a supervisor their district's overlaps with the agencies named, and the period narrows them", async () => {
    const all = await app.gql(DASHBOARD, {}, { token: t.supervisor });
    expect(all.errors).toBeUndefined();
    expect(all.data.provisionOverlapDashboard).toMatchObject({
      regionCode: '1111000000',
      overlaps: 2,
      overridden: 1,
      byDomain: [{ domain: 'DAILY_LIVING', overlaps: 2, overridden: 1 }],
      byMonth: [
        { month: '2026-03', overlaps: 1, overridden: 1 },
        { month: '2026-05', overlaps: 1, overridden: 0 },
      ],
    });
    const [pair] = all.data.provisionOverlapDashboard.byAgencyPair;
    expect(pair.overlaps).toBe(2);
    expect([pair.firstAgency.name, pair.secondAgency.name].every((n: string) => n.length > 0)).toBe(true);
    const may = await app.gql(
      DASHBOARD,
      { period: { from: '2026-05-01', to: '2026-05-31' } },
      { token: t.supervisor },
    );
    expect(may.data.provisionOverlapDashboard).toMatchObject({ overlaps: 1, overridden: 0 });
  });

  it('gives an analyst the whole country or the region chosen', async () => {
    const all = await app.gql(DASHBOARD, {}, { token: t.analyst });
    expect(all.data.provisionOverlapDashboard).toMatchObject({ regionCode: null, overlaps: 3 });
    const hongcheon = await app.gql(DASHBOARD, { regionCode: '5172000000' }, { token: t.analyst });
    expect(hongcheon.data.provisionOverlapDashboard).toMatchObject({ overlaps: 1 });
  });

  it('refuses a worker, another district, and a period that ends before it starts', async () => {
    expect(firstErrorCode(await app.gql(DASHBOARD, {}, { token: t.worker }))).toBe('FORBIDDEN');
    expect(
      firstErrorCode(await app.gql(DASHBOARD, { regionCode: '5172000000' }, { token: t.supervisor })),
    ).toBe('FORBIDDEN');
    const backwards = await app.gql(
      DASHBOARD,
      { period: { from: '2026-05-02', to: '2026-05-01' } },
      { token: t.supervisor },
    );
    expect(firstErrorCode(backwards)).toBe('BAD_USER_INPUT');
    expect(firstErrorCode(await app.gql(DASHBOARD, {}))).toBe('UNAUTHENTICATED');
  });
});
