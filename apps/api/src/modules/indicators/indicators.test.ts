import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, firstErrorCode, postFeed, startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

const HEADER = 'rrn,indicator_kind,observed_on,value,source_ref';

let app: TestApp;
let analyst: string;
beforeAll(async () => {
  app = await startTestApp();
  analyst = await app.signIn('analyst');
});
afterAll(() => app?.close());

const signalCount = async () =>
  (await app.db.query(`SELECT count(*)::int AS n FROM crisis_signals`))[0].n as number;

describe('crisis indicator catalogue', () => {
  it('holds the 39 seed kinds in 6 groups', async () => {
    const r = await app.gql(
      `{ crisisIndicatorKinds { code group nameKo nameEn unit } crisisIndicatorGroups { code } }`,
      {},
      { token: analyst },
    );
    expect(r.data.crisisIndicatorKinds).toHaveLength(39);
    expect(r.data.crisisIndicatorGroups).toHaveLength(6);
    expect(r.data.crisisIndicatorKinds[0]).toEqual({
      code: 'POWER_CUT',
      group: 'ARREARS',
      nameKo: '단전',
      nameEn: 'Electricity supply cut off',
      unit: 'FLAG',
    });
  });

  it('lets an analyst add a kind in a new group, as data', async () => {
    const add = `mutation($input: AddCrisisIndicatorKindInput!) { addCrisisIndicatorKind(input: $input) { kind { code group groupNameKo } errors { code path } } }`;
    const input = {
      code: 'OLD_AGE_EMERGENCY_LOAN',
      group: 'PENSION',
      groupNameKo: '연금',
      groupNameEn: 'Pensions',
      nameKo: '노후긴급자금 대부',
      nameEn: 'Old-age emergency loan',
      unit: 'KRW',
    };
    const r = await app.gql(add, { input }, { token: analyst });
    expect(r.data.addCrisisIndicatorKind).toEqual({
      kind: { code: 'OLD_AGE_EMERGENCY_LOAN', group: 'PENSION', groupNameKo: '연금' },
      errors: [],
    });
    const again = await app.gql(add, { input }, { token: analyst });
    expect(again.data.addCrisisIndicatorKind.errors).toEqual([
      { code: 'DUPLICATE', path: ['input', 'code'] },
    ]);
    const worker = await app.signIn('worker');
    expect(
      firstErrorCode(await app.gql(add, { input: { ...input, code: 'OTHER_KIND' } }, { token: worker })),
    ).toBe('FORBIDDEN');
  });
});

