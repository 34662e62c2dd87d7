import { type MigrationInterface, type QueryRunner } from 'typeorm';

// 수급자격 판정: one row per household and programme each time it is decided, never changed; a new
// decision names the one it supersedes, so the chain of a household's programme is its history and
// "why did this change" is a diff of two traces. Rows are small for a batch of a million
// households (COPY or INSERT … SELECT): the parameter values in force are stored once per set in
// benefit_parameter_sets and a decision refers to its set by a 4-byte id; the trace's steps name
// the parameters they used (libs/domain eligibility/decision-record.ts).
export class EligibilityDecisions1764400000001 implements MigrationInterface {
  name = 'EligibilityDecisions1764400000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE benefit_parameter_sets (
        id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        -- A hash of the canonical set (names, effective dates, values): the decision's parameterVersion.
        version varchar(32) NOT NULL UNIQUE,
        parameters jsonb NOT NULL CHECK (jsonb_typeof(parameters) = 'array'),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE eligibility_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        household_id uuid NOT NULL REFERENCES households(id),
        programme varchar(24) NOT NULL CHECK (programme ~ '^[A-Z][A-Z_]*$'),
        as_of date NOT NULL,
        eligible boolean NOT NULL,
        monthly_amount bigint,
        threshold bigint,
        income_recognized bigint,
        reasons text[] NOT NULL,
        trace jsonb NOT NULL CHECK (jsonb_typeof(trace) = 'array'),
        parameter_set_id int NOT NULL REFERENCES benefit_parameter_sets(id),
        means_id uuid NOT NULL REFERENCES household_means(id),
        support_obligor varchar(7) NOT NULL CHECK (support_obligor IN ('NONE', 'UNABLE', 'ABLE', 'WEALTHY')),
        supersedes_id uuid REFERENCES eligibility_decisions(id),
        decided_by text NOT NULL,
        decided_at timestamptz NOT NULL DEFAULT now(),
        CHECK (supersedes_id <> id)
      );
      -- The chain of one household's programme is a line: one first decision, each superseded once.
      CREATE UNIQUE INDEX "UQ_eligibility_decisions_first" ON eligibility_decisions (household_id, programme)
        WHERE supersedes_id IS NULL;
      CREATE UNIQUE INDEX "UQ_eligibility_decisions_supersedes" ON eligibility_decisions (supersedes_id);
      CREATE INDEX "IDX_eligibility_decisions_household" ON eligibility_decisions (household_id, decided_at DESC, programme);

      -- A decision supersedes one of the same household and programme.
      CREATE FUNCTION eligibility_decisions_check_supersedes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM changed n JOIN eligibility_decisions o ON o.id = n.supersedes_id
                   WHERE (o.household_id, o.programme) IS DISTINCT FROM (n.household_id, n.programme)) THEN
          RAISE EXCEPTION 'a decision supersedes one of its own household and programme' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER eligibility_decisions_supersedes AFTER INSERT ON eligibility_decisions
        REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION eligibility_decisions_check_supersedes();

      CREATE TRIGGER eligibility_decisions_append_only BEFORE UPDATE OR DELETE ON eligibility_decisions
        FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change();
      CREATE TRIGGER eligibility_decisions_no_truncate BEFORE TRUNCATE ON eligibility_decisions
        FOR EACH STATEMENT EXECUTE FUNCTION append_only_refuse_change();
      CREATE TRIGGER benefit_parameter_sets_append_only BEFORE UPDATE OR DELETE ON benefit_parameter_sets
        FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE eligibility_decisions;
      DROP FUNCTION eligibility_decisions_check_supersedes();
      DROP TABLE benefit_parameter_sets;
    `);
  }
}
