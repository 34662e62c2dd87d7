// 복지자원 directory: agencies keep their own entries; anyone searches the published ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstErrorCode, startTestApp, type TestApp } from '../../test/harness';

let app: TestApp;
const t: Record<string, string> = {};
const CREATE = `mutation($input: CreateResourceInput!) { createResource(input: $input) {
  resource { id status capacityTotal capacityAvailable assuredOn stale agency { name } } errors { code path ... on ValidationError { rule } } } }`;
const SEARCH = `query($filter: ResourceFilter) { resources(filter: $filter, first: 50) { totalCount edges { node { name status } } } }`;

const banchan = {
  name: '밑반찬 배달 서비스',
  description: '홀몸 어르신께 주 2회 밑반찬을 배달합니다.',
  needsDomains: ['DAILY_LIVING', 'HEALTH'],
  serviceAreaCodes: ['1111000000'],
  address: '서울특별시 종로구 창신가상길 7',
  regionCode: '1111067000',
  fee: '무료',
  phone: '0200000167',
  capacityTotal: 2,
  hours: [
    { weekday: 'MON', opens: '00:00', closes: '23:59' },
    { weekday: 'TUE', opens: '00:00', closes: '23:59' },
    { weekday: 'WED', opens: '00:00', closes: '23:59' },
    { weekday: 'THU', opens: '00:00', closes: '23:59' },
    { weekday: 'FRI', opens: '00:00', closes: '23:59' },
    { weekday: 'SAT', opens: '00:00', closes: '23:59' },
    { weekday: 'SUN', opens: '00:00', closes: '23:59' },
  ],
  status: 'PUBLISHED',
};
let banchanId: string;

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'agency', 'admin', 'analyst'] as const) t[who] = await app.signIn(who);
  const r = await app.gql(CREATE, { input: banchan }, { token: t.agency });
  expect(r.data.createResource.errors).toEqual([]);
  banchanId = r.data.createResource.resource.id;
  const draft = await app.gql(
    CREATE,
    {
      input: {
        ...banchan,
        name: '월동 난방비 지원 (준비 중)',
        status: 'DRAFT',
        capacityTotal: null,
        fee: '',
      },
    },
    { token: t.agency },
  );
  expect(draft.data.createResource.errors).toEqual([]);
  const hongcheon = await app.gql(
    CREATE,
    {
      input: {
        ...banchan,
        name: '홍천 이동 목욕 서비스',
        description: '거동이 불편한 어르신 댁으로 목욕 차량이 찾아갑니다.',
        serviceAreaCodes: ['5172000000'],
        regionCode: '5172025000',
        fee: '1회 3,000원',
        hours: [],
      },
    },
    { token: t.admin },
  );
  expect(hongcheon.data.createResource.errors).toEqual([]);
});
afterAll(() => app?.close());

