// 제공 이력 and the duplicate check (중복지원 방지): every agency's provisions on one ledger per
// household, an overlap refused with DUPLICATE_PROVISION unless a reason is given, and the amounts of
// other agencies shown only where the resident's consent covers FINANCES.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKorea } from '../../clock';
import { firstErrorCode, startTestApp, type GqlResult, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

let app: TestApp;
const t: Record<string, string> = {};
let householdId: string;
let memberId: string;
let otherAreaId: string;
let welfareId: string;
let agencyDosirak: string; // the private agency's 밑반찬 배달
let workerDosirak: string; // the community centre's own 밑반찬 배달
let workerBath: string; // the community centre's resource without an exclusive category

const inAYear = new Date(Date.parse(todayInKorea()) + 365 * 86_400_000).toISOString().slice(0, 10);
const PROVISION = `id service needsDomain exclusiveCategory startsOn endsOn amount overrideReason caseId referralId
  agency { id name } resource { id name } person { id } recordedBy { name } recordedAt`;
const RECORD = `mutation($input: RecordProvisionInput!) { recordProvision(input: $input) {
  provision { ${PROVISION} } overlaps { provision { id agency { name } startsOn endsOn needsDomain amount } }
  errors { code message path } } }`;
const OVERLAPS = `query($input: ProvisionOverlapsInput!) { provisionOverlaps(input: $input) {
  overlaps { provision { id agency { name } resource { name } startsOn endsOn needsDomain amount } } errors { code path } } }`;
const LEDGER = `query($householdId: ID!, $first: Int, $after: String) { provisions(householdId: $householdId, first: $first, after: $after) {
  totalCount edges { node { ${PROVISION} } } pageInfo { hasNextPage endCursor } } }`;

const record = (who: string, input: Record<string, unknown>) => app.gql(RECORD, { input }, { token: t[who] });
const overlaps = (who: string, input: Record<string, unknown>) =>
  app.gql(OVERLAPS, { input }, { token: t[who] });
const count = async () =>
  (await app.db.query(`SELECT count(*)::int AS n FROM provisions WHERE household_id = $1`, [householdId]))[0]
    .n;

async function registerHousehold(who: string, regionCode: string, name: string, birth: string) {
  const reg = await app.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id members { person { id } } } errors { code } } }`,
    {
      input: {
        regionCode,
        address: `${name} 가상길 1`,
        members: [{ name, rrn: testRrn(birth, 'FEMALE'), relationship: 'HEAD' }],
      },
    },
    { token: t[who] },
  );
  expect(reg.data.registerHousehold.errors).toEqual([]);
  return reg.data.registerHousehold.household;
}

async function createResource(who: string, name: string, exclusiveCategory: string | null) {
  const created = await app.gql(
    `mutation($input: CreateResourceInput!) { createResource(input: $input) { resource { id } errors { code path } } }`,
    {
      input: {
        name,
        description: '시험용 자원',
        needsDomains: ['DAILY_LIVING', 'HEALTH'],
        serviceAreaCodes: ['1111000000'],
        regionCode: '1111051500',
        hours: [],
        exclusiveCategory,
        status: 'PUBLISHED',
      },
    },
    { token: t[who] },
  );
  expect(created.data.createResource.errors).toEqual([]);
  return created.data.createResource.resource.id as string;
}

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'agency', 'supervisor', 'analyst'] as const) t[who] = await app.signIn(who);
  [{ id: welfareId }] = await app.db.query(`SELECT id FROM agencies WHERE kind = 'COMMUNITY_WELFARE_CENTER'`);
  const h = await registerHousehold('worker', '1111051500', '제공가구주', '1950-02-02');
  householdId = h.id;
  memberId = h.members[0].person.id;
  otherAreaId = (await registerHousehold('supervisor', '1111053000', '사직가구주', '1952-03-03')).id;
  agencyDosirak = await createResource('agency', '복지관 밑반찬 배달', '밑반찬 배달');
  workerDosirak = await createResource('worker', '주민센터 반찬 나눔', '밑반찬 배달');
  workerBath = await createResource('worker', '주민센터 목욕 지원', null);
});
afterAll(() => app?.close());

describe('recordProvision', () => {
  it('refuses a private agency without consent (NO_CONSENT) and a household outside the area (FORBIDDEN)', async () => {
    const input = { householdId, resourceId: agencyDosirak, startsOn: '2026-03-01', endsOn: '2026-03-31' };
    expect((await record('agency', input)).data.recordProvision.errors[0]).toMatchObject({
      code: 'NO_CONSENT',
      path: ['input', 'householdId'],
    });
    const far = await record('worker', { ...input, householdId: otherAreaId, resourceId: workerBath });
    expect(far.data.recordProvision.errors[0]).toMatchObject({
      code: 'FORBIDDEN',
      path: ['input', 'householdId'],
    });
    const none = await record('worker', { ...input, householdId: '00000000-0000-4000-8000-000000000000' });
    expect(none.data.recordProvision.errors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const analyst = await record('analyst', input);
    expect(firstErrorCode(analyst)).toBe('FORBIDDEN');
    expect(await count()).toBe(0);
  });

  it("records the agency's provision once consent covers BASIC, with the resource's domain and category", async () => {
    const consent = await app.gql(
      `mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code } } }`,
      {
        input: {
          householdId,
          granteeAgencyId: welfareId,
          scopes: ['BASIC'],
          purpose: '서비스 연계',
          validUntil: inAYear,
        },
      },
      { token: t.worker },
    );
    expect(consent.data.recordConsent.errors).toEqual([]);
    const before = (
      await app.db.query(`SELECT count(*)::int AS n FROM access_log WHERE person_id = $1`, [memberId])
    )[0].n;
    const r = await record('agency', {
      householdId,
      personId: memberId,
      resourceId: agencyDosirak,
      startsOn: '2026-03-01',
      endsOn: '2026-03-31',
      amount: 120000,
    });
    expect(r.data.recordProvision.errors).toEqual([]);
    expect(r.data.recordProvision.overlaps).toEqual([]);
    expect(r.data.recordProvision.provision).toMatchObject({
      service: '복지관 밑반찬 배달',
      needsDomain: 'DAILY_LIVING',
      exclusiveCategory: '밑반찬 배달',
      amount: 120000,
      overrideReason: null,
      agency: { id: welfareId },
      resource: { id: agencyDosirak },
      person: { id: memberId },
      recordedBy: { name: expect.any(String) },
    });
    const actions = await app.db.query(
      `SELECT action FROM access_log WHERE person_id = $1 ORDER BY id OFFSET $2`,
      [memberId, before],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(['READ', 'CREATE']),
    );
  });

  it("refuses another agency's provision of the same category and domain touching on one day, listing it, writing nothing", async () => {
    const n = await count();
    const r = await record('worker', {
      householdId,
      resourceId: workerDosirak,
      startsOn: '2026-03-31',
      endsOn: null,
      amount: 50000,
    });
    expect(r.data.recordProvision.provision).toBeNull();
    expect(r.data.recordProvision.errors).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_PROVISION', path: ['input', 'overrideReason'] }),
    ]);
    // A public worker of the area sees FINANCES, so the agency's amount too.
    expect(r.data.recordProvision.overlaps).toEqual([
      {
        provision: {
          id: expect.any(String),
          agency: { name: expect.any(String) },
          startsOn: '2026-03-01',
          endsOn: '2026-03-31',
          needsDomain: 'DAILY_LIVING',
          amount: 120000,
        },
      },
    ]);
    expect(await count()).toBe(n);
  });

  it('records it anyway with an override reason, which is kept and shown', async () => {
    const r = await record('worker', {
      householdId,
      resourceId: workerDosirak,
      startsOn: '2026-03-31',
      amount: 50000,
      overrideReason: '복지관 배달이 3월 말에 끝나 하루 겹침',
    });
    expect(r.data.recordProvision.errors).toEqual([]);
    expect(r.data.recordProvision.overlaps).toHaveLength(1);
    expect(r.data.recordProvision.provision).toMatchObject({
      endsOn: null,
      overrideReason: '복지관 배달이 3월 말에 끝나 하루 겹침',
    });
  });

  it('lets the same category in another period through, and a resource without a category after the open-ended one', async () => {
    const apart = await overlaps('agency', {
      householdId,
      resourceId: agencyDosirak,
      startsOn: '2026-01-01',
      endsOn: '2026-02-28',
    });
    expect(apart.data.provisionOverlaps).toEqual({ overlaps: [], errors: [] });
    const bath = await record('worker', {
      householdId,
      resourceId: workerBath,
      startsOn: '2026-04-01',
      endsOn: '2026-04-30',
    });
    expect(bath.data.recordProvision.errors).toEqual([]);
    const free = await record('worker', {
      householdId,
      service: '쌀 10kg',
      needsDomain: 'ECONOMY',
      startsOn: '2026-04-02',
      endsOn: '2026-04-02',
      amount: 30000,
    });
    expect(free.data.recordProvision.errors).toEqual([]);
    expect(free.data.recordProvision.provision).toMatchObject({
      service: '쌀 10kg',
      resource: null,
      exclusiveCategory: null,
    });
    // The same resource again overlaps by resource alone.
    const again = await record('worker', { householdId, resourceId: workerBath, startsOn: '2026-04-30' });
    expect(again.data.recordProvision.errors[0].code).toBe('DUPLICATE_PROVISION');
  });

  it.each<{ name: string; input: Record<string, unknown>; paths: string[] }>([
    {
      name: 'neither resource nor service',
      input: { startsOn: '2026-05-01' },
      paths: ['input.service', 'input.needsDomain'],
    },
    {
      name: 'an end before the start',
      input: { resourceId: 'R', startsOn: '2026-05-02', endsOn: '2026-05-01' },
      paths: ['input.endsOn'],
    },
    {
      name: 'a negative amount',
      input: { resourceId: 'R', startsOn: '2026-05-01', amount: -1 },
      paths: ['input.amount'],
    },
    {
      name: 'a person of another household',
      input: { resourceId: 'R', startsOn: '2026-05-01', personId: '00000000-0000-4000-8000-000000000000' },
      paths: ['input.personId'],
    },
    {
      name: 'an override reason too long',
      input: { resourceId: 'R', startsOn: '2026-05-01', overrideReason: '가'.repeat(501) },
      paths: ['input.overrideReason'],
    },
  ])('answers VALIDATION at the field for $name', async ({ input, paths }) => {
    const n = await count();
    const r = await record('worker', {
      householdId,
      ...input,
      ...(input.resourceId ? { resourceId: workerBath } : {}),
    });
    expect(r.data.recordProvision.errors.map((e: { code: string }) => e.code)).toEqual(
      paths.map(() => 'VALIDATION'),
    );
    expect(r.data.recordProvision.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(paths);
    expect(await count()).toBe(n);
  });

  it("refuses another agency's resource (FORBIDDEN), an unknown one (NOT_FOUND), a bad date and a fractional amount", async () => {
    const theirs = await record('worker', { householdId, resourceId: agencyDosirak, startsOn: '2026-06-01' });
    expect(theirs.data.recordProvision.errors[0]).toMatchObject({
      code: 'FORBIDDEN',
      path: ['input', 'resourceId'],
    });
    const unknown = await record('worker', {
      householdId,
      resourceId: '00000000-0000-4000-8000-000000000000',
      startsOn: '2026-06-01',
    });
    expect(unknown.data.recordProvision.errors[0]).toMatchObject({
      code: 'NOT_FOUND',
      path: ['input', 'resourceId'],
    });
    expect(
      firstErrorCode(await record('worker', { householdId, resourceId: workerBath, startsOn: '2026-02-30' })),
    ).toBe('BAD_USER_INPUT');
    expect(
      firstErrorCode(
        await record('worker', { householdId, resourceId: workerBath, startsOn: '2026-06-01', amount: 1.5 }),
      ),
    ).toBe('BAD_USER_INPUT');
  });
});

describe('provisionOverlaps', () => {
  it("warns the agency of the centre's overlapping provisions without their amounts (no FINANCES consent)", async () => {
    const r = await overlaps('agency', { householdId, resourceId: agencyDosirak, startsOn: '2026-04-15' });
    expect(r.data.provisionOverlaps.errors).toEqual([]);
    const listed = r.data.provisionOverlaps.overlaps.map(
      (o: { provision: Record<string, unknown> }) => o.provision,
    );
    // The centre's open-ended 반찬 나눔 (same category) and the agency's own March delivery ended before.
    expect(listed).toEqual([
      expect.objectContaining({
        resource: { name: '주민센터 반찬 나눔' },
        startsOn: '2026-03-31',
        endsOn: null,
        amount: null,
      }),
    ]);
  });

  it('checks by domain alone when no resource is named, and refuses bad input at its field', async () => {
    const domainOnly = await overlaps('worker', {
      householdId,
      needsDomain: 'DAILY_LIVING',
      startsOn: '2026-03-01',
    });
    // No resource means no exclusive category: the rule has nothing to match.
    expect(domainOnly.data.provisionOverlaps).toEqual({ overlaps: [], errors: [] });
    const neither = await overlaps('worker', { householdId, startsOn: '2026-03-01' });
    expect(neither.data.provisionOverlaps.errors).toEqual([
      { code: 'VALIDATION', path: ['input', 'needsDomain'] },
    ]);
    const backwards = await overlaps('worker', {
      householdId,
      resourceId: workerBath,
      startsOn: '2026-03-02',
      endsOn: '2026-03-01',
    });
    expect(backwards.data.provisionOverlaps.errors).toEqual([
      { code: 'VALIDATION', path: ['input', 'endsOn'] },
    ]);
    const far = await overlaps('worker', {
      householdId: otherAreaId,
      resourceId: workerBath,
      startsOn: '2026-03-01',
    });
    expect(far.data.provisionOverlaps.errors).toEqual([
      { code: 'FORBIDDEN', path: ['input', 'householdId'] },
    ]);
  });
});

describe('provisions', () => {
  it('lists the ledger newest first, in pages, with amounts only where visible', async () => {
    const all = await app.gql(LEDGER, { householdId, first: 50 }, { token: t.worker });
    const nodes = all.data.provisions.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(all.data.provisions.totalCount).toBe(nodes.length);
    const starts = nodes.map((n: { startsOn: string }) => n.startsOn);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(
      nodes.every(
        (n: { amount: number | null; startsOn: string }) => n.amount !== null || n.startsOn === '2026-04-01',
      ),
    ).toBe(true);
    const paged: string[] = [];
    let after: string | null = null;
    do {
      type Ledger = {
        provisions: {
          edges: { node: { id: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const page: GqlResult<Ledger> = await app.gql<Ledger>(
        LEDGER,
        { householdId, first: 2, after },
        { token: t.worker },
      );
      const ledger: Ledger['provisions'] = page.data!.provisions;
      paged.push(...ledger.edges.map((e) => e.node.id));
      after = ledger.pageInfo.hasNextPage ? ledger.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toEqual(nodes.map((n: { id: string }) => n.id));
    // The private agency sees its own amount and not the centre's.
    const theirs = await app.gql(LEDGER, { householdId, first: 50 }, { token: t.agency });
    expect(
      theirs.data.provisions.edges.find(
        (e: { node: { agency: { id: string } } }) => e.node.agency.id === welfareId,
      ).node.amount,
    ).toBe(120000);
    expect(
      theirs.data.provisions.edges.filter(
        (e: { node: { agency: { id: string }; amount: number | null } }) =>
          e.node.agency.id !== welfareId && e.node.amount !== null,
      ),
    ).toEqual([]);
  });

  it('refuses a household outside the area and callers without the capability', async () => {
    expect(firstErrorCode(await app.gql(LEDGER, { householdId: otherAreaId }, { token: t.worker }))).toBe(
      'FORBIDDEN',
    );
    expect(firstErrorCode(await app.gql(LEDGER, { householdId }, { token: t.analyst }))).toBe('FORBIDDEN');
  });

  it('holds the services recorded on a case and the provision a completed referral writes', async () => {
    const opened = await app.gql(
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } errors { code } } }`,
      { input: { householdId } },
      { token: t.worker },
    );
    const caseId = opened.data.openCase.case.id;
    const service = await app.gql(
      `mutation($input: RecordServiceInput!) { recordService(input: $input) { service { id service providedOn } errors { code } } }`,
      { input: { caseId, service: '방문 상담', providedOn: todayInKorea() } },
      { token: t.worker },
    );
    expect(service.data.recordService.errors).toEqual([]);
    const step = (name: string, input: Record<string, unknown>, who: string) =>
      app.gql(
        `mutation($input: ${name === 'completeReferral' ? 'CompleteReferralInput' : 'ReferralStepInput'}!) { ${name}(input: $input) { referral { id status } errors { code message } } }`,
        { input },
        { token: t[who] },
      );
    const sent = await app.gql(
      `mutation($input: SendReferralInput!) { sendReferral(input: $input) { referral { id } errors { code } } }`,
      { input: { caseId, resourceId: agencyDosirak, service: '' } },
      { token: t.worker },
    );
    const referralId = sent.data.sendReferral.referral.id;
    for (const [name, who] of [
      ['receiveReferral', 'agency'],
      ['acceptReferral', 'agency'],
      ['startReferralService', 'agency'],
    ] as const)
      expect((await step(name, { referralId }, who)).data[name].errors).toEqual([]);
    const done = await step('completeReferral', { referralId, outcome: 'SERVED' }, 'agency');
    expect(done.data.completeReferral.errors).toEqual([]);
    const ledger = await app.gql(LEDGER, { householdId, first: 50 }, { token: t.worker });
    const nodes = ledger.data.provisions.edges.map((e: { node: Record<string, unknown> }) => e.node);
    expect(nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          service: '방문 상담',
          caseId,
          startsOn: todayInKorea(),
          endsOn: todayInKorea(),
          referralId: null,
        }),
        expect.objectContaining({
          service: '복지관 밑반찬 배달',
          caseId,
          referralId,
          resource: { id: agencyDosirak, name: '복지관 밑반찬 배달' },
          needsDomain: 'DAILY_LIVING',
          exclusiveCategory: '밑반찬 배달',
          agency: expect.objectContaining({ id: welfareId }),
          endsOn: todayInKorea(),
        }),
      ]),
    );
    // The case page still shows both as its services.
    const page = await app.gql(
      `query($id: ID!) { case(id: $id) { services { service providedOn referralId } } }`,
      { id: caseId },
      { token: t.worker },
    );
    expect(page.data.case.services.map((s: { service: string }) => s.service).sort()).toEqual([
      '방문 상담',
      '복지관 밑반찬 배달',
    ]);
  });
});
