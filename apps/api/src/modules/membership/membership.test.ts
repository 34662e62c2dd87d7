// 복지멤버십 and 맞춤형 급여 안내 through GraphQL on a real server: joining with the consent, the
// analysis the jobs run, messages never sent twice for the same change, leaving stopping it, who
// may read the guidance, and the every-member run resuming after a kill without counting anyone twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInKorea } from '../../clock';
import { startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';
import { guidanceTasks, refreshGuidance, runGuidance } from './guidance.service';

const CHEONGUN = '1111051500'; // 청운효자동, the demo worker's 동

const JOIN = `mutation($input: JoinWelfareMembershipInput!) {
  joinWelfareMembership(input: $input) {
    membership { id status channel items validUntil householdId }
    errors { code message path ... on ValidationError { rule } }
  }
}`;
const LEAVE = `mutation($input: LeaveWelfareMembershipInput!) {
  leaveWelfareMembership(input: $input) { membership { id status leftAt } errors { code path } }
}`;
const GUIDANCE = `query($id: ID!) {
  welfareGuidance(householdId: $id, first: 20) {
    totalCount
    edges { node { id programme kind estimatedMonthlyAmount previousMonthlyAmount reasons createdAt readAt nationwide } }
  }
}`;
const RECORD = `mutation($input: RecordHouseholdMeansInput!) {
  recordHouseholdMeans(input: $input) { means { id } errors { code path } }
}`;

let app: TestApp;
const t: Record<string, string> = {};
const helpers = { job: { attempts: 1, max_attempts: 5 } } as never;

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['worker', 'supervisor', 'agency', 'analyst', 'hongcheon'] as const)
    t[who] = await app.signIn(who);
});
afterAll(() => app?.close());

async function gqlData(query: string, variables: Record<string, unknown>, token: string) {
  const r = await app.gql(query, variables, { token });
  expect(r.errors).toBeUndefined();
  return r.data;
}

const inAYear = () => new Date(Date.parse(todayInKorea()) + 365 * 86_400_000).toISOString().slice(0, 10);
const consent = (items = ['BASIC', 'FINANCES']) => ({
  items,
  purpose: '복지멤버십 맞춤형 급여 안내',
  validUntil: inAYear(),
  refusalNoticeGiven: true,
});

// A one-person household of a synthetic person aged 50 in 청운효자동, with a monthly earned income.
async function household(earned: number): Promise<{ id: string; head: string }> {
  const reg = await gqlData(
    `mutation($input: RegisterHouseholdInput!) {
      registerHousehold(input: $input) { household { id members { person { id } } } errors { code } }
    }`,
    {
      input: {
        regionCode: CHEONGUN,
        address: `멤버십길 ${Math.random().toString(36).slice(2, 8)}`,
        members: [
          {
            name: '가입자',
            rrn: testRrn('1976-04-01', 'MALE'),
            relationship: 'HEAD',
          },
        ],
      },
    },
    t.supervisor,
  );
  expect(reg.registerHousehold.errors).toEqual([]);
  const h = reg.registerHousehold.household;
  await recordMeans(h.id, h.members[0].person.id, earned);
  return { id: h.id, head: h.members[0].person.id };
}

async function recordMeans(householdId: string, personId: string, earned: number) {
  const r = await gqlData(
    RECORD,
    {
      input: {
        householdId,
        asOf: todayInKorea(),
        incomes: earned ? [{ personId, kind: 'EARNED', monthlyAmount: earned, source: 'QUERIED' }] : [],
        property: [],
      },
    },
    t.worker,
  );
  expect(r.recordHouseholdMeans.errors).toEqual([]);
}

// Runs the guidance jobs queued so far, as the job runner would, and removes them.
async function drainGuidanceJobs(): Promise<number> {
  const jobs = await app.db.query(
    `SELECT j.id, t.identifier, j.payload FROM graphile_worker._private_jobs j
     JOIN graphile_worker._private_tasks t ON t.id = j.task_id WHERE t.identifier LIKE 'guidance-%' ORDER BY j.id`,
  );
  const tasks = guidanceTasks(app.db);
  for (const j of jobs) {
    await tasks[j.identifier]!(j.payload, helpers);
    await app.db.query(`DELETE FROM graphile_worker._private_jobs WHERE id = $1`, [j.id]);
  }
  return jobs.length;
}

