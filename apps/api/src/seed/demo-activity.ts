// The demo's working loop, so a first start shows what the system is for: a loaded crisis-indicator
// feed, a finished screening round with candidates in the worker's 동 and in 홍천, cases whose
// referrals stand in every state, and a few entries of the resource directory. The steps go through
// the same services the API uses, acting as the demo accounts (the access log names them, from
// client address 'demo-seed'); only the feed's rows and the round's queueing are written directly,
// since they come from outside in real life.
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { addCalendarDays, addCalendarYears, type ReferralAction } from '@ieum/domain';
import { todayInKorea } from '../clock';
import type { Actor, AppDeps, RequestContext } from '../context';
import { createLoaders } from '../loaders';
import { AccessRecorder } from '../modules/audit/access-recorder';
import { actorOfUser } from '../modules/auth/auth.service';
import * as cases from '../modules/cases/cases.service';
import { recordConsent } from '../modules/consents/consents.service';
import { recordProvision } from '../modules/provisions/provisions.service';
import { sendReferral, stepReferral } from '../modules/referrals/referrals.service';
import { SendReferralPayload } from '../modules/referrals/referrals.types';
import { createResource } from '../modules/resources/resources.service';
import type { CreateResourceInput } from '../modules/resources/resources.types';
import { screeningRoundTask } from '../modules/screening/rounds.service';
import { latestLocals, latestNational } from '../modules/screening/rules.service';

const WORKER_DONG = '1111051500';
const HONGCHEON = '5172000000';

/** Signals for heads of demo households: a cut-off and arrears, the kinds a 한전·건보 feed carries. */
const SIGNALS: { kind: string; value: (i: number) => number; share: number }[] = [
  { kind: 'POWER_CUT', value: () => 1, share: 0.5 },
  { kind: 'HEALTH_INSURANCE_PREMIUM_ARREARS', value: (i) => 3 + (i % 4), share: 0.8 },
  { kind: 'RENT_ARREARS', value: (i) => 2 + (i % 3), share: 0.4 },
  { kind: 'WATER_CUT', value: () => 1, share: 0.2 },
];

function contextAs(deps: AppDeps, actor: Actor, step: string): RequestContext {
  const audit = new AccessRecorder(actor, 'demo-seed');
  audit.operation = `demo seed: ${step}`;
  return {
    actor,
    services: deps,
    loaders: createLoaders(deps),
    audit,
    clientAddress: 'demo-seed',
    req: undefined as never,
    res: undefined as never,
  };
}

/** Runs one scripted step as a demo account and writes its access-log rows, as a request would. */
async function as<T>(deps: AppDeps, actor: Actor, step: string, run: (ctx: RequestContext) => Promise<T>) {
  const ctx = contextAs(deps, actor, step);
  const result = await run(ctx);
  await ctx.audit.flush(deps.dataSource);
  return result;
}

function check<T extends { errors: { message: string }[] }>(payload: T, step: string): T {
  if (payload.errors.length) throw new Error(`demo seed: ${step}: ${payload.errors[0].message}`);
  return payload;
}

export async function seedDemoActivity(deps: AppDeps, domain: string): Promise<void> {
  const db = deps.dataSource;
  await loadDemoFeed(db, domain);
  await runDemoRound(db, domain);
  await demoCases(deps, domain);
  await demoResources(deps, domain);
  await demoProvisions(deps, domain);
}

const WEEKDAYS_9_TO_6 = (['MON', 'TUE', 'WED', 'THU', 'FRI'] as const).map((weekday) => ({
  weekday,
  opens: '09:00',
  closes: '18:00',
}));

