import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Member count and the youngest member's birth date on the household itself, so a screening round
// reads household conditions ("everyone 65 or older", "a single-person household") without a pass
// over every member. A statement-level trigger keeps them true whatever writes the members.
export class HouseholdFacts1764100000003 implements MigrationInterface {
  name = 'HouseholdFacts1764100000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE households ADD COLUMN member_count int NOT NULL DEFAULT 0, ADD COLUMN youngest_birth_date date;
      UPDATE households h SET member_count = m.n, youngest_birth_date = m.y
      FROM (SELECT hm.household_id, count(*)::int AS n, max(p.birth_date) AS y
            FROM household_members hm JOIN persons p ON p.id = hm.person_id GROUP BY hm.household_id) m
      WHERE h.id = m.household_id;

      CREATE FUNCTION households_refresh_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE households h SET member_count = m.n, youngest_birth_date = m.y
        FROM (SELECT c.household_id, count(p.id)::int AS n, max(p.birth_date) AS y
              FROM (SELECT DISTINCT household_id FROM changed) c
              LEFT JOIN household_members hm ON hm.household_id = c.household_id
              LEFT JOIN persons p ON p.id = hm.person_id
              GROUP BY c.household_id) m
        WHERE h.id = m.household_id AND (h.member_count, h.youngest_birth_date) IS DISTINCT FROM (m.n, m.y);
        RETURN NULL;
      END $$;
      CREATE TRIGGER household_members_facts_insert AFTER INSERT ON household_members
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION households_refresh_facts();
      CREATE TRIGGER household_members_facts_delete AFTER DELETE ON household_members
        REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION households_refresh_facts();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER household_members_facts_insert ON household_members;
      DROP TRIGGER household_members_facts_delete ON household_members;
      DROP FUNCTION households_refresh_facts();
      ALTER TABLE households DROP COLUMN member_count, DROP COLUMN youngest_birth_date;
    `);
  }
}
