import { type MigrationInterface, type QueryRunner } from 'typeorm';

// 소득·재산 of a household as recorded by a case worker: a dated record (as_of) with income rows per
// person, property rows and the per-person facts the registry lacks (장애, 재학). A record is never
// changed: a correction is a new record, so a decision that used one can still be explained. The
// rows keep their own invariants (kinds, sources, amounts, a car row with its engine, year and use).
export class HouseholdMeans1764400000000 implements MigrationInterface {
  name = 'HouseholdMeans1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- One refusal for every append-only table of means and decisions (like access_log's).
      CREATE FUNCTION append_only_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: rows cannot be changed or deleted', TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$;

      CREATE TABLE household_means (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        household_id uuid NOT NULL REFERENCES households(id),
        as_of date NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX "IDX_household_means_household" ON household_means (household_id, as_of DESC, recorded_at DESC);

      CREATE TABLE household_means_incomes (
        means_id uuid NOT NULL REFERENCES household_means(id),
        line smallint NOT NULL,
        person_id uuid NOT NULL REFERENCES persons(id),
        kind varchar(16) NOT NULL
          CHECK (kind IN ('EARNED', 'BUSINESS', 'PROPERTY', 'PENSION', 'PUBLIC_TRANSFER', 'PRIVATE_TRANSFER')),
        monthly_amount bigint NOT NULL CHECK (monthly_amount BETWEEN 0 AND 1000000000),
        source varchar(9) NOT NULL CHECK (source IN ('REPORTED', 'QUERIED', 'ESTIMATED')),
        PRIMARY KEY (means_id, line)
      );

      CREATE TABLE household_means_property (
        means_id uuid NOT NULL REFERENCES household_means(id),
        line smallint NOT NULL,
        person_id uuid REFERENCES persons(id),
        kind varchar(11) NOT NULL CHECK (kind IN ('RESIDENTIAL', 'GENERAL', 'FINANCIAL', 'CAR', 'DEBT')),
        amount bigint NOT NULL CHECK (amount BETWEEN 0 AND 1000000000000),
        source varchar(9) NOT NULL CHECK (source IN ('REPORTED', 'QUERIED', 'ESTIMATED')),
        engine_cc int CHECK (engine_cc BETWEEN 0 AND 10000),
        model_year smallint,
        car_use varchar(10) CHECK (car_use IN ('PRIVATE', 'BUSINESS', 'DISABILITY')),
        PRIMARY KEY (means_id, line),
        -- A car converts by engine, age and use; nothing else carries them.
        CHECK ((kind = 'CAR') = (engine_cc IS NOT NULL AND model_year IS NOT NULL AND car_use IS NOT NULL)),
        CHECK (kind = 'CAR' OR (engine_cc IS NULL AND model_year IS NULL AND car_use IS NULL))
      );

      CREATE TABLE household_means_facts (
        means_id uuid NOT NULL REFERENCES household_means(id),
        person_id uuid NOT NULL REFERENCES persons(id),
        disabled boolean NOT NULL,
        student boolean NOT NULL,
        PRIMARY KEY (means_id, person_id)
      );

      CREATE TRIGGER household_means_append_only BEFORE UPDATE OR DELETE ON household_means
        FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change();
      CREATE TRIGGER household_means_incomes_append_only BEFORE UPDATE OR DELETE ON household_means_incomes
        FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change();
      CREATE TRIGGER household_means_property_append_only BEFORE UPDATE OR DELETE ON household_means_property
        FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change();
      CREATE TRIGGER household_means_facts_append_only BEFORE UPDATE OR DELETE ON household_means_facts
        FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change();
      CREATE TRIGGER household_means_no_truncate BEFORE TRUNCATE ON household_means
        FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse_change();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE household_means_facts;
      DROP TABLE household_means_property;
      DROP TABLE household_means_incomes;
      DROP TABLE household_means;
      DROP FUNCTION append_only_refuse_change();
    `);
  }
}