/** A few entries of the directory (복지샘), published by the 복지관 and the 주민센터. */
async function demoResources(deps: AppDeps, domain: string): Promise<void> {
  const partner = await actorOfUser(deps.dataSource, `agency@${domain}`);
  const worker = await actorOfUser(deps.dataSource, `worker@${domain}`);
  const entries: [Actor, CreateResourceInput][] = [
    [
      partner,
      {
        name: '밑반찬 배달 서비스 (시연)',
        description: '홀로 사는 어르신과 장애인 가구에 주 2회 밑반찬을 배달합니다.',
        needsDomains: ['DAILY_LIVING', 'HEALTH'],
        serviceAreaCodes: ['1111000000'],
        address: '서울특별시 종로구 창신가상길 7 (데모)',
        regionCode: '1111067000',
        eligibility: '종로구에 사는 65세 이상 홀몸 어르신, 장애인 가구',
        fee: '무료',
        howToApply: '주민센터나 복지관에 전화로 신청',
        phone: '02-000-0167',
        capacityTotal: 30,
        hours: WEEKDAYS_9_TO_6,
        exclusiveCategory: '밑반찬 배달',
        status: 'PUBLISHED',
      },
    ],
    [
      partner,
      {
        name: '정서지원 프로그램 (시연)',
        description: '우울감이 있는 주민의 집단 상담과 나들이 모임입니다.',
        needsDomains: ['SOCIAL_RELATIONS', 'HEALTH'],
        serviceAreaCodes: ['1111000000'],
        address: '서울특별시 종로구 창신가상길 7 (데모)',
        regionCode: '1111067000',
        fee: '무료',
        phone: '02-000-0167',
        capacityTotal: 12,
        hours: WEEKDAYS_9_TO_6,
        status: 'PUBLISHED',
      },
    ],
    [
      worker,
      {
        name: '어르신 도시락 나눔 (시연)',
        description: '주민센터가 명절과 한파 때 홀로 사는 어르신께 도시락을 나눕니다.',
        needsDomains: ['DAILY_LIVING'],
        serviceAreaCodes: ['1111051500'],
        address: '서울특별시 종로구 청운가상길 15 (데모)',
        regionCode: '1111051500',
        fee: '무료',
        phone: '02-000-0151',
        capacityTotal: null,
        hours: WEEKDAYS_9_TO_6,
        exclusiveCategory: '밑반찬 배달',
        status: 'PUBLISHED',
      },
    ],
    [
      worker,
      {
        name: '긴급 생계비 상담 (시연)',
        description: '갑자기 소득을 잃은 가구의 긴급복지 지원을 상담하고 신청을 돕습니다.',
        needsDomains: ['ECONOMY'],
        serviceAreaCodes: ['1111051500'],
        address: '서울특별시 종로구 청운가상길 15 (데모)',
        regionCode: '1111051500',
        fee: '무료',
        howToApply: '주민센터 방문 또는 전화',
        phone: '02-000-0151',
        capacityTotal: null,
        hours: WEEKDAYS_9_TO_6,
        status: 'PUBLISHED',
      },
    ],
  ];
  for (const [actor, input] of entries)
    await as(deps, actor, 'resource', async (ctx) => check(await createResource(ctx, input), 'resource'));
}

/**
 * The ledger's first overlap (중복지원): the 복지관 delivers 밑반찬 to a household of the worker's 동
 * (whose consent the case story recorded) from the first of the month on, and the 주민센터 gives its
 * own 도시락 in the same category today, recorded anyway with a reason: the supervisor's 중복지원 점검 counts it.
 */
async function demoProvisions(deps: AppDeps, domain: string): Promise<void> {
  const db = deps.dataSource;
  const partner = await actorOfUser(db, `agency@${domain}`);
  const worker = await actorOfUser(db, `worker@${domain}`);
  const [household]: { id: string }[] = await db.query(
    `SELECT h.id FROM households h WHERE h.region_code = $1 ORDER BY h.address DESC, h.id LIMIT 1`,
    [WORKER_DONG],
  );
  const resourceOf = async (name: string): Promise<string> =>
    (await db.query(`SELECT id FROM resources WHERE name = $1`, [name]))[0].id;
  const today = todayInKorea();
  await as(deps, partner, 'provision', async (ctx) =>
    check(
      await recordProvision(ctx, {
        householdId: household.id,
        resourceId: await resourceOf('밑반찬 배달 서비스 (시연)'),
        startsOn: `${today.slice(0, 7)}-01`,
        endsOn: null, // delivered until it is stopped
      }),
      'provision',
    ),
  );
  await as(deps, worker, 'provision', async (ctx) =>
    check(
      await recordProvision(ctx, {
        householdId: household.id,
        resourceId: await resourceOf('어르신 도시락 나눔 (시연)'),
        startsOn: today,
        endsOn: today,
        overrideReason: '한파 특별 지원으로 복지관 배달과 함께 제공',
      }),
      'provision',
    ),
  );
}

