// The demo shows the loop on a first start: a loaded feed, a finished round with candidates in the
// worker's 동 and in 홍천, and referrals standing in every state (one overdue).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/harness';
import { seedDemoActivity } from './demo-activity';
import { DEMO_DOMAIN } from './demo';

let app: TestApp;
const t: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  await seedDemoActivity(
    { dataSource: app.db, keys: app.keys, sessionIdleMinutes: 30, secureCookies: false },
    DEMO_DOMAIN,
  );
  for (const who of ['worker', 'supervisor', 'analyst'] as const) t[who] = await app.signIn(who);
}, 120_000);
afterAll(() => app?.close());

describe('demo activity', () => {
  it('has a loaded feed and a finished round with candidates in the worker’s 동 and in 홍천', async () => {
    const feeds = await app.gql(
      `{ crisisFeeds(first: 5) { edges { node { status rows by { name } } } } }`,
      {},
      { token: t.analyst },
    );
    expect(feeds.data.crisisFeeds.edges[0].node).toMatchObject({
      status: 'LOADED',
      by: { name: '최발굴 (데모)' },
    });
    expect(feeds.data.crisisFeeds.edges[0].node.rows).toBeGreaterThan(10);
    const rounds = await app.gql(
      `{ screeningRounds(first: 1) { edges { node { status candidateCount } } } }`,
      {},
      { token: t.analyst },
    );
    expect(rounds.data.screeningRounds.edges[0].node.status).toBe('DONE');
    const [{ dong, hongcheon }] = await app.db.query(
      `SELECT count(*) FILTER (WHERE h.region_code = '1111051500')::int AS dong,
              count(*) FILTER (WHERE h.sigungu_code = '5172000000')::int AS hongcheon
       FROM screening_candidates c JOIN households h ON h.id = c.household_id`,
    );
    expect(dong).toBeGreaterThan(0);
    expect(hongcheon).toBeGreaterThan(0);
    const queue = await app.gql(`{ candidates(first: 5) { totalCount } }`, {}, { token: t.worker });
    expect(queue.data.candidates.totalCount).toBe(dong);
  });

  it('has referrals in every state, one of them overdue, that the supervisor sees in the district', async () => {
    const rows = await app.db.query(`SELECT DISTINCT status FROM referrals ORDER BY status`);
    expect(rows.map((r: { status: string }) => r.status)).toEqual([
      'ACCEPTED',
      'CANCELLED',
      'COMPLETED',
      'DECLINED',
      'IN_SERVICE',
      'RECEIVED',
      'SENT',
    ]);
    const overdue = await app.gql(
      `{ referrals(filter: { direction: DISTRICT, overdue: true }) { totalCount edges { node { service } } } }`,
      {},
      { token: t.supervisor },
    );
    expect(overdue.data.referrals.edges.map((e: { node: { service: string } }) => e.node.service)).toEqual([
      '방문건강관리',
    ]);
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM access_log WHERE client_address = 'demo-seed'`,
    );
    expect(n).toBeGreaterThan(0);
  });

  it('publishes a few resources anyone finds in the directory', async () => {
    const r = await app.gql(
      `{ resources(filter: { search: "반찬" }) { totalCount edges { node { name agency { name } } } } }`,
    );
    expect(r.data.resources.edges[0].node).toEqual({
      name: '밑반찬 배달 서비스 (시연)',
      agency: { name: '종로종합사회복지관 (가상)' },
    });
  });

  it("gives the supervisor's 중복지원 점검 one overlap, recorded anyway with a reason", async () => {
    const r = await app.gql(
      `{ provisionOverlapDashboard { overlaps overridden byDomain { domain overlaps } } }`,
      {},
      { token: t.supervisor },
    );
    expect(r.data.provisionOverlapDashboard).toEqual({
      overlaps: 1,
      overridden: 1,
      byDomain: [{ domain: 'DAILY_LIVING', overlaps: 1 }],
    });
  });
});
