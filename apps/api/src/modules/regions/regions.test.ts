import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '@ieum/db';
import { DEMO_DOMAIN, DEMO_PASSWORD } from '../../seed/demo';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';
import { insertRows2023, type Rows2023 } from '../../test/regions-2023';

const REGIONS = `query($level: RegionLevel, $parentCode: String, $first: Int, $after: String, $includeRetired: Boolean) {
  regions(level: $level, parentCode: $parentCode, first: $first, after: $after, includeRetired: $includeRetired) {
    totalCount edges { node { code name level fullName parent { code name } } } pageInfo { hasNextPage endCursor }
  }
}`;

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp();
  token = await app.signIn('worker');
});
afterAll(() => app?.close());

describe('regions', () => {
  it.each([
    { level: 'SIDO', count: 16 },
    { level: 'SIGUNGU', count: 280 },
    { level: 'EUPMYEONDONG', count: 3627 },
  ])('lists every current $level of the 2026-07-01 list ($count)', async ({ level, count }) => {
    const r = await app.gql(REGIONS, { level, first: 1 }, { token });
    expect(r.data.regions.totalCount).toBe(count);
  });

  it('lists retired 시도 only when asked, for history', async () => {
    const r = await app.gql(REGIONS, { level: 'SIDO', first: 50, includeRetired: true }, { token });
    const codes = r.data.regions.edges.map((e: any) => e.node.code);
    expect(codes).toHaveLength(19);
    expect(codes).toEqual(expect.arrayContaining(['2900000000', '4500000000', '4600000000']));
  });

  it('resolves a retired code by lookup, with the day it retired', async () => {
    const r = await app.gql(
      `{ old: region(code: "4511000000") { name retiredOn parent { name } }
         new: region(code: "5211000000") { name retiredOn parent { code name } } }`,
      {},
      { token },
    );
    expect(r.data).toEqual({
      old: { name: '전주시', retiredOn: '2024-01-18', parent: { name: '전라북도' } },
      new: { name: '전주시', retiredOn: null, parent: { code: '5200000000', name: '전북특별자치도' } },
    });
  });

  it('holds 전남광주통합특별시 with 광주의 구 and 전남의 시군, and 화성시 with its 일반구', async () => {
    const gj = await app.gql(REGIONS, { parentCode: '1200000000', first: 50 }, { token });
    const names = gj.data.regions.edges.map((e: any) => `${e.node.code} ${e.node.name}`);
    expect(gj.data.regions.totalCount).toBe(27);
    expect(names).toEqual(
      expect.arrayContaining(['1221000000 동구', '1211000000 목포시', '1287000000 신안군']),
    );
    const hs = await app.gql(REGIONS, { parentCode: '4159000000', first: 50 }, { token });
    expect(hs.data.regions.edges.map((e: any) => e.node.name)).toEqual([
      '화성시 만세구',
      '화성시 효행구',
      '화성시 병점구',
      '화성시 동탄구',
    ]);
  });

  it('lists the 읍면동 of 종로구 with their parent, in code order, across pages', async () => {
    const first = await app.gql(REGIONS, { parentCode: '1111000000', first: 10 }, { token });
    const second = await app.gql(
      REGIONS,
      { parentCode: '1111000000', first: 10, after: first.data.regions.pageInfo.endCursor },
      { token },
    );
    const nodes = [...first.data.regions.edges, ...second.data.regions.edges].map((e: any) => e.node);
    expect(first.data.regions.totalCount).toBe(17);
    expect(nodes[0]).toMatchObject({
      code: '1111051500',
      name: '청운효자동',
      level: 'EUPMYEONDONG',
      parent: { code: '1111000000', name: '종로구' },
    });
    expect(nodes.length).toBe(17);
    expect(nodes.map((n: any) => n.code)).toEqual([...nodes.map((n: any) => n.code)].sort());
  });

  it('puts a 일반구 under its 시, so the 시 contains its 동', async () => {
    const r = await app.gql(
      `{ region(code: "4111156000") { name parent { name parent { name parent { name } } } } }`,
      {},
      { token },
    );
    expect(r.data.region).toEqual({
      name: '파장동',
      parent: { name: '수원시 장안구', parent: { name: '수원시', parent: { name: '경기도' } } },
    });
  });
});

const REVIEWS = `query($decided: Boolean, $subject: RegionCodeSubject, $first: Int) {
  regionCodeReviews(decided: $decided, subject: $subject, first: $first) {
    totalCount
    edges { node { id subject rowId reason decidedAt oldRegion { code } candidates { code } newRegion { code } } }
  }
}`;
const RESOLVE = `mutation($input: ResolveRegionCodeReviewInput!) {
  resolveRegionCodeReview(input: $input) {
    review { id reason decidedAt newRegion { code } }
    errors { code path }
  }
}`;