const join = async (householdId: string, token = t.worker, c = consent()) =>
  (await gqlData(JOIN, { input: { householdId, consent: c } }, token)).joinWelfareMembership;
async function guidance(householdId: string, token = t.worker) {
  const g = (await gqlData(GUIDANCE, { id: householdId }, token)).welfareGuidance;
  return { totalCount: g.totalCount as number, nodes: g.edges.map((e: any) => e.node) };
}

describe('joinWelfareMembership', () => {
  it('refuses a consent without FINANCES or without the notice of the right to refuse, by field', async () => {
    const h = await household(0);
    const r = await join(h.id, t.worker, { ...consent(['BASIC']), refusalNoticeGiven: false });
    expect(r.membership).toBeNull();
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'VALIDATION',
          path: ['input', 'consent', 'items'],
          rule: 'REQUIRED_ITEM',
        }),
        expect.objectContaining({
          code: 'VALIDATION',
          path: ['input', 'consent', 'refusalNoticeGiven'],
          rule: 'MUST_BE_CONFIRMED',
        }),
      ]),
    );
  });

  it('is taken at any 읍면동 (홍천 for a 종로 household), records the consent, and refuses a second join', async () => {
    const h = await household(0);
    const r = await join(h.id, t.hongcheon);
    expect(r.errors).toEqual([]);
    expect(r.membership).toMatchObject({
      status: 'ACTIVE',
      channel: 'CENTRE',
      items: ['BASIC', 'FINANCES'],
      householdId: h.id,
    });
    const [c] = await app.db.query(
      `SELECT c.purpose, c.refusal_right_notified, a.region_code FROM welfare_memberships m
       JOIN consents c ON c.id = m.consent_id JOIN agencies a ON a.id = c.grantee_agency_id WHERE m.id = $1`,
      [r.membership.id],
    );
    // Given to the household's home 읍면동, which is told of the guidance.
    expect(c).toMatchObject({
      purpose: '복지멤버십 맞춤형 급여 안내',
      refusal_right_notified: true,
      region_code: CHEONGUN,
    });
    const again = await join(h.id, t.worker);
    expect(again.errors).toEqual([
      expect.objectContaining({ code: 'CONFLICT', path: ['input', 'householdId'] }),
    ]);
  });

  it('is refused to a private agency and for an unknown household', async () => {
    const h = await household(0);
    const r = await app.gql(JOIN, { input: { householdId: h.id, consent: consent() } }, { token: t.agency });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await join('00000000-0000-4000-8000-000000000000');
    expect(unknown.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
  });
});

