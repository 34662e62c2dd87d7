// HSDS 3.1 exchange: every answer is checked against the official schemas (Ajv); imports are all or nothing.
import { startTestApp, type TestApp } from '../../test/harness';
import { randomUUID } from 'node:crypto';
import {
  NEEDS_DOMAIN_TERM_IDS,
  NEEDS_DOMAINS,
  needsDomainTermId,
  NEEDS_TAXONOMY_ID,
  PLACES_UNIT_ID,
} from '@ieum/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromBufferPromise } from 'yauzl';
import { parse } from 'csv-parse/sync';
import { DEMO_DOMAIN } from '../../seed/demo';
import { hsdsId } from './hsds-ids';
import { schemaFaults, type HsdsObjectName } from './hsds-schema';

let app: TestApp;
const t: Record<string, string> = {};
const ids: Record<string, string> = {};
let agencyId: string;
let adminAgencyId: string;

const CREATE = `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } errors { code path } } }`;
const banchan = {
  name: '밑반찬 배달 서비스',
  description: '홀몸 어르신께 주 2회 밑반찬을 배달합니다.',
  needsDomains: ['DAILY_LIVING', 'HEALTH'],
  serviceAreaCodes: ['1111000000'],
  address: '서울특별시 종로구 창신가상길 7',
  regionCode: '1111067000',
  eligibility: '종로구에 사는 65세 이상 홀몸 어르신',
  criteria: { minAge: 65, maxAge: null, residentsOnly: true },
  fee: '무료',
  howToApply: '전화로 신청',
  phone: '0200000167',
  email: 'banchan@example.org',
  url: 'https://example.org/banchan',
  capacityTotal: 20,
  hours: [
    { weekday: 'MON', opens: '09:00', closes: '18:00' },
    { weekday: 'WED', opens: '09:00', closes: '12:30' },
  ],
  status: 'PUBLISHED',
};

async function get(path: string, token?: string) {
  const res = await fetch(
    `${app.url}${path}`,
    token ? { headers: { authorization: `Bearer ${token}` } } : {},
  );
  return { status: res.status, body: (await res.json()) as any };
}