// Rows stored on 2023 codes, as a database had them when the 2026 list arrived: the test database is
// taken back before Regions2026, given the rows, and migrated again.
describe('region code reviews', () => {
  let rows: Rows2023;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    const migration = new (MIGRATIONS.find((m) => m.name === 'Regions20261764300000000') as any)();
    const runner = app.db.createQueryRunner();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      rows = await insertRows2023(runner);
      await runner.commitTransaction();
      await runner.startTransaction();
      await migration.up(runner);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    // A supervisor of 영종구, which took over 운서동.
    await app.db.query(
      `WITH a AS (INSERT INTO agencies (name, kind, sector, region_code) VALUES ('영종구청', 'SIGUNGU_OFFICE', 'PUBLIC', '2815500000') RETURNING id)
       INSERT INTO users (email, name, password_hash, role, agency_id)
       SELECT $1, '영종 (test)', password_hash, 'SUPERVISOR', (SELECT id FROM a) FROM users WHERE email = $2`,
      [`yeongjong@${DEMO_DOMAIN}`, `supervisor@${DEMO_DOMAIN}`],
    );
    tokens.yeongjong = await app.signIn({ email: `yeongjong@${DEMO_DOMAIN}`, password: DEMO_PASSWORD });
    for (const who of ['supervisor', 'admin', 'agency', 'analyst'] as const)
      tokens[who] = await app.signIn(who);
  });
  const pending = async (who: string, vars: Record<string, unknown> = {}) =>
    (await app.gql(REVIEWS, { first: 50, ...vars }, { token: tokens[who] })).data.regionCodeReviews;

  it('regionCodeReviews shows the 영종구 supervisor the split 운서동 household, with its candidates', async () => {
    const list = await pending('yeongjong');
    expect(list.totalCount).toBe(1);
    expect(list.edges[0].node).toMatchObject({
      subject: 'HOUSEHOLD',
      rowId: rows.households.unseoSplit,
      reason: 'SPLIT',
      decidedAt: null,
      oldRegion: { code: '2811062800' },
      candidates: [{ code: '2815554000' }, { code: '2815555000' }],
      newRegion: null,
    });
  });

  it('regionCodeReviews shows a supervisor nothing outside the area, and an administrator everything', async () => {
    expect((await pending('supervisor')).totalCount).toBe(0);
    const all = await pending('admin');
    expect(all.edges.map((e: any) => `${e.node.subject} ${e.node.reason}`).sort()).toEqual([
      'AGENCY ABOLISHED',
      'AGENCY SPLIT',
      'HOUSEHOLD CANDIDATE_SPLIT',
      'HOUSEHOLD PART_MOVED',
      'HOUSEHOLD SPLIT',
      'SCREENING_RULE_SET SPLIT',
    ]);
    const moved = await pending('admin', { decided: true, subject: 'HOUSEHOLD' });
    expect(moved.edges.every((e: any) => e.node.reason === 'MOVED' && e.node.decidedAt)).toBe(true);
    expect(moved.totalCount).toBe(4);
  });

  it('regionCodeReviews loads regions in batches: one review or all take the same statements', async () => {
    const count = async (first: number) => {
      const before = app.statements.count;
      const r = await app.gql(REVIEWS, { first }, { token: tokens.admin });
      expect(r.data.regionCodeReviews.edges).toHaveLength(first === 1 ? 1 : 6);
      return app.statements.count - before;
    };
    expect(await count(50)).toBe(await count(1));
  });

  it('regionCodeReviews is refused to roles that do not register households', async () => {
    for (const who of ['agency', 'analyst']) {
      const r = await app.gql(REVIEWS, {}, { token: tokens[who] });
      expect(firstErrorCode(r)).toBe('FORBIDDEN');
    }
  });

  it('resolveRegionCodeReview moves the household, 읍면동 and 시군구 together, once', async () => {
    const [review] = (await pending('yeongjong')).edges.map((e: any) => e.node);
    const wrong = await app.gql(
      RESOLVE,
      { input: { id: review.id, regionCode: '2815551000' } },
      { token: tokens.yeongjong },
    );
    expect(wrong.data.resolveRegionCodeReview.errors).toEqual([
      { code: 'VALIDATION', path: ['input', 'regionCode'] },
    ]);
    const outside = await app.gql(
      RESOLVE,
      { input: { id: review.id, regionCode: '2815555000' } },
      { token: tokens.supervisor },
    );
    expect(outside.data.resolveRegionCodeReview.errors[0].code).toBe('NOT_FOUND');

    const r = await app.gql(
      RESOLVE,
      { input: { id: review.id, regionCode: '2815555000' } },
      { token: tokens.yeongjong },
    );
    expect(r.data.resolveRegionCodeReview).toMatchObject({
      review: { id: review.id, newRegion: { code: '2815555000' } },
      errors: [],
    });
    expect(r.data.resolveRegionCodeReview.review.decidedAt).toBeTruthy();
    const [h] = await app.db.query(`SELECT region_code, sigungu_code FROM households WHERE id = $1`, [
      rows.households.unseoSplit,
    ]);
    expect(h).toEqual({ region_code: '2815555000', sigungu_code: '2815500000' });

    const again = await app.gql(
      RESOLVE,
      { input: { id: review.id, regionCode: '2815554000' } },
      { token: tokens.yeongjong },
    );
    expect(again.data.resolveRegionCodeReview.errors[0].code).toBe('INVALID_STATE');
    expect((await pending('yeongjong')).totalCount).toBe(0);
  });

  it('resolveRegionCodeReview lets an administrator place an abolished 출장소 agency on any current region of its level', async () => {
    const review = (await pending('admin', { subject: 'AGENCY' })).edges
      .map((e: any) => e.node)
      .find((n: any) => n.reason === 'ABOLISHED');
    expect(review.candidates).toEqual([]);
    const emd = await app.gql(
      RESOLVE,
      { input: { id: review.id, regionCode: '4159751000' } },
      { token: tokens.admin },
    );
    expect(emd.data.resolveRegionCodeReview.errors[0].code).toBe('VALIDATION');
    const ok = await app.gql(
      RESOLVE,
      { input: { id: review.id, regionCode: '4159700000' } },
      { token: tokens.admin },
    );
    expect(ok.data.resolveRegionCodeReview.errors).toEqual([]);
    const [a] = await app.db.query(`SELECT region_code FROM agencies WHERE id = $1`, [
      rows.agencies.hwaseongBranch,
    ]);
    expect(a.region_code).toBe('4159700000');
  });
});
