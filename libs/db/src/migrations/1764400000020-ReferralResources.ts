import { type MigrationInterface, type QueryRunner } from 'typeorm';

// A referral may name a directory resource (복지자원): the receiving agency is then the resource's, and
// accepting takes one of its counted places until the referral ends.
export class ReferralResources1764400000020 implements MigrationInterface {
  name = 'ReferralResources1764400000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE referrals ADD COLUMN resource_id uuid REFERENCES resources(id);
      CREATE INDEX "IDX_referrals_resource" ON referrals (resource_id) WHERE resource_id IS NOT NULL;
      ALTER TABLE resource_history DROP CONSTRAINT resource_history_action_check, ALTER COLUMN action TYPE varchar(20);
      ALTER TABLE resource_history ADD CONSTRAINT resource_history_action_check
        CHECK (action IN ('CREATE', 'UPDATE', 'VERIFY', 'CAPACITY', 'PLACE_TAKEN', 'PLACE_FREED'));
    `);
  }

  // resource_history is append-only, so its PLACE_ rows (and the wider check that admits them) stay.
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_referrals_resource"; ALTER TABLE referrals DROP COLUMN resource_id;`);
  }
}