async function postImport(body: unknown, token?: string, raw?: string) {
  const res = await fetch(`${app.url}/hsds/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: raw ?? JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** Every item of a page valid against the schema, and the page envelope itself as HSDS describes it. */
function expectValidPage(body: any, object: HsdsObjectName) {
  expect(Object.keys(body).sort()).toEqual(
    [
      'contents',
      'empty',
      'first_page',
      'last_page',
      'page_number',
      'size',
      'total_items',
      'total_pages',
    ].sort(),
  );
  for (const item of body.contents) expect(schemaFaults(object, item)).toEqual([]);
}

const count = async (sql: string, params: unknown[] = []) =>
  Number((await app.db.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n);

beforeAll(async () => {
  // The rate limit has its own test below; here every request is answered.
  app = await startTestApp({ publicRateLimit: 10_000 });
  for (const who of ['agency', 'admin', 'analyst', 'worker'] as const) t[who] = await app.signIn(who);
  [{ agencyId }] = await app.db.query(`SELECT agency_id AS "agencyId" FROM users WHERE email = $1`, [
    `agency@${DEMO_DOMAIN}`,
  ]);
  [{ agencyId: adminAgencyId }] = await app.db.query(
    `SELECT agency_id AS "agencyId" FROM users WHERE email = $1`,
    [`admin@${DEMO_DOMAIN}`],
  );
  const create = async (key: string, input: object, token = t.agency) => {
    const r = await app.gql(CREATE, { input }, { token });
    expect(r.data.createResource.errors).toEqual([]);
    ids[key] = r.data.createResource.resource.id;
  };
  await create('banchan', banchan);
  await create('study', {
    ...banchan,
    name: '방과후 공부방',
    description: '초등학생 학습 지도',
    needsDomains: ['EDUCATION'],
    criteria: null,
    capacityTotal: null,
    phone: null,
    hours: [],
  });
  await create('draft', { ...banchan, name: '준비 중인 나눔', status: 'DRAFT' });
  await create(
    'hongcheon',
    {
      ...banchan,
      name: '홍천 이동 목욕',
      description: '거동이 불편한 어르신 댁으로 목욕 차량이 찾아갑니다.',
      serviceAreaCodes: ['5172000000'],
      regionCode: '5172025000',
    },
    t.admin,
  );
});
afterAll(() => app?.close());

describe('stable ids', () => {
  it('are the version-5 UUIDs of their names, as written out for partners', () => {
    expect(hsdsId('taxonomy/needs-domains')).toBe(NEEDS_TAXONOMY_ID);
    expect(hsdsId('unit/places')).toBe(PLACES_UNIT_ID);
    for (const d of NEEDS_DOMAINS) expect(hsdsId(`taxonomy_term/${d}`)).toBe(NEEDS_DOMAIN_TERM_IDS[d]);
    // Python's uuid.uuid5 gives the same for the same namespace and name.
    expect(hsdsId('taxonomy_term/HEALTH')).toBe('3c4bb70b-375b-561f-b0ae-6067357cefe9');
  });
});

describe('the validator', () => {
  it('refuses what breaks the official schema, at its path', () => {
    expect(
      schemaFaults('service', {
        id: 'not-a-uuid',
        name: 'x',
        status: 'open',
        schedules: [{ id: randomUUID(), closes_at: 9 }],
      })
        .map((f) => f.pointer)
        .sort(),
    ).toEqual(['/id', '/schedules/0/closes_at', '/status']);
  });
});

describe('GET /hsds/services', () => {
  it('pages the published services, each valid HSDS, drafts never', async () => {
    const { status, body } = await get('/hsds/services');
    expect(status).toBe(200);
    expectValidPage(body, 'service');
    expect(body).toMatchObject({
      total_items: 3,
      total_pages: 1,
      page_number: 1,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(body.contents.map((s: any) => s.name)).toEqual([
      '밑반찬 배달 서비스',
      '방과후 공부방',
      '홍천 이동 목욕',
    ]);
    // Signed in changes nothing: the exchange is the public directory.
    expect((await get('/hsds/services', t.agency)).body.total_items).toBe(3);
  });

  it('pages by page and per_page', async () => {
    const second = (await get('/hsds/services?per_page=2&page=2')).body;
    expect(second).toMatchObject({
      total_items: 3,
      total_pages: 2,
      page_number: 2,
      size: 2,
      first_page: false,
      last_page: true,
    });
    expect(second.contents.map((s: any) => s.name)).toEqual(['홍천 이동 목욕']);
    const beyond = (await get('/hsds/services?per_page=2&page=3')).body;
    expect(beyond).toMatchObject({ empty: true, contents: [], last_page: true });
  });

  it('filters by words, needs domain term, organization and modification time', async () => {
    const names = async (q: string) =>
      (await get(`/hsds/services?${q}`)).body.contents.map((s: any) => s.name);
    expect(await names('search=반찬')).toEqual(['밑반찬 배달 서비스']);
    expect(await names(`taxonomy_term_id=${needsDomainTermId('EDUCATION')}`)).toEqual(['방과후 공부방']);
    expect(await names('taxonomy_term_id=HEALTH')).toEqual(['밑반찬 배달 서비스', '홍천 이동 목욕']);
    expect(await names(`organization_id=${adminAgencyId}`)).toEqual(['홍천 이동 목욕']);
    await app.db.query(`UPDATE resources SET updated_at = now() - interval '10 days' WHERE id <> $1`, [
      ids.study,
    ]);
    const since = new Date(Date.now() - 86_400_000).toISOString();
    expect(await names(`modified_after=${encodeURIComponent(since)}`)).toEqual(['방과후 공부방']);
  });

  it.each([
    ['per_page=0', 'per_page'],
    ['per_page=1000', 'per_page'],
    ['page=-1', 'page'],
    ['page=x', 'page'],
    ['taxonomy_term_id=nope', 'taxonomy_term_id'],
    ['modified_after=yesterday', 'modified_after'],
    ['organization_id=42', 'organization_id'],
    ['page=1&page=2', 'page'],
    ['postcode=03100', 'postcode'],
    [`search=${'가'.repeat(101)}`, 'search'],
  ])('answers 400 naming the parameter for %s', async (query, parameter) => {
    const { status, body } = await get(`/hsds/services?${encodeURI(query)}`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'BAD_REQUEST', parameter });
  });
});

describe('GET /hsds/services/{id}', () => {
  it('gives one service with its organization, location, schedules, phones, areas and capacity', async () => {
    const { status, body: s } = await get(`/hsds/services/${ids.banchan}`);
    expect(status).toBe(200);
    expect(schemaFaults('service', s)).toEqual([]);
    expect(s).toMatchObject({
      id: ids.banchan,
      organization_id: agencyId,
      status: 'active',
      minimum_age: 65,
      fees_description: '무료',
      organization: { id: agencyId, name: '종로종합사회복지관 (가상)' },
      phones: [{ number: '02-0000-0167' }],
      schedules: [
        { byday: 'MO', opens_at: '09:00+09:00', closes_at: '18:00+09:00', freq: 'WEEKLY' },
        { byday: 'WE', opens_at: '09:00+09:00', closes_at: '12:30+09:00' },
      ],
      service_areas: [{ extent: '1111000000', name: expect.stringContaining('종로구') }],
      capacities: [{ available: 20, maximum: 20 }],
    });
    const location = s.service_at_locations[0].location;
    expect(location).toMatchObject({ location_type: 'physical', external_identifier: '1111067000' });
    expect(location.addresses[0]).toMatchObject({
      address_1: banchan.address,
      city: '종로구',
      state_province: '서울특별시',
      country: 'KR',
    });
    expect(s.attributes.map((a: any) => a.taxonomy_term.name)).toEqual(['일상생활유지', '건강']);
    // Stable ids: the same answer twice has the same nested ids.
    expect((await get(`/hsds/services/${ids.banchan}`)).body.schedules[0].id).toBe(s.schedules[0].id);
  });

  it('answers 404 for a draft, an unknown id and a malformed one', async () => {
    for (const id of [ids.draft, randomUUID(), 'abc']) {
      const { status, body } = await get(`/hsds/services/${id}`);
      expect(status).toBe(404);
      expect(body.error.code).toBe('NOT_FOUND');
    }
  });
});

describe('organizations and the needs-domain taxonomy', () => {
  it('lists the agencies that publish, each valid', async () => {
    const { body } = await get('/hsds/organizations');
    expectValidPage(body, 'organization');
    expect(body.contents.map((o: any) => o.id).sort()).toEqual([agencyId, adminAgencyId].sort());
    const one = await get(`/hsds/organizations/${agencyId}`);
    expect(schemaFaults('organization', one.body)).toEqual([]);
    expect(one.body.name).toBe('종로종합사회복지관 (가상)');
    expect((await get(`/hsds/organizations/${randomUUID()}`)).status).toBe(404);
    expect((await get('/hsds/organizations?per_page=abc')).body.error.parameter).toBe('per_page');
  });

  it('serves the ten needs domains as one taxonomy with Korean names', async () => {
    const taxonomies = (await get('/hsds/taxonomies')).body;
    expectValidPage(taxonomies, 'taxonomy');
    expect(taxonomies.contents.map((x: any) => x.id)).toEqual([NEEDS_TAXONOMY_ID]);
    const terms = (await get(`/hsds/taxonomy_terms?taxonomy_id=${NEEDS_TAXONOMY_ID}`)).body;
    expectValidPage(terms, 'taxonomy_term');
    expect(terms.total_items).toBe(10);
    expect(terms.contents.map((x: any) => x.name)).toContain('권익보장');
    const health = await get(`/hsds/taxonomy_terms/${needsDomainTermId('HEALTH')}`);
    expect(health.body).toMatchObject({ code: 'HEALTH', name: '건강', taxonomy_id: NEEDS_TAXONOMY_ID });
    expect((await get(`/hsds/taxonomy_terms/${randomUUID()}`)).status).toBe(404);
    expect((await get('/hsds/nothing')).status).toBe(404);
  });
});

describe('GET /hsds/export.zip', () => {
  it('is a datapackage with one CSV per table and every published service in it', async () => {
    const res = await fetch(`${app.url}/hsds/export.zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = await fromBufferPromise(Buffer.from(await res.arrayBuffer()), { lazyEntries: true });
    const files = new Map<string, string>();
    for await (const entry of zip.eachEntry()) {
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
    }
    const datapackage = JSON.parse(files.get('datapackage.json')!);
    expect(datapackage.profile).toBe('tabular-data-package');
    const paths = datapackage.resources.map((r: any) => r.path);
    expect([...files.keys()].sort()).toEqual(['datapackage.json', ...paths].sort());
    const table = (path: string) => parse(files.get(path)!, { columns: true }) as Record<string, string>[];
    const services = table('services.csv');
    expect(services.map((s) => s.name).sort()).toEqual([
      '밑반찬 배달 서비스',
      '방과후 공부방',
      '홍천 이동 목욕',
    ]);
    const resource = datapackage.resources.find((r: any) => r.path === 'services.csv');
    expect(Object.keys(services[0])).toEqual(resource.schema.fields.map((f: any) => f.name));
    expect(
      table('schedules.csv')
        .filter((s) => s.service_id === ids.banchan)
        .map((s) => s.byday),
    ).toEqual(['MO', 'WE']);
    expect(table('taxonomy_terms.csv')).toHaveLength(10);
    expect(table('organizations.csv')).toHaveLength(2);
    expect(table('attributes.csv').filter((a) => a.link_id === ids.banchan)).toHaveLength(2);
    expect(table('addresses.csv')).toHaveLength(3);
  });
});

