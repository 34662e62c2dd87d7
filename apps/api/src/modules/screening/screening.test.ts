import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_NATIONAL_RULES, scoreHousehold, type ScreeningRuleDocument } from '@ieum/domain';
import { todayInKorea } from '../../clock';
import { startJobRunner } from '../../jobs/job-runner';
import { jobTasks } from '../../jobs/tasks';
import { demoPeople, firstErrorCode, postFeed, startTestApp, type TestApp } from '../../test/harness';
import { testRrn } from '../../test/synthetic-people';

const HEADER = 'rrn,indicator_kind,observed_on,value,source_ref';
const CHEONGUN = '1111051500';
const JONGNO = '1111000000';

let app: TestApp;
const t: Record<string, string> = {};
const daysAgo = (n: number) =>
  new Date(Date.parse(todayInKorea()) - n * 86_400_000).toISOString().slice(0, 10);

const ROUND = `query Round($id: ID!, $region: String) {
  screeningRound(id: $id) {
    id number status progress candidateCount hitRate visits hits
    hitRates { indicatorKind visits hits rate }
    ruleHitRates { ruleCode visits hits rate }
    candidates(filter: { regionCode: $region }, first: 10) {
      totalCount
      edges { node { id rank score pickedBy status household { id } reasons { code label points } indicators { kind personId value weight units fade points } rules { code points } } }
    }
  }
}`;

