import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Viewing the access log is recorded as one row naming the filter (detail), not one row per person
// on the page, so reading the log does not flood it. The table stays append-only: ALTER adds a
// column and relaxes NOT NULL without touching a stored row.
export class AccessLogViewing1764300000002 implements MigrationInterface {
  name = 'AccessLogViewing1764300000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE access_log ADD COLUMN detail text, ALTER COLUMN person_id DROP NOT NULL,
        ADD CONSTRAINT access_log_subject CHECK (person_id IS NOT NULL OR detail IS NOT NULL);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE access_log DROP CONSTRAINT access_log_subject, DROP COLUMN detail;
    `);
  }
}
