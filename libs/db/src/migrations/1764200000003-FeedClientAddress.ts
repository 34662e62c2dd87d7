import { type MigrationInterface, type QueryRunner } from 'typeorm';

// A feed carries people's data: its record names who loaded it, when and from where, like an
// access-log row (the signals it stored point back to it).
export class FeedClientAddress1764200000003 implements MigrationInterface {
  name = 'FeedClientAddress1764200000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE crisis_feeds ADD COLUMN client_address text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE crisis_feeds DROP COLUMN client_address`);
  }
}