describe('POST /hsds/import', () => {
  const newService = (name: string, extra: object = {}) => ({
    id: randomUUID(),
    name,
    status: 'active',
    description: '가상 서비스',
    attributes: [{ id: randomUUID(), taxonomy_term_id: needsDomainTermId('SAFETY') }],
    service_areas: [{ id: randomUUID(), extent: '1111000000' }],
    service_at_locations: [
      {
        id: randomUUID(),
        location: {
          id: randomUUID(),
          location_type: 'physical',
          external_identifier: '1111067000',
          addresses: [
            {
              id: randomUUID(),
              address_1: '종로 가상길 1',
              city: '종로구',
              state_province: '서울특별시',
              postal_code: '',
              country: 'KR',
              address_type: 'physical',
            },
          ],
        },
      },
    ],
    schedules: [{ id: randomUUID(), byday: 'MO,TU', opens_at: '10:00', closes_at: '16:00:00' }],
    phones: [{ id: randomUUID(), number: '02-000-0200' }],
    capacities: [
      {
        id: randomUUID(),
        unit: { id: randomUUID(), name: '자리' },
        available: 3,
        maximum: 5,
        updated: '2026-11-01T00:00:00Z',
      },
    ],
    ...extra,
  });

  it('refuses the signed-out, analysts, and anything but JSON', async () => {
    expect((await postImport([newService('x')])).status).toBe(401);
    expect((await postImport([newService('x')], t.analyst)).status).toBe(403);
    const res = await fetch(`${app.url}/hsds/import`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${t.agency}` },
      body: 'id,name',
    });
    expect(res.status).toBe(415);
  });

  it('imports new services into my agency, and the same file twice creates nothing new', async () => {
    const batch = [newService('가상 안부 전화'), newService('가상 방범 순찰')];
    const before = await count('resources');
    const first = await postImport(batch, t.agency);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const stored = await app.db.query(
      `SELECT agency_id AS "agencyId", hours, capacity_total AS total, capacity_available AS free, phone FROM resources WHERE id = $1`,
      [batch[0].id],
    );
    expect(stored).toEqual([
      {
        agencyId,
        hours: [
          { weekday: 'MON', opens: '10:00', closes: '16:00' },
          { weekday: 'TUE', opens: '10:00', closes: '16:00' },
        ],
        total: 5,
        free: 5,
        phone: '02-000-0200',
      },
    ]);
    expect(
      await count(`resource_history WHERE resource_id = ANY($1) AND action = 'CREATE'`, [
        batch.map((b) => b.id),
      ]),
    ).toBe(2);
    const again = await postImport(batch, t.agency);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await count('resources')).toBe(before + 2);
    expect(await count(`resource_history WHERE resource_id = ANY($1)`, [batch.map((b) => b.id)])).toBe(2);
    // Published imports are served back as HSDS.
    expect((await get(`/hsds/services/${batch[0].id}`)).body.name).toBe('가상 안부 전화');
  });

  it('takes back its own export unchanged, and updates a changed object with history', async () => {
    const exported = (await get(`/hsds/services/${ids.banchan}`)).body;
    expect((await postImport(exported, t.agency)).body).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    const [before] = await app.db.query(`SELECT version, criteria FROM resources WHERE id = $1`, [
      ids.banchan,
    ]);
    const changed = { ...exported, name: '밑반찬 배달 (주 3회)', schedules: exported.schedules.slice(0, 1) };
    const r = await postImport([changed], t.agency);
    expect(r.body).toMatchObject({
      created: 0,
      updated: 1,
      services: [{ id: ids.banchan, action: 'UPDATED' }],
    });
    const [after] = await app.db.query(
      `SELECT name, version, jsonb_array_length(hours) AS hours, criteria FROM resources WHERE id = $1`,
      [ids.banchan],
    );
    // What HSDS does not carry (residents only) is kept.
    expect(after).toMatchObject({
      name: '밑반찬 배달 (주 3회)',
      version: before.version + 1,
      hours: 1,
      criteria: { minAge: 65, residentsOnly: true },
    });
    const [history] = await app.db.query(
      `SELECT action, account, snapshot->>'name' AS name FROM resource_history WHERE resource_id = $1 ORDER BY id DESC LIMIT 1`,
      [ids.banchan],
    );
    expect(history).toEqual({
      action: 'UPDATE',
      account: `agency@${DEMO_DOMAIN}`,
      name: '밑반찬 배달 (주 3회)',
    });
  });

  it('refuses a batch with any bad object, naming each fault by JSON path, and writes nothing', async () => {
    const good = newService('가상 좋은 서비스');
    const closesEarly = newService('가상 시간 오류', {
      schedules: [
        { id: randomUUID(), byday: 'MO', opens_at: '09:00', closes_at: '18:00' },
        { id: randomUUID(), byday: 'TU', opens_at: '09:00', closes_at: '18:00' },
        { id: randomUUID(), byday: 'WE', opens_at: '18:00', closes_at: '09:00' },
      ],
    });
    const schemaBad = { ...newService('가상 스키마 오류'), status: 'open', email: 'not-an-email' };
    const unknownArea = newService('가상 지역 오류', {
      service_areas: [{ id: randomUUID(), extent: '9999999999' }],
    });
    const before = await count('resources');
    const historyBefore = await count('resource_history');
    const r = await postImport([good, closesEarly, schemaBad, unknownArea], t.agency);
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('VALIDATION');
    expect(r.body.error.faults.map((f: any) => [f.path, f.rule])).toEqual([
      ['/1/schedules/2/closes_at', 'DATE_BEFORE_START'],
      ['/2/email', 'SCHEMA'],
      ['/2/status', 'SCHEMA'],
      ['/3/service_areas/0/extent', 'NOT_ALLOWED_VALUE'],
    ]);
    expect(await count('resources')).toBe(before);
    expect(await count('resource_history')).toBe(historyBefore);
    expect(await count('resources WHERE id = $1', [good.id])).toBe(0);
  });

  it("keeps agencies to their own: another agency's service or organization is refused", async () => {
    const theirs = (await get(`/hsds/services/${ids.hongcheon}`)).body;
    const r = await postImport([theirs], t.agency);
    expect(r.status).toBe(422);
    expect(r.body.error.faults.map((f: any) => [f.path, f.code])).toEqual([
      ['/0/organization_id', 'FORBIDDEN'],
    ]);
    const { organization_id: _o, organization: _g, ...anonymous } = theirs;
    const r2 = await postImport([anonymous], t.worker);
    expect(r2.body.error.faults.map((f: any) => [f.path, f.code])).toEqual([['/0/id', 'FORBIDDEN']]);
  });

  it('lets an administrator name the organization', async () => {
    const s = newService('가상 관리자 등록', { organization_id: agencyId });
    expect((await postImport(s, t.admin)).body).toMatchObject({ created: 1 });
    expect((await app.db.query(`SELECT agency_id AS a FROM resources WHERE id = $1`, [s.id]))[0].a).toBe(
      agencyId,
    );
    const nowhere = await postImport(
      newService('가상 없는 기관', { organization_id: randomUUID() }),
      t.admin,
    );
    expect(nowhere.body.error.faults.map((f: any) => [f.path, f.code])).toEqual([
      ['/organization_id', 'NOT_FOUND'],
    ]);
  });

  it('refuses a body over the size limit with 413, and one that is not JSON with 400', async () => {
    const big = await postImport(null, t.agency, JSON.stringify([{ name: 'x'.repeat(6 * 1024 * 1024) }]));
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await postImport(null, t.agency, '[{"id": ');
    expect(broken.status).toBe(400);
    expect((await postImport([], t.agency)).status).toBe(400);
  });
});

describe('the public HSDS reads are rate limited per address', () => {
  const LIMIT = 2;
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ publicRateLimit: LIMIT, trustProxy: true });
  });
  afterAll(() => limited?.close());
  const read = (address: string, token?: string) =>
    fetch(`${limited.url}/hsds/taxonomies`, {
      headers: { 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });

  it('answers 429 with Retry-After past the limit, not to another address or a signed-in partner', async () => {
    for (let i = 0; i < LIMIT; i++) expect((await read('203.0.113.60')).status).toBe(200);
    const refused = await read('203.0.113.60');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as any).error.code).toBe('RATE_LIMITED');
    expect((await read('198.51.100.60')).status).toBe(200);
    const token = await limited.signIn('agency');
    expect((await read('203.0.113.60', token)).status).toBe(200);
  });
});
