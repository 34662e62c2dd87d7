import { type MigrationInterface, type QueryRunner } from 'typeorm';

// An approved application (급여 신청) is a provision on the ledger (제공 이력), once per application.
export class ApplicationProvisions1764400000031 implements MigrationInterface {
  name = 'ApplicationProvisions1764400000031';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE provisions ADD COLUMN application_id uuid UNIQUE REFERENCES benefit_applications(id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE provisions DROP COLUMN application_id`);
  }
}
