import { type MigrationInterface, type QueryRunner } from 'typeorm';

// 소득·재산 자료 (means feeds) and 확인조사 (monthly re-verification).
// A means feed is stored like a crisis feed: the feed (same bytes LOADED once) and its rows, matched
// to persons by the keyed hash of the 주민등록번호 when read, with no per-row foreign keys (a
// million-row COPY). The means an evaluation uses are a household's record in force with, per member
// and income kind, the newest feed row in its place when the feed is newer (see means-in-force.ts).
// A re-verification run goes over every current recipient in household-id order; each batch of
// changes commits with the run's checkpoint, and (run, household, programme) is unique, so a resumed
// run neither counts anyone twice nor skips anyone. A change is only a proposal: a worker confirms
// it (a new eligibility decision) or contests it with a note.
export class MeansFeedsReverification1764500000400 implements MigrationInterface {
  name = 'MeansFeedsReverification1764500000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE means_feeds (
        id uuid PRIMARY KEY,
        source text NOT NULL CHECK (length(btrim(source)) > 0),
        status varchar(10) NOT NULL CHECK (status IN ('LOADED', 'REJECTED')),
        content_sha256 bytea NOT NULL,
        row_count int NOT NULL,
        matched int NOT NULL DEFAULT 0,
        unmatched int NOT NULL DEFAULT 0,
        rejected int NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        account text NOT NULL,
        user_id uuid REFERENCES users(id),
        api_key_id uuid REFERENCES api_keys(id),
        client_address text,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX "UQ_means_feeds_content" ON means_feeds (content_sha256) WHERE status = 'LOADED';
      CREATE INDEX "IDX_means_feeds_received" ON means_feeds (received_at DESC, id);

      CREATE TABLE means_feed_rows (
        feed_id uuid NOT NULL,
        rrn_hash bytea NOT NULL,
        kind varchar(16) NOT NULL,
        monthly_amount bigint NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        source_ref text NOT NULL DEFAULT ''
      );
      CREATE INDEX "IDX_means_feed_rows_person" ON means_feed_rows (rrn_hash, kind, period_to DESC);
      CREATE INDEX "IDX_means_feed_rows_feed" ON means_feed_rows (feed_id);

      CREATE TABLE reverification_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        as_of date NOT NULL,
        status varchar(8) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        recipients_total int,
        recipients_done int NOT NULL DEFAULT 0,
        continued int NOT NULL DEFAULT 0,
        amount_changed int NOT NULL DEFAULT 0,
        ending int NOT NULL DEFAULT 0,
        -- The last household id of the committed prefix of batches: a resumed run starts after it.
        resume_after uuid,
        notice_days int,
        parameter_set_id int REFERENCES benefit_parameter_sets(id),
        failure text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      -- One run at a time.
      CREATE UNIQUE INDEX "UQ_reverification_runs_active" ON reverification_runs ((true))
        WHERE status IN ('QUEUED', 'RUNNING');
      CREATE INDEX "IDX_reverification_runs_created" ON reverification_runs (created_at DESC, id);

      CREATE TABLE reverification_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid NOT NULL REFERENCES reverification_runs(id),
        household_id uuid NOT NULL REFERENCES households(id),
        -- The household's region when the run saw it: the queue is scoped by it.
        region_code varchar(10) NOT NULL,
        programme varchar(24) NOT NULL,
        kind varchar(14) NOT NULL CHECK (kind IN ('CONTINUE', 'AMOUNT_CHANGED', 'ENDS_ON')),
        old_amount bigint,
        new_amount bigint,
        ends_on date,
        explanation text NOT NULL,
        -- The decision in force the run compared with, and what a confirmation would decide.
        decision_id uuid NOT NULL REFERENCES eligibility_decisions(id),
        means_id uuid REFERENCES household_means(id),
        eligible boolean NOT NULL,
        threshold bigint,
        income_recognized bigint,
        reasons text[] NOT NULL DEFAULT '{}',
        trace jsonb,
        -- The incomes the run used when a means feed changed them: a confirmation records them as means.
        feed_incomes jsonb,
        state varchar(9) NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'CONFIRMED', 'CONTESTED')),
        note text CHECK (length(note) <= 2000),
        acted_by text,
        acted_at timestamptz,
        new_decision_id uuid REFERENCES eligibility_decisions(id),
        UNIQUE (run_id, household_id, programme),
        CHECK ((kind = 'ENDS_ON') = (ends_on IS NOT NULL)),
        CHECK (state <> 'CONTESTED' OR note IS NOT NULL),
        CHECK ((state = 'CONFIRMED') = (new_decision_id IS NOT NULL))
      );
      CREATE INDEX "IDX_reverification_changes_queue" ON reverification_changes (run_id, region_code, kind, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE reverification_changes;
      DROP TABLE reverification_runs;
      DROP TABLE means_feed_rows;
      DROP TABLE means_feeds;
    `);
  }
}