describe('keeping a resource', () => {
  it('creates one for the agency with all its places free and verified today', async () => {
    const r = await app.gql(
      `query($id: ID!) { resource(id: $id) { status capacityTotal capacityAvailable stale agency { name } } }`,
      { id: banchanId },
    );
    expect(r.data.resource).toEqual({
      status: 'PUBLISHED',
      capacityTotal: 2,
      capacityAvailable: 2,
      stale: false,
      agency: { name: '종로종합사회복지관 (가상)' },
    });
  });

  it('refuses bad fields at their paths and stores nothing', async () => {
    const r = await app.gql(
      CREATE,
      {
        input: {
          ...banchan,
          name: ' ',
          serviceAreaCodes: ['9999999999'],
          url: 'ftp://x',
          hours: [{ weekday: 'MON', opens: '18:00', closes: '09:00' }],
        },
      },
      { token: t.agency },
    );
    expect(
      r.data.createResource.errors.map((e: { path: string[]; rule: string }) => [e.path.join('.'), e.rule]),
    ).toEqual([
      ['input.name', 'REQUIRED'],
      ['input.url', 'INVALID_FORMAT'],
      ['input.hours.0.closes', 'DATE_BEFORE_START'],
      ['input.serviceAreaCodes.0', 'NOT_ALLOWED_VALUE'],
    ]);
  });

  it('lets only its own agency change it, keeping every change in its history', async () => {
    const update = `mutation($input: UpdateResourceInput!) { updateResource(input: $input) { resource { name capacityAvailable } errors { code } } }`;
    const other = await app.gql(
      update,
      { input: { ...banchan, resourceId: banchanId } },
      { token: t.worker },
    );
    expect(other.data.updateResource.errors).toEqual([{ code: 'FORBIDDEN' }]);
    const own = await app.gql(
      update,
      { input: { ...banchan, name: '밑반찬 배달', resourceId: banchanId, capacityTotal: 3 } },
      { token: t.agency },
    );
    expect(own.data.updateResource).toEqual({
      resource: { name: '밑반찬 배달', capacityAvailable: 3 },
      errors: [],
    });
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM resource_history WHERE resource_id = $1`,
      [banchanId],
    );
    expect(n).toBe(2);
    await expect(app.db.query(`DELETE FROM resource_history`)).rejects.toThrow(/append-only/);
  });

  it('keeps free places between 0 and the total', async () => {
    const set = `mutation($input: SetResourceCapacityInput!) { setResourceCapacity(input: $input) { resource { capacityAvailable } errors { code path } } }`;
    const over = await app.gql(
      set,
      { input: { resourceId: banchanId, capacityTotal: 3, capacityAvailable: 4 } },
      { token: t.agency },
    );
    expect(over.data.setResourceCapacity.errors).toEqual([
      { code: 'VALIDATION', path: ['input', 'capacityAvailable'] },
    ]);
    const ok = await app.gql(
      set,
      { input: { resourceId: banchanId, capacityTotal: 3, capacityAvailable: 0 } },
      { token: t.agency },
    );
    expect(ok.data.setResourceCapacity).toEqual({ resource: { capacityAvailable: 0 }, errors: [] });
  });

  it('refuses an analyst, who keeps no resources', async () => {
    expect(firstErrorCode(await app.gql(CREATE, { input: banchan }, { token: t.analyst }))).toBe('FORBIDDEN');
  });
});

describe('searching the directory (복지샘)', () => {
  const names = async (filter: object, token?: string) =>
    (await app.gql(SEARCH, { filter }, token ? { token } : {})).data.resources.edges.map(
      (e: { node: { name: string } }) => e.node.name,
    );

  it('finds published resources without sign-in by two syllables, and never drafts', async () => {
    expect(await names({ search: '반찬' })).toEqual(['밑반찬 배달']);
    expect(await names({})).not.toContain('월동 난방비 지원 (준비 중)');
    expect(await names({}, t.agency)).toContain('월동 난방비 지원 (준비 중)');
  });

  it('finds by region: a 읍면동 sees what serves its 시군구, not another province', async () => {
    expect(await names({ regionCode: '1111051500' })).toEqual(['밑반찬 배달']);
    expect(await names({ regionCode: '5172031000' })).toEqual(['홍천 이동 목욕 서비스']);
    expect(await names({ regionCode: '1100000000' })).toEqual(['밑반찬 배달']);
  });

  it('filters by need, free of charge, places free and open now', async () => {
    expect(await names({ needsDomain: 'HEALTH', free: true })).toEqual(['밑반찬 배달']);
    expect(await names({ free: true, regionCode: '5172031000' })).toEqual([]);
    expect(await names({ hasCapacity: true })).toEqual(['홍천 이동 목욕 서비스']);
    expect(await names({ openNow: true })).toEqual(['밑반찬 배달']);
  });
});

describe("an agency's own entries and the stale list (확인 필요)", () => {
  const names = async (filter: object, token?: string) =>
    (await app.gql(SEARCH, { filter }, token ? { token } : {})).data.resources.edges.map(
      (e: { node: { name: string } }) => e.node.name,
    );

  it("lists only my agency's entries, drafts included; signed out, mine is nothing", async () => {
    expect(await names({ mine: true }, t.agency)).toEqual(['밑반찬 배달', '월동 난방비 지원 (준비 중)']);
    expect(await names({ mine: true }, t.admin)).toEqual(['홍천 이동 목욕 서비스']);
    expect(await names({ mine: true })).toEqual([]);
  });

  it('lists entries not verified for a year, and verifying takes one off', async () => {
    await app.db.query(`UPDATE resources SET assured_on = current_date - 366 WHERE id = $1`, [banchanId]);
    expect(await names({ stale: true, regionCode: '1111000000' }, t.worker)).toEqual(['밑반찬 배달']);
    const verified = await app.gql(
      `mutation($input: VerifyResourceInput!) { verifyResource(input: $input) { resource { stale } errors { code } } }`,
      { input: { resourceId: banchanId } },
      { token: t.agency },
    );
    expect(verified.data.verifyResource).toEqual({ resource: { stale: false }, errors: [] });
    expect(await names({ stale: true, regionCode: '1111000000' }, t.worker)).toEqual([]);
  });
});

describe('the public search is rate limited per address', () => {
  const LIMIT = 2;
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ publicRateLimit: LIMIT, trustProxy: true });
  });
  afterAll(() => limited?.close());
  const search = (address: string) =>
    limited
      .post({ query: SEARCH, variables: { filter: { search: '반찬' } } }, { 'x-forwarded-for': address })
      .then((r) => r.json() as Promise<{ data?: unknown; errors?: { extensions: { code: string } }[] }>);

  it('refuses a signed-out address past the limit, not another address', async () => {
    for (let i = 0; i < LIMIT; i++) expect((await search('203.0.113.50')).errors).toBeUndefined();
    expect((await search('203.0.113.50')).errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect((await search('198.51.100.50')).errors).toBeUndefined();
  });
});
