import { type MigrationInterface, type QueryRunner } from 'typeorm';

// A candidate's breakdown is written once, by the round, and always read back whole: stored as
// json it is kept as written, where jsonb parsed and re-encoded 25,000 documents per round for
// nothing (half a second of a 1M-household round). The lock compares the text instead (json has
// no equality), which is stricter: any change to the stored document is refused.
export class CandidateBreakdownJson1764200000006 implements MigrationInterface {
  name = 'CandidateBreakdownJson1764200000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE screening_candidates ALTER COLUMN indicators TYPE json USING indicators::json, ALTER COLUMN rules TYPE json USING rules::json`,
    );
    await q.query(lockFunction('::text'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE screening_candidates ALTER COLUMN indicators TYPE jsonb USING indicators::jsonb, ALTER COLUMN rules TYPE jsonb USING rules::jsonb`,
    );
    await q.query(lockFunction(''));
  }
}

const lockFunction = (cast: string) => `
  CREATE OR REPLACE FUNCTION screening_candidates_locked() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP = 'DELETE' OR NEW.round_id <> OLD.round_id OR NEW.household_id <> OLD.household_id OR NEW.rank <> OLD.rank
       OR NEW.score <> OLD.score OR NEW.picked_by <> OLD.picked_by
       OR NEW.indicators${cast} <> OLD.indicators${cast} OR NEW.rules${cast} <> OLD.rules${cast} THEN
      RAISE EXCEPTION 'screening candidates are locked once their round is sent' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END $$`;
