import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Inbox and outbox pages read an agency's referrals newest first whatever their status.
export class ReferralInboxIndexes1764200000001 implements MigrationInterface {
  name = 'ReferralInboxIndexes1764200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX "IDX_referrals_to_newest" ON referrals (to_agency_id, created_at DESC, id DESC);
      CREATE INDEX "IDX_referrals_from_newest" ON referrals (from_agency_id, created_at DESC, id DESC);
      CREATE INDEX "IDX_cases_household" ON cases (household_id, opened_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP INDEX "IDX_referrals_to_newest"; DROP INDEX "IDX_referrals_from_newest"; DROP INDEX "IDX_cases_household";`,
    );
  }
}