describe('POST /api/feeds', () => {
  it('loads a feed, matching rows to registered people by the keyed hash', async () => {
    const people = await demoPeople(app, `h.region_code = '1111051500'`, 3);
    const stranger = testRrn('1970-01-01', 'MALE');
    const csv = [
      HEADER,
      ...people.map((p, i) => `${p.rrn},POWER_CUT,2026-10-0${i + 1},1,KEPCO-${i}`),
      `${stranger},GAS_CUT,2026-09-30,1,GAS-1`,
    ].join('\n');
    const before = await signalCount();
    const { status, body } = await postFeed(app, analyst, csv);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'LOADED', rows: 4, matched: 3, unmatched: 1, errors: [] });
    expect(await signalCount()).toBe(before + 4);
    const [record] = await app.db.query(`SELECT account, client_address FROM crisis_feeds WHERE id = $1`, [
      body.feedId,
    ]);
    expect(record).toMatchObject({
      account: 'analyst@demo.ieum.kr',
      client_address: expect.stringMatching(/127\.0\.0\.1/),
    });
    const stored = await app.db.query(`SELECT * FROM crisis_signals WHERE feed_id = $1`, [body.feedId]);
    expect(JSON.stringify(stored)).not.toContain(stranger.replace('-', '').slice(6));

    const feed = await app.gql(
      `query($id: ID!) { crisisFeed(id: $id) { status source rows matched unmatched rejected errors { line } } }`,
      { id: body.feedId },
      { token: analyst },
    );
    expect(feed.data.crisisFeed).toEqual({
      status: 'LOADED',
      source: '한국전력공사',
      rows: 4,
      matched: 3,
      unmatched: 1,
      rejected: 0,
      errors: [],
    });
  });

  it('stores a feed sent twice once', async () => {
    const csv = `${HEADER}\n${testRrn('1980-05-05', 'FEMALE')},WATER_CUT,2026-10-10,1,W-1\n`;
    const first = await postFeed(app, analyst, csv, '한국수자원공사');
    const before = await signalCount();
    const second = await postFeed(app, analyst, csv, '한국수자원공사');
    expect(first.body.status).toBe('LOADED');
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ status: 'DUPLICATE', feedId: first.body.feedId, rows: 1 });
    expect(await signalCount()).toBe(before);
  });

  it('refuses a feed with a bad row, naming line and column, and stores nothing of it', async () => {
    const good = (n: number) => `${testRrn('1955-03-03', 'MALE')},RENT_ARREARS,2026-08-01,${n},R-${n}`;
    const csv = [
      HEADER,
      good(1),
      good(2),
      `${testRrn('1955-03-04', 'MALE')},RENT_ARREARS,2026-02-30,3,R-3`,
      good(4),
      `${testRrn('1960-01-01', 'FEMALE')},NO_SUCH_KIND,2026-08-01,1,X`,
    ].join('\n');
    const before = await signalCount();
    const { status, body } = await postFeed(app, analyst, csv);
    expect(status).toBe(422);
    expect(body.status).toBe('REJECTED');
    expect(body.errors).toEqual([
      expect.objectContaining({ line: 4, column: 'observed_on' }),
      expect.objectContaining({ line: 6, column: 'indicator_kind' }),
    ]);
    expect(await signalCount()).toBe(before);
    const feed = await app.gql(
      `query($id: ID!) { crisisFeed(id: $id) { status rejected errors { line column message } } }`,
      { id: body.feedId },
      { token: analyst },
    );
    expect(feed.data.crisisFeed).toMatchObject({ status: 'REJECTED', rejected: 2 });
    expect(feed.data.crisisFeed.errors[0]).toMatchObject({ line: 4, column: 'observed_on' });
  });

  it('counts lines across a quoted field that spans two lines and skips blank lines', async () => {
    const csv = [
      HEADER,
      `${testRrn('1950-01-01', 'MALE')},POWER_CUT,2026-10-01,1,"두 줄\n비고"`,
      '',
      `${testRrn('1950-01-02', 'MALE')},POWER_CUT,2026-13-01,1,x`,
    ].join('\n');
    const { body } = await postFeed(app, analyst, csv);
    expect(body.errors).toEqual([expect.objectContaining({ line: 5, column: 'observed_on' })]);
  });

  it('places an error by its line in a feed of many segments, and loads the same feed without it', async () => {
    // About 1 MB: cut into several segments that worker threads validate apart.
    const rows = Array.from(
      { length: 14_000 },
      (_, i) =>
        `${testRrn('1961-06-06', 'FEMALE')},GAS_CUT,2026-09-${String(1 + (i % 28)).padStart(2, '0')},1,"G-${i}, 비고 ${'x'.repeat(30)}"`,
    );
    const bad = [...rows];
    bad[12_345] = bad[12_345].replace('GAS_CUT', 'NO_SUCH_KIND');
    const before = await signalCount();
    const refused = await postFeed(app, analyst, [HEADER, ...bad].join('\n'));
    expect(refused.body).toMatchObject({
      status: 'REJECTED',
      rows: 14_000,
      errors: [expect.objectContaining({ line: 12_347, column: 'indicator_kind' })],
    });
    expect(await signalCount()).toBe(before);
    const loaded = await postFeed(app, analyst, [HEADER, ...rows].join('\n'));
    expect(loaded.body).toMatchObject({ status: 'LOADED', rows: 14_000, unmatched: 14_000 });
    expect(await signalCount()).toBe(before + 14_000);
  });

  it('refuses malformed CSV by line, without quoting it, and stores nothing', async () => {
    const rrn = testRrn('1957-07-07', 'MALE');
    const before = await signalCount();
    const { status, body } = await postFeed(
      app,
      analyst,
      `${HEADER}\n${rrn},POWER_CUT,2026-10-01,1,ok\n${rrn},POWER_CUT,2026-10-02,1,"not closed\n`,
    );
    expect(status).toBe(422);
    expect(body).toMatchObject({
      status: 'REJECTED',
      errors: [
        expect.objectContaining({
          line: 3,
          message: expect.stringMatching(/^malformed CSV: a quoted field is not closed/),
        }),
      ],
    });
    expect(JSON.stringify(body)).not.toContain(rrn.slice(7));
    expect(await signalCount()).toBe(before);
  });

  it('stores nothing of an upload that breaks off, and frees its connection for the next feed', async () => {
    const before = await signalCount();
    // About 1 MB is sent, so worker threads are busy and COPY is open when the connection drops.
    const rows = Array.from(
      { length: 14_000 },
      (_, i) => `${testRrn('1962-02-02', 'MALE')},WATER_CUT,2026-10-01,1,"W-${i} ${'x'.repeat(30)}"\n`,
    ).join('');
    await new Promise<void>((resolve) => {
      const req = request(`${app.url}/api/feeds?source=broken`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${analyst}` },
      });
      req.on('error', () => resolve()); // the socket we destroy
      req.write(`${HEADER}\n${rows}`);
      setTimeout(() => req.destroy(), 300);
    });
    const copying = async () =>
      (
        await app.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'COPY crisis_signals%' AND state <> 'idle' AND datname = current_database()`,
        )
      )[0].n;
    for (let i = 0; i < 50 && (await copying()) > 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await copying()).toBe(0);
    expect(await signalCount()).toBe(before);
    const next = await postFeed(
      app,
      analyst,
      `${HEADER}\n${testRrn('1962-02-03', 'MALE')},WATER_CUT,2026-10-01,1,after\n`,
    );
    expect(next.body.status).toBe('LOADED');
  });

  it('stores every value and date exactly as sent', async () => {
    const values = [
      '0',
      '1',
      '-3',
      '0.5',
      '12345.678',
      '1.50',
      '50000000',
      '123456789012345',
      '0.000001',
      '0.0000001',
      '99999.9999',
      '-0.25',
    ];
    const dates = ['2000-01-01', '1999-12-31', '2024-02-29', '2026-10-01'];
    const rows = values.map(
      (v, i) =>
        `${testRrn('1963-03-03', 'MALE')},RENT_ARREARS,${dates[i % dates.length]},${v},${v}|${dates[i % dates.length]}`,
    );
    const { body } = await postFeed(app, analyst, [HEADER, ...rows].join('\n'));
    expect(body.status).toBe('LOADED');
    const [check] = await app.db.query(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE value = split_part(source_ref, '|', 1)::numeric AND observed_on = split_part(source_ref, '|', 2)::date)::int AS exact
       FROM crisis_signals WHERE feed_id = $1`,
      [body.feedId],
    );
    expect(check).toEqual({ n: values.length, exact: values.length });
  });

  it('refuses a wrong header and an empty body', async () => {
    const wrong = await postFeed(app, analyst, `rrn,kind,observed_on,value,source_ref\n`);
    expect(wrong.body).toMatchObject({
      status: 'REJECTED',
      errors: [expect.objectContaining({ line: 1, column: 'indicator_kind' })],
    });
    const empty = await postFeed(app, analyst, ``);
    expect(empty.body).toMatchObject({ status: 'REJECTED', errors: [expect.objectContaining({ line: 1 })] });
  });

  it('never echoes a 주민등록번호 in an error', async () => {
    const rrn = '900230-1234567';
    const { body } = await postFeed(app, analyst, `${HEADER}\n${rrn},POWER_CUT,2026-10-01,1,x\n`);
    expect(body.errors[0]).toMatchObject({ line: 2, column: 'rrn' });
    expect(JSON.stringify(body)).not.toContain('1234567');
  });

  it('answers 401 without a sign-in, 403 to a case worker and 415 to a form post', async () => {
    const csv = `${HEADER}\n`;
    const anonymous = await fetch(`${app.url}/api/feeds?source=x`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
    expect(anonymous.status).toBe(401);
    expect((await postFeed(app, await app.signIn('worker'), csv)).status).toBe(403);
    const form = await fetch(`${app.url}/api/feeds?source=x`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${analyst}` },
      body: 'a=b',
    });
    expect(form.status).toBe(415);
  });

  it('matches a signal kept for someone unregistered once they are registered', async () => {
    const rrn = testRrn('1948-12-12', 'FEMALE');
    const { body } = await postFeed(
      app,
      analyst,
      `${HEADER}\n${rrn},HOUSEHOLD_HEAD_DEATH,2026-10-20,1,DEATH-1\n`,
      '행정안전부',
    );
    expect(body).toMatchObject({ matched: 0, unmatched: 1 });
    const worker = await app.signIn('worker');
    await app.gql(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { errors { code } } }`,
      {
        input: {
          regionCode: '1111051500',
          address: '청운효자동 매칭길 1',
          members: [{ name: '매칭인', rrn, relationship: 'HEAD' }],
        },
      },
      { token: worker },
    );
    const [row] = await app.db.query(
      `SELECT count(*)::int AS n FROM crisis_signals s JOIN persons p ON p.rrn_hash = s.rrn_hash WHERE p.name = '매칭인'`,
    );
    expect(row.n).toBe(1);
  });
});
