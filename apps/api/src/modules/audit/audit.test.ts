import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';

const LOG = `query Log($filter: AccessLogFilter, $first: Int, $after: String) {
  accessLog(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { node { id at account user { id } agency { name } action operation personId clientAddress } }
    pageInfo { hasNextPage endCursor }
  }
}`;

let app: TestApp;
let worker: string;
let admin: string;
beforeAll(async () => {
  app = await startTestApp();
  worker = await app.signIn('worker');
  admin = await app.signIn('admin');
});
afterAll(() => app?.close());

describe('access log (개인정보 접근기록)', () => {
  it('writes one row per person read, with account, agency, time to the second, operation and client address', async () => {
    const [h] = await app.db.query(`SELECT id FROM households WHERE region_code = '1111051500' AND id IN
      (SELECT household_id FROM household_members GROUP BY household_id HAVING count(*) >= 2) LIMIT 1`);
    const before = await app.db.query(`SELECT count(*)::int AS n FROM access_log`);
    const r = await app.gql(
      `query OpenHousehold($id: ID!) { household(id: $id) { members { person { id name rrnMasked birthDate } } } }`,
      { id: h.id },
      { token: worker },
    );
    const personIds = r.data.household.members.map((m: any) => m.person.id).sort();
    const rows = await app.db.query(`SELECT * FROM access_log ORDER BY id DESC LIMIT $1`, [personIds.length]);
    const after = await app.db.query(`SELECT count(*)::int AS n FROM access_log`);
    expect(after[0].n - before[0].n).toBe(personIds.length);
    expect(rows.map((x: any) => x.person_id).sort()).toEqual(personIds);
    for (const row of rows) {
      expect(row).toMatchObject({
        account: 'worker@demo.ieum.kr',
        action: 'READ',
        client_address: expect.stringMatching(/127\.0\.0\.1/),
      });
      expect(row.operation).toContain('OpenHousehold');
      expect(row.agency_id).toBeTruthy();
      expect(new Date(row.at).getMilliseconds()).toBe(0);
    }
  });

  it('records nothing for a query that reads no person data', async () => {
    const before = await app.db.query(`SELECT count(*)::int AS n FROM access_log`);
    await app.gql(
      `{ households(first: 10) { totalCount edges { node { id address } } } }`,
      {},
      { token: worker },
    );
    const after = await app.db.query(`SELECT count(*)::int AS n FROM access_log`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('lets an admin filter the log by person, by user and by time', async () => {
    const [{ person_id: personId, user_id: userId }] = await app.db.query(
      `SELECT person_id, user_id FROM access_log WHERE person_id IS NOT NULL ORDER BY id DESC LIMIT 1`,
    );
    const byPerson = await app.gql(LOG, { filter: { personId }, first: 10 }, { token: admin });
    expect(byPerson.data.accessLog.totalCount).toBeGreaterThan(0);
    expect(byPerson.data.accessLog.edges.every((e: any) => e.node.personId === personId)).toBe(true);
    const byUser = await app.gql(LOG, { filter: { userId }, first: 10 }, { token: admin });
    expect(byUser.data.accessLog.edges.every((e: any) => e.node.user.id === userId)).toBe(true);
    const future = await app.gql(
      LOG,
      { filter: { from: new Date(Date.now() + 3_600_000).toISOString() } },
      { token: admin },
    );
    expect(future.data.accessLog.totalCount).toBe(0);
  });

  it('refuses the log to anyone but an admin', async () => {
    for (const who of ['worker', 'supervisor', 'analyst', 'agency'] as const) {
      expect(firstErrorCode(await app.gql(LOG, {}, { token: await app.signIn(who) }))).toBe('FORBIDDEN');
    }
  });

  it('cannot be changed or deleted, even by SQL', async () => {
    await expect(app.db.query(`UPDATE access_log SET account = 'someone-else'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(app.db.query(`DELETE FROM access_log`)).rejects.toThrow(/append-only/);
    await expect(app.db.query(`TRUNCATE access_log`)).rejects.toThrow(/append-only/);
  });

  it('records the people a registration creates', async () => {
    const { testRrn } = await import('../../test/synthetic-people');
    const r = await app.gql(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } errors { code } } }`,
      {
        input: {
          regionCode: '1111051500',
          address: '청운효자동 기록길 1',
          members: [{ name: '기록인', rrn: testRrn('1980-02-02', 'FEMALE'), relationship: 'HEAD' }],
        },
      },
      { token: worker },
    );
    expect(r.data.registerHousehold.errors).toEqual([]);
    const rows = await app.db.query(
      `SELECT action FROM access_log WHERE person_id = (SELECT id FROM persons WHERE name = '기록인')`,
    );
    expect(rows.map((x: any) => x.action)).toEqual(['CREATE']);
  });

  it('lists newest first by insertion, past the point where ids as text would sort 9 after 10', async () => {
    await app.gql(
      `{ households(first: 10, filter: { regionCode: "1111051500" }) { edges { node { members { person { name } } } } } }`,
      {},
      { token: worker },
    );
    const [{ n }] = await app.db.query(`SELECT count(*)::int AS n FROM access_log`);
    expect(n).toBeGreaterThan(10);
    const r = await app.gql(
      `{ accessLog(first: 200) { edges { node { id } } pageInfo { totalPages } } }`,
      {},
      { token: admin },
    );
    const ids = r.data.accessLog.edges.map((e: any) => Number(e.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const [{ max }] = await app.db.query(`SELECT max(id)::int AS max FROM access_log WHERE detail IS NULL`);
    expect(ids[0]).toBeGreaterThanOrEqual(max);
    expect(r.data.accessLog.pageInfo.totalPages).toBeGreaterThanOrEqual(1);
  });

  it('filters by the name or e-mail of user and person and by action, not by UUID', async () => {
    const q = `query($filter: AccessLogFilter) { accessLog(filter: $filter, first: 50) {
      totalCount edges { node { account action person { name } user { name } } } } }`;
    const byName = await app.gql(q, { filter: { user: '김복지' } }, { token: admin });
    expect(byName.errors).toBeUndefined();
    const byEmail = await app.gql(q, { filter: { user: 'WORKER@demo' } }, { token: admin });
    expect(byName.data.accessLog.totalCount).toBeGreaterThan(0);
    expect(byEmail.data.accessLog.totalCount).toBe(byName.data.accessLog.totalCount);
    expect(byName.data.accessLog.edges.every((e: any) => e.node.account === 'worker@demo.ieum.kr')).toBe(
      true,
    );
    const person = await app.gql(q, { filter: { person: '기록', action: 'CREATE' } }, { token: admin });
    expect(person.data.accessLog.edges.map((e: any) => [e.node.person.name, e.node.action])).toEqual([
      ['기록인', 'CREATE'],
    ]);
    const none = await app.gql(q, { filter: { user: '100%_' } }, { token: admin });
    expect(none.data.accessLog.totalCount).toBe(0);
  });

  it('records a viewing of the log as one row naming its filter, not a row per person shown', async () => {
    const [{ n: before }] = await app.db.query(`SELECT count(*)::int AS n FROM access_log`);
    const r = await app.gql(
      `query($filter: AccessLogFilter) { accessLog(filter: $filter, first: 50) { edges { node { person { name rrnMasked } } } } }`,
      { filter: { user: '김복지' } },
      { token: admin },
    );
    expect(r.data.accessLog.edges.length).toBeGreaterThan(1);
    const rows = await app.db.query(
      `SELECT account, person_id, action, detail FROM access_log ORDER BY id DESC LIMIT 1`,
    );
    const [{ n: after }] = await app.db.query(`SELECT count(*)::int AS n FROM access_log`);
    expect(after - before).toBe(1);
    expect(rows[0]).toEqual({
      account: 'admin@demo.ieum.kr',
      person_id: null,
      action: 'READ',
      detail: 'accessLog user=김복지',
    });
  });
});
