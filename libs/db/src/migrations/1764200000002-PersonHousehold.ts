import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Each person's current household, copied from household_members (the source of truth, where a
// person is in one household at most) by statement-level triggers. A screening round then goes
// from a crisis signal to its household in one join instead of two, which halves its heaviest pass.
export class PersonHousehold1764200000002 implements MigrationInterface {
  name = 'PersonHousehold1764200000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE persons ADD COLUMN household_id uuid;
      UPDATE persons p SET household_id = m.household_id FROM household_members m WHERE m.person_id = p.id;

      CREATE FUNCTION persons_follow_membership() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE persons p SET household_id = c.household_id FROM changed c
          WHERE p.id = c.person_id AND p.household_id IS DISTINCT FROM c.household_id;
        ELSE
          UPDATE persons p SET household_id = NULL FROM changed c
          WHERE p.id = c.person_id AND p.household_id = c.household_id
            AND NOT EXISTS (SELECT 1 FROM household_members m WHERE m.person_id = p.id);
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER household_members_person_insert AFTER INSERT ON household_members
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION persons_follow_membership();
      CREATE TRIGGER household_members_person_delete AFTER DELETE ON household_members
        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION persons_follow_membership();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER household_members_person_insert ON household_members;
      DROP TRIGGER household_members_person_delete ON household_members;
      DROP FUNCTION persons_follow_membership();
      ALTER TABLE persons DROP COLUMN household_id;
    `);
  }
}
