import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { MIGRATIONS } from '@ieum/db';
import { databaseUrl } from '../../test/database-url';

// The case service records move onto the ledger: a database migrated up to the migration before
// Provisions holds case services, then the rest run; each becomes one provision, none is copied.
const NAME = 'Provisions1764400000030';
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
const ids: Record<string, string> = {};
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
  const one = async (sql: string, params: unknown[] = []) =>
    (await before.query(sql, params))[0].id as string;
  ids.agency = await one(
    `INSERT INTO agencies (name, kind, sector, region_code) VALUES ('시험 주민센터', 'COMMUNITY_CENTER', 'PUBLIC', '1111051500') RETURNING id`,
  );
  ids.user = await one(
    `INSERT INTO users (email, name, password_hash, role, agency_id) VALUES ('m@test.invalid', '시험', 'x', 'CASE_WORKER', $1) RETURNING id`,
    [ids.agency],
  );
  ids.household = await one(
    `INSERT INTO households (region_code, sigungu_code, address) VALUES ('1111051500', '1111000000', '이관길 1') RETURNING id`,
  );
  ids.case = await one(
    `INSERT INTO cases (household_id, lead_agency_id, responsible_user_id) VALUES ($1, $2, $3) RETURNING id`,
    [ids.household, ids.agency, ids.user],
  );
  ids.goal = await one(
    `INSERT INTO case_goals (case_id, title, target_date, needs, agency_id, recorded_by)
     VALUES ($1, '식사 해결', '2026-12-31', '{DAILY_LIVING,HEALTH}', $2, 'm@test.invalid') RETURNING id`,
    [ids.case, ids.agency],
  );
  ids.withGoal = await one(
    `INSERT INTO case_services (case_id, agency_id, goal_id, service, provided_on, note, recorded_by)
     VALUES ($1, $2, $3, '도시락 배달', '2026-02-03', '사례 메모', 'm@test.invalid') RETURNING id`,
    [ids.case, ids.agency, ids.goal],
  );
  ids.plain = await one(
    `INSERT INTO case_services (case_id, agency_id, service, provided_on, recorded_by)
     VALUES ($1, $2, '방문 상담', '2026-02-04', 'm@test.invalid') RETURNING id`,
    [ids.case, ids.agency],
  );
  await before.destroy();
  db = open(url, [...MIGRATIONS]);
  await db.initialize();
  await db.runMigrations();
});
afterAll(() => db?.destroy());

describe('the Provisions migration', () => {
  it('turns each case service into one provision of the case’s household, a day long, in its goal’s first domain', async () => {
    const rows = await db.query(
      `SELECT id, case_id, household_id, service, to_char(starts_on, 'YYYY-MM-DD') AS starts_on,
              to_char(ends_on, 'YYYY-MM-DD') AS ends_on, needs_domain, note, resource_id, amount
       FROM provisions ORDER BY starts_on`,
    );
    expect(rows).toEqual([
      {
        id: ids.withGoal,
        case_id: ids.case,
        household_id: ids.household,
        service: '도시락 배달',
        starts_on: '2026-02-03',
        ends_on: '2026-02-03',
        needs_domain: 'DAILY_LIVING',
        note: '사례 메모',
        resource_id: null,
        amount: null,
      },
      {
        id: ids.plain,
        case_id: ids.case,
        household_id: ids.household,
        service: '방문 상담',
        starts_on: '2026-02-04',
        ends_on: '2026-02-04',
        needs_domain: null,
        note: '',
        resource_id: null,
        amount: null,
      },
    ]);
    const [{ old }] = await db.query(`SELECT to_regclass('case_services') AS old`);
    expect(old).toBeNull();
  });

  it('refuses a period that ends before it starts, a negative amount and a provision without a household', async () => {
    const insert = (household: string | null, starts: string, ends: string | null, amount: number | null) =>
      db.query(
        `INSERT INTO provisions (household_id, agency_id, service, starts_on, ends_on, amount, recorded_by)
         VALUES ($1, $2, '쌀', $3, $4, $5, 'm@test.invalid')`,
        [household, ids.agency, starts, ends, amount],
      );
    await expect(insert(ids.household, '2026-03-02', '2026-03-01', null)).rejects.toThrow(
      /CHK_provisions_period/,
    );
    await expect(insert(ids.household, '2026-03-01', null, -1)).rejects.toThrow(/amount/);
    await expect(insert(null, '2026-03-01', null, null)).rejects.toThrow(/household_id/);
    await expect(insert(ids.household, '2026-03-01', null, 0)).resolves.toBeDefined();
  });
});