async function runRound(token = t.analyst): Promise<string> {
  const r = await app.gql(
    `mutation { startScreeningRound(input: {}) { round { id status } errors { code message } } }`,
    {},
    { token },
  );
  expect(r.data.startScreeningRound.errors).toEqual([]);
  const id = r.data.startScreeningRound.round.id;
  for (let i = 0; i < 100; i++) {
    const s = await app.gql(
      `query($id: ID!) { screeningRound(id: $id) { status progress } }`,
      { id },
      { token },
    );
    if (s.data.screeningRound.status === 'DONE' || s.data.screeningRound.status === 'FAILED') {
      expect(s.data.screeningRound).toEqual({ status: 'DONE', progress: 1 });
      return id;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the round did not finish');
}

// A household built to be in crisis: an elderly couple whose power was cut, with arrears and the head's death.
const crisis = { head: testRrn('1940-04-04', 'MALE'), spouse: testRrn('1944-08-08', 'FEMALE') };
let crisisHouseholdId: string;
let crisisPersonIds: string[];

beforeAll(async () => {
  app = await startTestApp({ jobs: true });
  for (const who of ['worker', 'supervisor', 'analyst', 'agency', 'admin'])
    t[who] = await app.signIn(who as never);
  const reg = await app.gql(
    `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id members { person { id } } } errors { code } } }`,
    {
      input: {
        regionCode: CHEONGUN,
        address: '청운효자동 위기길 1',
        members: [
          { name: '위기가구주', rrn: crisis.head, relationship: 'HEAD' },
          { name: '위기배우자', rrn: crisis.spouse, relationship: 'SPOUSE' },
        ],
      },
    },
    { token: t.worker },
  );
  crisisHouseholdId = reg.data.registerHousehold.household.id;
  crisisPersonIds = reg.data.registerHousehold.household.members.map((m: any) => m.person.id);
  const others = await demoPeople(app, `h.sigungu_code = '${JONGNO}'`, 40);
  const rows = [
    `${crisis.head},POWER_CUT,${daysAgo(10)},1,K-1`,
    `${crisis.spouse},POWER_CUT,${daysAgo(200)},1,K-2`,
    `${crisis.spouse},HEALTH_INSURANCE_PREMIUM_ARREARS,${daysAgo(30)},8,N-1`,
    `${crisis.spouse},HOUSEHOLD_HEAD_DEATH,${daysAgo(5)},1,D-1`,
    ...others.flatMap((p, i) => [
      `${p.rrn},GAS_CUT,${daysAgo(20 + i)},1,G-${i}`,
      `${p.rrn},${i % 2 ? 'TELECOM_BILL_ARREARS' : 'WATER_CUT'},${daysAgo(20 + i)},${1 + (i % 4)},X-${i}`,
    ]),
  ];
  const feed = await postFeed(app, t.analyst, [HEADER, ...rows].join('\n'));
  expect(feed.body.status).toBe('LOADED');
});
afterAll(() => app?.close());

describe('screening round', () => {
  let roundId: string;

  it('ranks the household built to be in crisis first in its 시군구, with the score the domain rules give', async () => {
    roundId = await runRound();
    const r = await app.gql(ROUND, { id: roundId, region: JONGNO }, { token: t.analyst });
    const round = r.data.screeningRound;
    expect(round).toMatchObject({ status: 'DONE', progress: 1, number: 1 });
    const top = round.candidates.edges[0].node;
    expect(top).toMatchObject({
      rank: 1,
      pickedBy: 'NATIONAL',
      status: 'NEW',
      household: { id: crisisHouseholdId },
    });

    const expected = scoreHousehold(
      {
        householdId: crisisHouseholdId,
        regionName: '청운효자동',
        members: [
          { personId: crisisPersonIds[0], birthDate: '1940-04-04' },
          { personId: crisisPersonIds[1], birthDate: '1944-08-08' },
        ],
      },
      [
        { personId: crisisPersonIds[0], kind: 'POWER_CUT', observedOn: daysAgo(10), value: 1 },
        { personId: crisisPersonIds[1], kind: 'POWER_CUT', observedOn: daysAgo(200), value: 1 },
        {
          personId: crisisPersonIds[1],
          kind: 'HEALTH_INSURANCE_PREMIUM_ARREARS',
          observedOn: daysAgo(30),
          value: 8,
        },
        { personId: crisisPersonIds[1], kind: 'HOUSEHOLD_HEAD_DEATH', observedOn: daysAgo(5), value: 1 },
      ],
      DEFAULT_NATIONAL_RULES,
      todayInKorea(),
    );
    expect(top.score).toBe(expected.score);
    // One member's signal counts for the household, once per kind: the fresher 단전 is kept.
    expect(top.indicators.map((i: any) => i.kind).sort()).toEqual([
      'HEALTH_INSURANCE_PREMIUM_ARREARS',
      'HOUSEHOLD_HEAD_DEATH',
      'POWER_CUT',
    ]);
    expect(top.indicators.find((i: any) => i.kind === 'POWER_CUT').personId).toBe(crisisPersonIds[0]);
    expect(top.indicators).toEqual(
      expected.indicators.map((i) =>
        expect.objectContaining({ kind: i.kind, points: i.points, fade: i.fade, units: i.units }),
      ),
    );
    // The explanation is in words, one line per indicator and rule.
    expect(top.reasons.map((x: any) => x.code)).toEqual([
      ...expected.indicators.map((i) => i.kind),
      ...expected.rules.map((x) => x.code),
    ]);
    expect(top.reasons.find((x: any) => x.code === 'POWER_CUT').label).toMatch(/^단전/);
    const ranks = round.candidates.edges.map((e: any) => e.node.score);
    expect(ranks).toEqual([...ranks].sort((a: number, b: number) => b - a));
  });

  it('stores, for every candidate of the round, the score the domain rules give its household', async () => {
    const candidates: {
      householdId: string;
      score: number;
      ruleSetId: string;
      regionName: string;
      asOf: string;
    }[] = await app.db.query(
      `SELECT c.household_id AS "householdId", c.score::float8 AS score, c.rule_set_id AS "ruleSetId",
                g.name AS "regionName", to_char(r.as_of, 'YYYY-MM-DD') AS "asOf"
         FROM screening_candidates c JOIN screening_rounds r ON r.id = c.round_id JOIN regions g ON g.code = c.region_code
         WHERE c.round_id = $1`,
      [roundId],
    );
    expect(candidates.length).toBeGreaterThan(10);
    const ids = candidates.map((c) => c.householdId);
    const members: { householdId: string; personId: string; birthDate: string; hash: Buffer }[] =
      await app.db.query(
        `SELECT m.household_id AS "householdId", p.id AS "personId", to_char(p.birth_date, 'YYYY-MM-DD') AS "birthDate",
              p.rrn_hash AS hash
       FROM household_members m JOIN persons p ON p.id = m.person_id WHERE m.household_id = ANY($1::uuid[])`,
        [ids],
      );
    const signals: { hash: Buffer; kind: string; observedOn: string; value: number }[] = await app.db.query(
      `SELECT rrn_hash AS hash, kind_code AS kind, to_char(observed_on, 'YYYY-MM-DD') AS "observedOn", value::float8 AS value
       FROM crisis_signals WHERE rrn_hash = ANY($1::bytea[])`,
      [members.map((m) => m.hash)],
    );
    const ruleSets = new Map<string, ScreeningRuleDocument>(
      (
        await app.db.query(`SELECT id, document FROM screening_rule_sets WHERE id = ANY($1::uuid[])`, [
          [...new Set(candidates.map((c) => c.ruleSetId))],
        ])
      ).map((r: { id: string; document: ScreeningRuleDocument }) => [r.id, r.document]),
    );
    const personOf = new Map(members.map((m) => [m.hash.toString('hex'), m.personId]));
    for (const c of candidates) {
      const own = members.filter((m) => m.householdId === c.householdId);
      const expected = scoreHousehold(
        { householdId: c.householdId, regionName: c.regionName, members: own },
        signals
          .filter((s) => own.some((m) => m.hash.equals(s.hash)))
          .map((s) => ({
            personId: personOf.get(s.hash.toString('hex'))!,
            kind: s.kind,
            observedOn: s.observedOn,
            value: s.value,
          })),
        ruleSets.get(c.ruleSetId)!,
        c.asOf,
      );
      expect({ household: c.householdId, score: c.score }).toEqual({
        household: c.householdId,
        score: expected.score,
      });
    }
  });

  it('sends candidates to their 읍면동: the worker sees the crisis household in the queue and why', async () => {
    const q = await app.gql(
      `{ candidates(first: 50) { totalCount edges { node { id household { id } region { code } reasons { code } } } } }`,
      {},
      { token: t.worker },
    );
    expect(q.errors).toBeUndefined();
    const nodes = q.data.candidates.edges.map((e: any) => e.node);
    expect(nodes.every((n: any) => n.region.code === CHEONGUN)).toBe(true);
    expect(nodes.map((n: any) => n.household.id)).toContain(crisisHouseholdId);
    const logged = await app.db.query(
      `SELECT DISTINCT person_id FROM access_log WHERE account = 'worker@demo.ieum.kr' AND person_id = ANY($1)`,
      [crisisPersonIds],
    );
    expect(logged.length).toBeGreaterThan(0);
  });

  it('refuses the queue of another area as FORBIDDEN and a private agency altogether', async () => {
    expect(
      firstErrorCode(
        await app.gql(
          `{ candidates(filter: { regionCode: "${JONGNO}" }) { totalCount } }`,
          {},
          { token: t.worker },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(firstErrorCode(await app.gql(`{ candidates { totalCount } }`, {}, { token: t.agency }))).toBe(
      'FORBIDDEN',
    );
  });

  it('records an outreach visit, and the hit rates follow', async () => {
    const q = await app.gql(ROUND, { id: roundId, region: CHEONGUN }, { token: t.worker });
    const candidate = q.data.screeningRound.candidates.edges.find(
      (e: any) => e.node.household.id === crisisHouseholdId,
    ).node;
    const visit = await app.gql(
      `mutation($input: RecordOutreachVisitInput!) {
      recordOutreachVisit(input: $input) { visit { id outcome note } candidate { id status lastOutcome } errors { code message } } }`,
      { input: { candidateId: candidate.id, outcome: 'NEEDS_SUPPORT', note: '긴급지원 연계 필요' } },
      { token: t.worker },
    );
    expect(visit.data.recordOutreachVisit).toMatchObject({
      errors: [],
      visit: { outcome: 'NEEDS_SUPPORT' },
      candidate: { status: 'VISITED', lastOutcome: 'NEEDS_SUPPORT' },
    });
    const after = await app.gql(ROUND, { id: roundId, region: JONGNO }, { token: t.analyst });
    const round = after.data.screeningRound;
    expect(round).toMatchObject({ visits: 1, hits: 1, hitRate: 1 });
    expect(round.hitRates.find((h: any) => h.indicatorKind === 'POWER_CUT')).toEqual({
      indicatorKind: 'POWER_CUT',
      visits: 1,
      hits: 1,
      rate: 1,
    });
    // A second visit replaces the outcome that counts.
    await app.gql(
      `mutation($input: RecordOutreachVisitInput!) { recordOutreachVisit(input: $input) { errors { code } } }`,
      { input: { candidateId: candidate.id, outcome: 'NO_NEED' } },
      { token: t.worker },
    );
    const later = await app.gql(ROUND, { id: roundId, region: JONGNO }, { token: t.analyst });
    expect(later.data.screeningRound).toMatchObject({ visits: 1, hits: 0, hitRate: 0 });
  });

  it('refuses a visit outside the worker’s area, and from an analyst', async () => {
    const [other] = await app.db.query(
      `SELECT id FROM screening_candidates WHERE round_id = $1 AND region_code <> $2 LIMIT 1`,
      [roundId, CHEONGUN],
    );
    const r = await app.gql(
      `mutation($input: RecordOutreachVisitInput!) { recordOutreachVisit(input: $input) { errors { code } } }`,
      { input: { candidateId: other.id, outcome: 'NO_NEED' } },
      { token: t.worker },
    );
    expect(r.data.recordOutreachVisit.errors).toEqual([{ code: 'FORBIDDEN' }]);
    expect(
      firstErrorCode(
        await app.gql(
          `mutation($input: RecordOutreachVisitInput!) { recordOutreachVisit(input: $input) { errors { code } } }`,
          { input: { candidateId: other.id, outcome: 'NO_NEED' } },
          { token: t.analyst },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('keeps a sent round locked: later feeds and rule changes never alter it', async () => {
    const before = await app.db.query(
      `SELECT id, rank, score FROM screening_candidates WHERE round_id = $1 ORDER BY id`,
      [roundId],
    );
    await postFeed(app, t.analyst, `${HEADER}\n${crisis.head},FIRE_DAMAGE,${daysAgo(1)},1,F-1\n`);
    expect(
      await app.db.query(`SELECT id, rank, score FROM screening_candidates WHERE round_id = $1 ORDER BY id`, [
        roundId,
      ]),
    ).toEqual(before);
    await expect(
      app.db.query(`UPDATE screening_candidates SET score = 0 WHERE round_id = $1`, [roundId]),
    ).rejects.toThrow(/locked/);
  });

  it('runs one round at a time', async () => {
    const [national] = await app.db.query(
      `SELECT id FROM screening_rule_sets WHERE region_code IS NULL LIMIT 1`,
    );
    await app.db.query(
      `INSERT INTO screening_rounds (id, as_of, status, national_rule_set_id) VALUES ('00000000-0000-4000-8000-00000000abcd', now(), 'RUNNING', $1)`,
      [national.id],
    );
    const r = await app.gql(
      `mutation { startScreeningRound(input: {}) { round { id } errors { code } } }`,
      {},
      { token: t.analyst },
    );
    expect(r.data.startScreeningRound).toEqual({ round: null, errors: [{ code: 'CONFLICT' }] });
    await app.db.query(
      `UPDATE screening_rounds SET status = 'FAILED' WHERE id = '00000000-0000-4000-8000-00000000abcd'`,
    );
    expect(
      firstErrorCode(
        await app.gql(
          `mutation { startScreeningRound(input: {}) { errors { code } } }`,
          {},
          { token: t.worker },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('a round interrupted by a crash', () => {
  it('resumes when a worker starts again: the dead worker’s lock is freed and the job runs once', async () => {
    const [national] = await app.db.query(
      `SELECT id FROM screening_rule_sets WHERE region_code IS NULL ORDER BY version DESC LIMIT 1`,
    );
    const [round] = await app.db.query(
      `INSERT INTO screening_rounds (as_of, status, progress, national_rule_set_id, started_at) VALUES ($1, 'RUNNING', 0.5, $2, now()) RETURNING id`,
      [todayInKorea(), national.id],
    );
    // The job as a worker that was killed mid-run leaves it: locked, by a worker that no longer exists.
    await app.db.query(
      `SELECT graphile_worker.add_job('screening-round', json_build_object('roundId', $1::text), job_key := $1::text, run_at := now() + interval '1 hour')`,
      [round.id],
    );
    await app.db.query(
      `UPDATE graphile_worker._private_jobs SET locked_by = 'worker-killed', locked_at = now(), run_at = now() WHERE key = $1`,
      [round.id],
    );
    const restarted = await startJobRunner(app.databaseUrl, jobTasks(app.db));
    try {
      for (let i = 0; i < 100; i++) {
        const [r] = await app.db.query(`SELECT status, candidate_count FROM screening_rounds WHERE id = $1`, [
          round.id,
        ]);
        if (r.status === 'DONE') break;
        await new Promise((res) => setTimeout(res, 100));
      }
      const [done] = await app.db.query(
        `SELECT status, progress, candidate_count FROM screening_rounds WHERE id = $1`,
        [round.id],
      );
      expect(done).toMatchObject({ status: 'DONE', progress: 1 });
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM screening_candidates WHERE round_id = $1`,
        [round.id],
      );
      expect(n).toBe(done.candidate_count);
    } finally {
      await restarted.stop();
    }
  });
});

describe('screening rules', () => {
  const SAVE = `mutation($input: SaveScreeningRulesInput!) { saveScreeningRules(input: $input) { ruleSet { id version regionCode } errors { code path } } }`;
  const PREVIEW = `query($input: PreviewScreeningRulesInput!) { previewScreeningRules(input: $input) { preview { householdsScored eligible picked pickedNational pickedLocal } errors { code path } } }`;

  it('refuses an invalid document with the path of the problem', async () => {
    const document = {
      ...DEFAULT_NATIONAL_RULES,
      halfLifeDays: -3,
      indicators: { ...DEFAULT_NATIONAL_RULES.indicators, NO_SUCH_KIND: { weight: 1 } },
    };
    const r = await app.gql(SAVE, { input: { regionCode: JONGNO, document } }, { token: t.supervisor });
    const paths = r.data.saveScreeningRules.errors.map((e: any) => e.path.join('.'));
    expect(paths).toContain('input.document.halfLifeDays');
    expect(paths.some((p: string) => p.startsWith('input.document.indicators'))).toBe(true);
  });

  it('lets only the 시군구 supervisor set its rules, and the analyst the national ones', async () => {
    expect(
      (
        await app.gql(
          SAVE,
          { input: { regionCode: JONGNO, document: DEFAULT_NATIONAL_RULES } },
          { token: t.analyst },
        )
      ).data.saveScreeningRules.errors,
    ).toEqual([{ code: 'FORBIDDEN', path: ['input', 'regionCode'] }]);
    expect(
      (
        await app.gql(
          SAVE,
          { input: { regionCode: '5172000000', document: DEFAULT_NATIONAL_RULES } },
          { token: t.supervisor },
        )
      ).data.saveScreeningRules.errors,
    ).toEqual([{ code: 'FORBIDDEN', path: ['input', 'regionCode'] }]);
    expect(
      firstErrorCode(
        await app.gql(SAVE, { input: { document: DEFAULT_NATIONAL_RULES } }, { token: t.worker }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('previews what local rules would pick, then a round uses them: national quota first, then the 시군구 quota', async () => {
    const national = { ...DEFAULT_NATIONAL_RULES, quota: 1 };
    const saved = await app.gql(SAVE, { input: { document: national } }, { token: t.analyst });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveScreeningRules.ruleSet).toMatchObject({ version: 2, regionCode: null });
    const local = {
      ...DEFAULT_NATIONAL_RULES,
      minScore: 1,
      quota: 2,
      householdRules: [
        ...DEFAULT_NATIONAL_RULES.householdRules,
        {
          code: 'ELDERLY_COUPLE',
          label: '고령 부부 가구',
          points: 25,
          when: [{ type: 'ALL_MEMBERS_AGED_AT_LEAST', age: 75 }],
        },
      ],
    };
    const preview = await app.gql(
      PREVIEW,
      { input: { regionCode: JONGNO, document: local } },
      { token: t.supervisor },
    );
    expect(preview.data.previewScreeningRules.preview).toMatchObject({
      picked: 3,
      pickedNational: 1,
      pickedLocal: 2,
    });
    expect(preview.data.previewScreeningRules.preview.eligible).toBeGreaterThanOrEqual(3);
    const stored = await app.gql(
      SAVE,
      { input: { regionCode: JONGNO, document: local } },
      { token: t.supervisor },
    );
    expect(stored.data.saveScreeningRules.ruleSet).toMatchObject({ version: 1, regionCode: JONGNO });
    const rules = await app.gql(
      `{ screeningRules(regionCode: "1111051500") { regionCode version inherited } }`,
      {},
      { token: t.worker },
    );
    expect(rules.data.screeningRules).toEqual({ regionCode: JONGNO, version: 1, inherited: false });

    const roundId = await runRound();
    const r = await app.gql(ROUND, { id: roundId, region: JONGNO }, { token: t.supervisor });
    const nodes = r.data.screeningRound.candidates.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => [n.rank, n.pickedBy])).toEqual([
      [1, 'NATIONAL'],
      [2, 'LOCAL'],
      [3, 'LOCAL'],
    ]);
    expect(nodes[0].rules.map((x: any) => x.code)).toContain('ELDERLY_COUPLE');
    // Other 시군구 follow the national rules: one candidate each at most.
    const elsewhere = await app.db.query(
      `SELECT sigungu_code, count(*)::int AS n FROM screening_candidates WHERE round_id = $1 GROUP BY 1`,
      [roundId],
    );
    for (const row of elsewhere) expect(row.n).toBeLessThanOrEqual(row.sigungu_code === JONGNO ? 3 : 1);
    // The first round is untouched by the new rules.
    const rounds = await app.gql(
      `{ screeningRounds { totalCount edges { node { number candidateCount } } } }`,
      {},
      { token: t.analyst },
    );
    const numbers = rounds.data.screeningRounds.edges.map((e: any) => e.node.number);
    expect(numbers).toEqual([...numbers].sort((a: number, b: number) => b - a));
    expect(numbers.at(-1)).toBe(1);
  });

  it('counts 만 나이 to the day: a member who turns 75 today is 75, one who turns 75 tomorrow is not', async () => {
    const today = todayInKorea();
    // (29 February has no day 75 years back in a common year; the 28th is 75 either way.)
    const birthday = `${Number(today.slice(0, 4)) - 75}-${today.slice(5) === '02-29' ? '02-28' : today.slice(5)}`;
    const dayAfter = new Date(Date.parse(birthday) + 86_400_000).toISOString().slice(0, 10);
    const people = [testRrn(birthday, 'FEMALE'), testRrn(dayAfter, 'MALE')];
    for (const [i, rrn] of people.entries()) {
      const reg = await app.gql(
        `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { errors { code } } }`,
        {
          input: {
            regionCode: CHEONGUN,
            address: `청운효자동 생일길 ${i + 1}`,
            members: [{ name: `생일${i + 1}`, rrn, relationship: 'HEAD' }],
          },
        },
        { token: t.worker },
      );
      expect(reg.data.registerHousehold.errors).toEqual([]);
    }
    const feed = await postFeed(
      app,
      t.analyst,
      [
        HEADER,
        ...people.map((rrn, i) => `${rrn},UNEMPLOYMENT_BENEFIT_RECIPIENT,${daysAgo(3)},1,B-${i}`),
      ].join('\n'),
    );
    expect(feed.body.status).toBe('LOADED');
    // Only a household with that signal and every member 75 or older reaches the minimum score.
    const document = {
      ...DEFAULT_NATIONAL_RULES,
      minScore: 900,
      householdRules: [
        {
          code: 'AGED_75_UNEMPLOYED',
          label: '75세 이상 실업급여',
          points: 1000,
          when: [
            { type: 'ALL_MEMBERS_AGED_AT_LEAST', age: 75 },
            { type: 'SIGNAL_VALUE_BELOW', kind: 'UNEMPLOYMENT_BENEFIT_RECIPIENT', threshold: 2 },
          ],
        },
      ],
    };
    const preview = await app.gql(
      PREVIEW,
      { input: { regionCode: JONGNO, document } },
      { token: t.supervisor },
    );
    expect(preview.data.previewScreeningRules.preview.eligible).toBe(1);
    const under = {
      ...document,
      householdRules: [
        {
          ...document.householdRules[0],
          when: [{ type: 'ANY_MEMBER_AGED_UNDER', age: 75 }, document.householdRules[0].when[1]],
        },
      ],
    };
    expect(
      (await app.gql(PREVIEW, { input: { regionCode: JONGNO, document: under } }, { token: t.supervisor }))
        .data.previewScreeningRules.preview.eligible,
    ).toBe(1);
  });
});