async function loadDemoFeed(db: DataSource, domain: string): Promise<void> {
  const today = todayInKorea();
  const feedId = randomUUID();
  const [analyst] = await db.query(`SELECT id FROM users WHERE email = $1`, [`analyst@${domain}`]);
  // Heads of every fourth household of the worker's 동, and of every third in 홍천.
  const heads: { hash: Buffer }[] = await db.query(
    `SELECT p.rrn_hash AS hash FROM (
       SELECT h.id, h.region_code, row_number() OVER (PARTITION BY (h.region_code = $1) ORDER BY h.address, h.id) AS n
       FROM households h
       WHERE h.region_code = $1 OR h.region_code IN (SELECT region_code FROM region_tree WHERE ancestor_code = $2)
     ) h
     JOIN household_members m ON m.household_id = h.id AND m.relationship = 'HEAD'
     JOIN persons p ON p.id = m.person_id
     WHERE (h.region_code = $1 AND h.n % 4 = 1) OR (h.region_code <> $1 AND h.n % 3 = 1)`,
    [WORKER_DONG, HONGCHEON],
  );
  const rows: { hash: Buffer; kind: string; value: number; day: number }[] = [];
  heads.forEach((h, i) =>
    SIGNALS.forEach((s, j) => {
      // A fixed pattern, so every start shows the same candidates.
      if (((i * 7 + j * 3) % 10) / 10 < s.share)
        rows.push({ hash: h.hash, kind: s.kind, value: s.value(i), day: (i + j) % 40 });
    }),
  );
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO crisis_feeds (id, source, status, content_sha256, row_count, matched, unmatched, rejected, account, user_id)
       VALUES ($1, '한국전력공사·국민건강보험공단 (시연)', 'LOADED', $2, $3, $3, 0, 0, $4, $5)`,
      [
        feedId,
        createHash('sha256').update(`ieum demo feed ${today}`).digest(),
        rows.length,
        `analyst@${domain}`,
        analyst.id,
      ],
    );
    await tx.query(
      `INSERT INTO crisis_signals (feed_id, rrn_hash, kind_code, observed_on, value, source_ref)
       SELECT $1, h, k, $2::date - d, v, 'DEMO-' || ord
       FROM unnest($3::bytea[], $4::varchar[], $5::int[], $6::numeric[]) WITH ORDINALITY AS s(h, k, d, v, ord)`,
      [
        feedId,
        today,
        rows.map((r) => r.hash),
        rows.map((r) => r.kind),
        rows.map((r) => r.day),
        rows.map((r) => r.value),
      ],
    );
  });
}

// Queued and run here, before the job runner starts: the round is DONE by the first page load.
async function runDemoRound(db: DataSource, domain: string): Promise<void> {
  const [national, locals] = await Promise.all([latestNational(db), latestLocals(db)]);
  const [analyst] = await db.query(`SELECT id FROM users WHERE email = $1`, [`analyst@${domain}`]);
  const [round] = await db.query(
    `INSERT INTO screening_rounds (as_of, status, national_rule_set_id, local_rule_set_ids, created_by)
     VALUES ($1, 'QUEUED', $2, $3, $4) RETURNING id`,
    [todayInKorea(), national.id, locals.map((l) => l.id), analyst.id],
  );
  const helpers = { job: { attempts: 1, max_attempts: 1 } } as Parameters<
    ReturnType<typeof screeningRoundTask>
  >[1];
  await screeningRoundTask(db)({ roundId: round.id }, helpers);
}

/** Referrals from the worker's 주민센터 to the 복지관, one standing in each state, and one overdue to the 보건소. */
const REFERRAL_STORIES: { service: string; steps: ReferralAction[]; declineReason?: string }[] = [
  { service: '정서지원 프로그램', steps: [] },
  { service: '밑반찬 지원', steps: ['RECEIVE'] },
  { service: '방문 상담', steps: ['RECEIVE', 'ACCEPT'] },
  { service: '주거환경 개선', steps: ['RECEIVE', 'ACCEPT', 'START_SERVICE'] },
  { service: '긴급 생계비 연계', steps: ['RECEIVE', 'ACCEPT', 'START_SERVICE', 'COMPLETE'] },
  { service: '학습 지원', steps: ['RECEIVE', 'DECLINE'], declineReason: '대상 연령이 아닙니다' },
  { service: '가사 지원', steps: ['CANCEL'] },
];

async function demoCases(deps: AppDeps, domain: string): Promise<void> {
  const db = deps.dataSource;
  const worker = await actorOfUser(db, `worker@${domain}`);
  const partner = await actorOfUser(db, `agency@${domain}`);
  const [{ id: welfareId }] = await db.query(
    `SELECT id FROM agencies WHERE name = '종로종합사회복지관 (가상)'`,
  );
  const [{ id: healthId }] = await db.query(`SELECT id FROM agencies WHERE name = '종로구보건소'`);
  // Households of the worker's 동 that the feed left alone, so the candidate queue stays its own story.
  const households: { id: string }[] = await db.query(
    `SELECT h.id FROM households h WHERE h.region_code = $1 ORDER BY h.address DESC, h.id LIMIT $2`,
    [WORKER_DONG, REFERRAL_STORIES.length],
  );
  const today = todayInKorea();
  const validUntil = addCalendarDays(addCalendarYears(today, 1), -1);
  for (const [i, story] of REFERRAL_STORIES.entries()) {
    const householdId = households[i].id;
    await as(deps, worker, 'consent', async (ctx) =>
      check(
        await recordConsent(ctx, {
          householdId,
          granteeAgencyId: welfareId,
          scopes: ['BASIC', 'CASE_NOTES'],
          purpose: '통합사례관리 서비스 연계',
          validUntil,
          refusalRightNotified: true,
        }),
        'consent',
      ),
    );
    const opened = await as(deps, worker, 'open case', async (ctx) =>
      check(await cases.openCase(ctx, { householdId }), 'open case'),
    );
    const caseId = opened.case!.id;
    if (i >= 2)
      await as(deps, worker, 'assess', async (ctx) =>
        check(
          await cases.assessNeeds(ctx, {
            caseId,
            items: [
              { domain: 'ECONOMY', level: 'HIGH', note: '체납 누적' },
              { domain: 'SOCIAL_RELATIONS', level: 'MEDIUM', note: '이웃 교류 적음' },
            ],
          }),
          'assess',
        ),
      );
    const sent = await as(deps, worker, 'send referral', async (ctx) =>
      check(
        await sendReferral(ctx, {
          caseId,
          toAgencyId: welfareId,
          service: story.service,
          note: '시연용 의뢰',
        }),
        'send',
      ),
    );
    for (const action of story.steps) {
      const actor = action === 'CANCEL' ? worker : partner;
      await as(deps, actor, action, async (ctx) =>
        check(
          await stepReferral(ctx, SendReferralPayload, sent.referral!.id, action, {
            reason: story.declineReason,
            outcome: action === 'COMPLETE' ? 'SERVED' : undefined,
            note: action === 'COMPLETE' ? '3회 제공 완료' : undefined,
          }),
          action,
        ),
      );
    }
    if (i === 0) {
      // A referral past its deadline, for the supervisor's 기한 초과 view.
      const late = await as(deps, worker, 'send referral', async (ctx) =>
        check(await sendReferral(ctx, { caseId, toAgencyId: healthId, service: '방문건강관리' }), 'send'),
      );
      await db.query(
        `UPDATE referrals SET sent_on = $2::date - 10, reply_by = $2::date - 3, deadline = $2::date - 3 WHERE id = $1`,
        [late.referral!.id, today],
      );
    }
  }
}
