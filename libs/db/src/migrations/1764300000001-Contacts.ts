import { type MigrationInterface, type QueryRunner } from 'typeorm';

// 연락처: households get numbers (one of them preferred), agencies an address and a phone, users a
// work phone, so a receiving agency can call the worker who referred and, within consent, the resident.
// Numbers are stored in their printed form (libs/domain normalizePhoneNumber).
export class Contacts1764300000001 implements MigrationInterface {
  name = 'Contacts1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE household_contacts (
        household_id uuid NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        position smallint NOT NULL CHECK (position >= 0),
        kind varchar(10) NOT NULL CHECK (kind IN ('MOBILE', 'HOME', 'OTHER')),
        number varchar(20) NOT NULL CHECK (number ~ '^[0-9]{2,4}(-[0-9]{3,4}){1,2}$'),
        preferred boolean NOT NULL DEFAULT false,
        PRIMARY KEY (household_id, position),
        UNIQUE (household_id, number)
      );
      CREATE UNIQUE INDEX "UQ_household_contacts_preferred" ON household_contacts (household_id) WHERE preferred;
      ALTER TABLE agencies ADD COLUMN phone varchar(20), ADD COLUMN address text;
      ALTER TABLE users ADD COLUMN phone varchar(20);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE household_contacts;
      ALTER TABLE agencies DROP COLUMN phone, DROP COLUMN address;
      ALTER TABLE users DROP COLUMN phone;
    `);
  }
}
