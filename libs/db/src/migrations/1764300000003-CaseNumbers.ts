import { type MigrationInterface, type QueryRunner } from 'typeorm';

// 사례번호: a number people can say on the phone ("사례 128번") and tell eight cases apart by, where a
// UUID cannot. Notifications keep the parameters their title was written from, so each client can
// write it in its own language (the stored title stays as the Korean fallback).
export class CaseNumbers1764300000003 implements MigrationInterface {
  name = 'CaseNumbers1764300000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE cases ADD COLUMN number bigint GENERATED ALWAYS AS IDENTITY;
      ALTER TABLE cases ADD CONSTRAINT "UQ_cases_number" UNIQUE (number);
      ALTER TABLE notifications ADD COLUMN params jsonb NOT NULL DEFAULT '{}'::jsonb
        CHECK (jsonb_typeof(params) = 'object');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE notifications DROP COLUMN params;
      ALTER TABLE cases DROP COLUMN number;
    `);
  }
}