describe('맞춤형 급여 안내', () => {
  it('tells a new member of each programme it may receive, once, with an outbox row and a note to the 동', async () => {
    const h = await household(300_000);
    const { membership } = await join(h.id);
    expect(await drainGuidanceJobs()).toBeGreaterThan(0);
    const g = await guidance(h.id);
    const livelihood = g.nodes.find((n: any) => n.programme === 'LIVELIHOOD');
    expect(livelihood).toMatchObject({
      kind: 'NEWLY_AVAILABLE',
      previousMonthlyAmount: null,
      readAt: null,
      nationwide: false,
    });
    expect(livelihood.estimatedMonthlyAmount).toBeGreaterThan(0);
    expect(livelihood.reasons.join(' ')).toContain('선정기준액');
    // Household totals only: the member's earned income is not repeated in the message.
    expect(livelihood.reasons.join(' ')).not.toContain('300,000');
    expect(g.totalCount).toBe(g.nodes.length);

    const outbox = await app.db.query(
      `SELECT o.state, o.channel, o.person_id AS "personId", o.body FROM notification_outbox o
       JOIN guidance_messages g ON g.id = o.guidance_message_id WHERE g.membership_id = $1`,
      [membership.id],
    );
    expect(outbox.length).toBe(g.nodes.length);
    expect(outbox[0]).toMatchObject({ state: 'PENDING', channel: 'SMS', personId: h.head });
    expect(outbox[0].body).not.toMatch(/\d{3},\d{3}/);
    const [note] = await app.db.query(
      `SELECT n.title, n.link FROM notifications n JOIN users u ON u.id = n.user_id
       WHERE u.email LIKE 'worker@%' AND n.kind = 'GUIDANCE' AND n.link = $1`,
      [`/households/${h.id}`],
    );
    expect(note.title).toContain('생계급여');

    // The same data evaluated again (the job run twice, a retry) writes nothing new.
    await app.db.transaction((tx) => refreshGuidance(tx, { householdIds: [h.id] }, 'MEANS', todayInKorea()));
    await app.db.transaction((tx) => refreshGuidance(tx, { householdIds: [h.id] }, 'MEANS', todayInKorea()));
    expect((await guidance(h.id)).totalCount).toBe(g.totalCount);
  });

  it('writes AMOUNT_RAISED when new means raise an amount, and nothing when they lower it', async () => {
    const h = await household(300_000);
    await join(h.id);
    await drainGuidanceJobs();
    const before = (await guidance(h.id)).nodes.find((n: any) => n.programme === 'LIVELIHOOD');
    await recordMeans(h.id, h.head, 100_000);
    await drainGuidanceJobs();
    const raised = (await guidance(h.id)).nodes.filter((n: any) => n.programme === 'LIVELIHOOD');
    expect(raised[0]).toMatchObject({
      kind: 'AMOUNT_RAISED',
      previousMonthlyAmount: before.estimatedMonthlyAmount,
    });
    expect(raised[0].estimatedMonthlyAmount).toBeGreaterThan(before.estimatedMonthlyAmount);
    await recordMeans(h.id, h.head, 500_000);
    await drainGuidanceJobs();
    expect((await guidance(h.id)).nodes.filter((n: any) => n.programme === 'LIVELIHOOD')).toHaveLength(2);
  });

  it('does not announce a benefit already decided for the household', async () => {
    const h = await household(300_000);
    const d = await gqlData(
      `mutation($input: DecideEligibilityInput!) { decideEligibility(input: $input) { errors { code } } }`,
      { input: { householdId: h.id, asOf: todayInKorea() } },
      t.worker,
    );
    expect(d.decideEligibility.errors).toEqual([]);
    await join(h.id);
    await drainGuidanceJobs();
    expect((await guidance(h.id)).nodes.map((n: any) => n.programme)).not.toContain('LIVELIHOOD');
  });

  it('is read by the workers of the household’s area only, and each read is logged', async () => {
    const h = await household(300_000);
    await join(h.id);
    await drainGuidanceJobs();
    const other = await app.gql(GUIDANCE, { id: h.id }, { token: t.hongcheon });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const agency = await app.gql(GUIDANCE, { id: h.id }, { token: t.agency });
    expect(agency.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await guidance(h.id, t.supervisor);
    const [row] = await app.db.query(
      `SELECT count(*)::int AS n FROM access_log WHERE person_id = $1 AND account LIKE 'supervisor@%' AND action = 'READ'`,
      [h.head],
    );
    expect(row.n).toBeGreaterThan(0);
  });

  it('stops when the household leaves: consent withdrawn, unsent messages cancelled, no later analysis', async () => {
    const h = await household(300_000);
    const { membership } = await join(h.id);
    await drainGuidanceJobs();
    const told = (await guidance(h.id)).totalCount;
    const left = (await gqlData(LEAVE, { input: { membershipId: membership.id } }, t.worker))
      .leaveWelfareMembership;
    expect(left.errors).toEqual([]);
    expect(left.membership.status).toBe('LEFT');
    const [c] = await app.db.query(
      `SELECT c.withdrawn_at FROM welfare_memberships m JOIN consents c ON c.id = m.consent_id WHERE m.id = $1`,
      [membership.id],
    );
    expect(c.withdrawn_at).not.toBeNull();
    const states = await app.db.query(
      `SELECT DISTINCT o.state FROM notification_outbox o JOIN guidance_messages g ON g.id = o.guidance_message_id
       WHERE g.membership_id = $1`,
      [membership.id],
    );
    expect(states).toEqual([{ state: 'CANCELLED' }]);
    await recordMeans(h.id, h.head, 0);
    expect(await drainGuidanceJobs()).toBe(0); // nothing is queued for a household that left
    await app.db.transaction((tx) => refreshGuidance(tx, { householdIds: [h.id] }, 'MEANS', todayInKorea()));
    expect((await guidance(h.id)).totalCount).toBe(told);
    const again = (await gqlData(LEAVE, { input: { membershipId: membership.id } }, t.worker))
      .leaveWelfareMembership;
    expect(again.errors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
  });

  it('a crisis feed naming a member queues its re-evaluation', async () => {
    const h = await household(300_000);
    await join(h.id);
    await drainGuidanceJobs();
    const [{ rrn_hash }] = await app.db.query(`SELECT rrn_hash FROM persons WHERE id = $1`, [h.head]);
    const [{ id: feedId }] = await app.db.query(`SELECT gen_random_uuid() AS id`);
    await app.db.query(
      `INSERT INTO crisis_signals (feed_id, rrn_hash, kind_code, observed_on, value) VALUES ($1, $2, 'ELECTRICITY_CUTOFF', $3, 1)`,
      [feedId, rrn_hash, todayInKorea()],
    );
    await app.db.query(
      `SELECT graphile_worker.add_job('guidance-feed', json_build_object('feedId', $1::text))`,
      [feedId],
    );
    await drainGuidanceJobs();
    // 긴급복지 생계지원 needs a 위기사유: the signal makes it available.
    const programmes = (await guidance(h.id)).nodes.map((n: any) => n.programme);
    expect(programmes).toContain('EMERGENCY_LIVELIHOOD');
  });
});

describe('startWelfareGuidanceRun', () => {
  it('evaluates every member once, resuming after a kill without counting anyone twice', async () => {
    const households = [await household(300_000), await household(300_000), await household(300_000)];
    for (const h of households) await join(h.id);
    await app.db.query(`DELETE FROM graphile_worker._private_jobs`); // the joins' own analyses are not run
    const r = await gqlData(
      `mutation($input: StartWelfareGuidanceRunInput!) { startWelfareGuidanceRun(input: $input) { run { id status } errors { code } } }`,
      { input: { asOf: todayInKorea() } },
      t.analyst,
    );
    expect(r.startWelfareGuidanceRun.run.status).toBe('QUEUED');
    const runId = r.startWelfareGuidanceRun.run.id;
    const busy = await gqlData(
      `mutation($input: StartWelfareGuidanceRunInput!) { startWelfareGuidanceRun(input: $input) { run { id } errors { code } } }`,
      { input: { asOf: todayInKorea() } },
      t.analyst,
    );
    expect(busy.startWelfareGuidanceRun.errors).toEqual([{ code: 'CONFLICT' }]);

    await expect(
      runGuidance(app.db, runId, {
        chunkSize: 1,
        afterChunk: async (n) => {
          if (n === 2) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const [midway] = await app.db.query(`SELECT status, members_done FROM guidance_runs WHERE id = $1`, [
      runId,
    ]);
    expect(midway).toEqual({ status: 'RUNNING', members_done: 2 });
    await runGuidance(app.db, runId, { chunkSize: 1 });

    const run = (
      await gqlData(
        `query($id: ID!) { welfareGuidanceRun(id: $id) { status progress membersTotal membersDone messages } }`,
        { id: runId },
        t.analyst,
      )
    ).welfareGuidanceRun;
    const [{ n: members }] = await app.db.query(
      `SELECT count(*)::int AS n FROM welfare_memberships WHERE status = 'ACTIVE'`,
    );
    expect(run).toMatchObject({ status: 'DONE', progress: 1, membersTotal: members, membersDone: members });
    const [{ n: written }] = await app.db.query(
      `SELECT count(*)::int AS n FROM guidance_messages WHERE trigger = 'PARAMETER_YEAR'`,
    );
    expect(run.messages).toBe(written);
    for (const h of households) {
      const programmes = (await guidance(h.id)).nodes.map((n: any) => n.programme);
      expect(new Set(programmes).size).toBe(programmes.length);
      expect(programmes).toContain('LIVELIHOOD');
    }
  });

  it('is started by an analyst only', async () => {
    const r = await app.gql(
      `mutation($input: StartWelfareGuidanceRunInput!) { startWelfareGuidanceRun(input: $input) { run { id } } }`,
      { input: { asOf: todayInKorea() } },
      { token: t.worker },
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
