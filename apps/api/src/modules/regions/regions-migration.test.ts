import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { MIGRATIONS } from '@ieum/db';
import { databaseUrl } from '../../test/database-url';
import { HOUSEHOLDS_2023, insertRows2023, type Rows2023 } from '../../test/regions-2023';

// The 2026-07-01 region list on a database that holds rows on 2023 codes: migrated up to the
// migration before Regions2026, rows inserted, then the rest of the migrations run.
const NAME = 'Regions20261764300000000';
const at = MIGRATIONS.findIndex((m) => m.name === NAME);
const open = (url: string, migrations: typeof MIGRATIONS) =>
  new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
  });

let db: DataSource;
let rows: Rows2023;
beforeAll(async () => {
  const name = `ieum_t_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: inject('dbAdminUrl') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = databaseUrl(inject('dbAdminUrl'), name);
  const before = open(url, MIGRATIONS.slice(0, at));
  await before.initialize();
  await before.runMigrations();
  rows = await insertRows2023(before);
  await before.destroy();
  db = open(url, [...MIGRATIONS]);
  await db.initialize();
  await db.runMigrations();
});
afterAll(() => db?.destroy());

const household = async (id: string) =>
  (await db.query(`SELECT region_code, sigungu_code FROM households WHERE id = $1`, [id]))[0];
const changeOf = async (table: string, id: string) =>
  (
    await db.query(
      `SELECT old_code, candidate_codes, reason, new_code, decided_at IS NOT NULL AS decided
       FROM region_code_changes WHERE table_name = $1 AND row_id = $2`,
      [table, id],
    )
  )[0];
const snapshot = async () =>
  db.query(`SELECT
    (SELECT count(*) FROM regions)::int AS regions,
    (SELECT count(*) FROM regions WHERE retired_on IS NULL)::int AS current,
    (SELECT count(*) FROM region_tree)::int AS tree,
    (SELECT count(*) FROM region_successors)::int AS successors,
    (SELECT count(*) FROM region_code_changes)::int AS changes,
    (SELECT string_agg(region_code || '/' || sigungu_code, ',' ORDER BY id) FROM households) AS households`);

describe('migration Regions2026 on rows stored under 2023 codes', () => {
  it('leaves 16 current 시도, with 전북특별자치도 and 전남광주통합특별시 in and 광주, 전남 and 전라북도 retired', async () => {
    const sido = await db.query(
      `SELECT code, name, retired_on::text AS "retiredOn" FROM regions WHERE level = 'SIDO' ORDER BY code`,
    );
    expect(sido.filter((s: any) => !s.retiredOn)).toHaveLength(16);
    expect(sido).toEqual(
      expect.arrayContaining([
        { code: '1200000000', name: '전남광주통합특별시', retiredOn: null },
        { code: '5200000000', name: '전북특별자치도', retiredOn: null },
        { code: '2900000000', name: '광주광역시', retiredOn: '2026-07-01' },
        { code: '4600000000', name: '전라남도', retiredOn: '2026-07-01' },
        { code: '4500000000', name: '전라북도', retiredOn: '2024-01-18' },
      ]),
    );
    // 전북: every 45 code now 52 (금암1·2동 merged, 송천3동 new); 전남광주: 광주 and 전남 under 12.
    const [counts] = await db.query(`SELECT
      count(*) FILTER (WHERE code LIKE '45%' AND retired_on IS NULL)::int AS "current45",
      count(*) FILTER (WHERE code LIKE '52%' AND retired_on IS NULL)::int AS "current52",
      count(*) FILTER (WHERE (code LIKE '29%' OR code LIKE '46%') AND retired_on IS NULL)::int AS "current29or46",
      count(*) FILTER (WHERE code LIKE '12%' AND retired_on IS NULL)::int AS "current12"
      FROM regions`);
    expect(counts).toEqual({ current45: 0, current52: 260, current29or46: 0, current12: 448 });
  });

  it.each([
    { key: 'jeonjuMoved', region: '5211151000', sigungu: '5211100000' },
    { key: 'gwangjuMerged', region: '1230053500', sigungu: '1230000000' },
    { key: 'hwaseongMoved', region: '4159751000', sigungu: '4159700000' },
    { key: 'incheonMoved', region: '2827553000', sigungu: '2827500000' },
  ] as const)(
    'moves the $key household 1:1, 읍면동 and 시군구 together',
    async ({ key, region, sigungu }) => {
      expect(await household(rows.households[key])).toEqual({ region_code: region, sigungu_code: sigungu });
      expect(await changeOf('households', rows.households[key])).toMatchObject({
        old_code: HOUSEHOLDS_2023[key].region,
        reason: 'MOVED',
        new_code: region,
        decided: true,
      });
    },
  );

  it.each([
    { key: 'unseoSplit', reason: 'SPLIT', candidates: ['2815554000', '2815555000'] },
    {
      key: 'bucheonCandidates',
      reason: 'CANDIDATE_SPLIT',
      // 심곡동's 법정동 are now in six 원미구 동 (paired by name only).
      candidates: ['4119251000', '4119252000', '4119253000', '4119254000', '4119255000', '4119256000'],
    },
    { key: 'noksanPartMoved', reason: 'PART_MOVED', candidates: ['2644056000', '2644059000'] },
  ] as const)(
    'leaves the $key household on its code and flags it ($reason), not guessed',
    async ({ key, reason, candidates }) => {
      const before = HOUSEHOLDS_2023[key];
      expect(await household(rows.households[key])).toEqual({
        region_code: before.region,
        sigungu_code: before.sigungu,
      });
      const change = await changeOf('households', rows.households[key]);
      expect(change).toEqual({
        old_code: before.region,
        candidate_codes: candidates,
        reason,
        new_code: null,
        decided: false,
      });
    },
  );

  it('moves agencies and rule sets 1:1 and flags a split 구청 and an abolished 출장소', async () => {
    const agency = async (id: string) =>
      (await db.query(`SELECT region_code FROM agencies WHERE id = $1`, [id]))[0].region_code;
    expect(await agency(rows.agencies.gwangjuBukgu)).toBe('1230000000');
    expect(await agency(rows.agencies.incheonJunggu)).toBe('2811000000');
    expect(await changeOf('agencies', rows.agencies.incheonJunggu)).toMatchObject({
      reason: 'SPLIT',
      candidate_codes: ['2812500000', '2815500000'],
    });
    expect(await changeOf('agencies', rows.agencies.hwaseongBranch)).toMatchObject({
      reason: 'ABOLISHED',
      candidate_codes: [],
    });
    const ruleSet = async (id: string) =>
      (await db.query(`SELECT region_code FROM screening_rule_sets WHERE id = $1`, [id]))[0].region_code;
    expect(await ruleSet(rows.ruleSets.gwangjuBukgu)).toBe('1230000000');
    expect(await ruleSet(rows.ruleSets.incheonJunggu)).toBe('2811000000');
    expect(await changeOf('screening_rule_sets', rows.ruleSets.incheonJunggu)).toMatchObject({
      reason: 'SPLIT',
    });
  });

  it("keeps a sent round's candidate on the codes of its day, yet under the new 시군구 in the tree", async () => {
    const [candidate] = await db.query(
      `SELECT region_code, sigungu_code FROM screening_candidates WHERE id = $1`,
      [rows.candidateId],
    );
    expect(candidate).toEqual({ region_code: '4511151000', sigungu_code: '4511100000' });
    const ancestors = (
      await db.query(`SELECT ancestor_code FROM region_tree WHERE region_code = '4511151000'`)
    ).map((r: any) => r.ancestor_code);
    expect(ancestors).toEqual(
      expect.arrayContaining(['4511100000', '4500000000', '5211100000', '5200000000']),
    );
  });

  it('refuses to put a row newly on a retired code', async () => {
    await expect(
      db.query(`UPDATE households SET address = 'x' WHERE id = $1`, [rows.households.unseoSplit]),
    ).resolves.toBeDefined();
    await expect(
      db.query(
        `INSERT INTO agencies (name, kind, sector, region_code) VALUES ('x', 'SIGUNGU_OFFICE', 'PUBLIC', '2811000000')`,
      ),
    ).rejects.toThrow(/retired region code/);
  });

  it('changes nothing when run again, and down puts every row back on its 2023 code', async () => {
    const migration = new (MIGRATIONS[at] as any)();
    const runner = db.createQueryRunner();
    const once = await snapshot();
    try {
      await runner.startTransaction();
      await migration.up(runner);
      await runner.commitTransaction();
      expect(await snapshot()).toEqual(once);

      await runner.startTransaction();
      await migration.down(runner);
      await runner.commitTransaction();
      for (const [key, h] of Object.entries(HOUSEHOLDS_2023))
        expect(await household(rows.households[key as keyof typeof HOUSEHOLDS_2023])).toEqual({
          region_code: h.region,
          sigungu_code: h.sigungu,
        });
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM regions`);
      expect(n).toBe(3884);

      await runner.startTransaction();
      await migration.up(runner);
      await runner.commitTransaction();
      const again = await snapshot();
      expect({ ...again, changes: undefined }).toEqual({ ...once, changes: undefined });
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
