import { type MigrationInterface, type QueryRunner } from 'typeorm';

// 제공 이력: one ledger of everything any agency gives a household (서비스 중복 지원 방지). The case
// service records are its first rows: the table is renamed and widened, not copied, so a service
// recorded on a case is a provision and there is one row for it. A provision keeps the resource's
// exclusive category as it was when recorded, so editing the resource later does not change which
// provisions counted as overlapping.
export class Provisions1764400000030 implements MigrationInterface {
  name = 'Provisions1764400000030';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE case_services RENAME TO provisions;
      ALTER INDEX "IDX_case_services_case" RENAME TO "IDX_provisions_case";
      ALTER TABLE provisions RENAME COLUMN provided_on TO starts_on;
      ALTER TABLE provisions ALTER COLUMN case_id DROP NOT NULL,
        ADD COLUMN household_id uuid REFERENCES households(id),
        ADD COLUMN person_id uuid REFERENCES persons(id),
        ADD COLUMN resource_id uuid REFERENCES resources(id),
        ADD COLUMN needs_domain varchar(20),
        ADD COLUMN exclusive_category text,
        ADD COLUMN ends_on date,
        ADD COLUMN amount bigint CHECK (amount >= 0),
        ADD COLUMN override_reason text;
      -- A service recorded on a case was given on one day.
      UPDATE provisions p SET household_id = c.household_id, ends_on = p.starts_on,
             needs_domain = (SELECT g.needs[1] FROM case_goals g WHERE g.id = p.goal_id)
        FROM cases c WHERE c.id = p.case_id;
      ALTER TABLE provisions ALTER COLUMN household_id SET NOT NULL,
        ADD CONSTRAINT "CHK_provisions_period" CHECK (ends_on >= starts_on);
      -- The overlap check reads one household's provisions not ended before a date.
      CREATE INDEX "IDX_provisions_household" ON provisions (household_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DELETE FROM provisions WHERE case_id IS NULL;
      DROP INDEX "IDX_provisions_household";
      ALTER TABLE provisions DROP CONSTRAINT "CHK_provisions_period",
        DROP COLUMN household_id, DROP COLUMN person_id, DROP COLUMN resource_id, DROP COLUMN needs_domain,
        DROP COLUMN exclusive_category, DROP COLUMN ends_on, DROP COLUMN amount, DROP COLUMN override_reason,
        ALTER COLUMN case_id SET NOT NULL;
      ALTER TABLE provisions RENAME COLUMN starts_on TO provided_on;
      ALTER INDEX "IDX_provisions_case" RENAME TO "IDX_case_services_case";
      ALTER TABLE provisions RENAME TO case_services;
    `);
  }
}
