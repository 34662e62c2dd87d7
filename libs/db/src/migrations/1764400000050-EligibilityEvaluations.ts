import { type MigrationInterface, type QueryRunner } from 'typeorm';

// 일괄 판정 (the batch form of 수급자격 판정, for 확인조사): a run evaluates every household with means
// on record for every programme on one date. Its results are one row per household, each in the
// run's own partition: the job fills a table of its own inside one transaction and attaches it at the
// end, so a killed run leaves nothing, and a rerun of a date replaces the earlier run's partition
// (dropped in the same transaction) instead of doubling rows. A row is small: eligibility as a bit
// mask over the run's programmes, trace templates as 8-byte hashes (their text is stored once per
// template in benefit_trace_templates, shared by runs), and every number as a variable-length integer (libs/domain
// packed-estimate.ts). No foreign keys on the rows: checking a million of them on attach would cost
// more than the run; the household and means ids come from the join that read them.
export class EligibilityEvaluations1764400000050 implements MigrationInterface {
  name = 'EligibilityEvaluations1764400000050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE eligibility_evaluations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        as_of date NOT NULL,
        status varchar(8) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'REPLACED')),
        parameter_set_id int REFERENCES benefit_parameter_sets(id),
        programmes text[] NOT NULL,
        households_total int,
        households_done int NOT NULL DEFAULT 0,
        households_skipped int NOT NULL DEFAULT 0,
        -- Per programme, in the order of programmes: [eligible households, total monthly amount].
        programme_totals jsonb,
        result_bytes bigint,
        replaced_by uuid REFERENCES eligibility_evaluations(id),
        failure text,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      -- One run at a time, and one current run per date.
      CREATE UNIQUE INDEX "UQ_eligibility_evaluations_one_active" ON eligibility_evaluations ((true))
        WHERE status IN ('QUEUED', 'RUNNING');
      CREATE UNIQUE INDEX "UQ_eligibility_evaluations_done_as_of" ON eligibility_evaluations (as_of)
        WHERE status = 'DONE';
      CREATE INDEX "IDX_eligibility_evaluations_created" ON eligibility_evaluations (created_at DESC, id DESC);

      -- A trace template's id is a hash of its content (words, parameter values and dates), so runs
      -- share them: a monthly run adds only the templates no run has seen. json, not jsonb: the id is
      -- checked against the text as written, and jsonb would reorder its keys.
      CREATE TABLE benefit_trace_templates (
        id varchar(48) PRIMARY KEY,
        template json NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TRIGGER benefit_trace_templates_append_only BEFORE UPDATE OR DELETE ON benefit_trace_templates
        FOR EACH ROW EXECUTE FUNCTION append_only_refuse_change();

      CREATE TABLE eligibility_evaluation_results (
        evaluation_id uuid NOT NULL,
        household_id uuid NOT NULL,
        means_id uuid NOT NULL,
        household_size smallint NOT NULL,
        income_recognized bigint NOT NULL,
        eligible int NOT NULL,
        template_ids bytea NOT NULL,
        numbers bytea NOT NULL,
        PRIMARY KEY (evaluation_id, household_id)
      ) PARTITION BY LIST (evaluation_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE eligibility_evaluation_results;
      DROP TABLE benefit_trace_templates;
      DROP TABLE eligibility_evaluations;
    `);
  }
}
