import { type MigrationInterface, type QueryRunner } from 'typeorm';

// 복지사각지대 발굴: the indicator catalogue, feeds and signals, screening rules, rounds, candidates
// and outreach visits. Households learn their 시군구 so that rounds rank within it.
export class BlindSpotDetection1764100000000 implements MigrationInterface {
  name = 'BlindSpotDetection1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- 읍·면 (rural) versus 동, for household rules such as "rural households of elderly people only".
      ALTER TABLE regions ADD COLUMN is_rural boolean NOT NULL DEFAULT false;
      UPDATE regions SET is_rural = (level = 'EUPMYEONDONG' AND (name LIKE '%읍' OR name LIKE '%면'));
      ALTER TABLE regions ADD CONSTRAINT "UQ_regions_code_parent" UNIQUE (code, parent_code);

      -- A household's 시군구 is its 읍면동's parent; the composite key keeps the two consistent.
      ALTER TABLE households ADD COLUMN sigungu_code varchar(10);
      UPDATE households h SET sigungu_code = r.parent_code FROM regions r WHERE r.code = h.region_code;
      ALTER TABLE households ALTER COLUMN sigungu_code SET NOT NULL;
      ALTER TABLE households DROP CONSTRAINT households_region_code_fkey;
      ALTER TABLE households ADD CONSTRAINT "FK_households_region_sigungu"
        FOREIGN KEY (region_code, sigungu_code) REFERENCES regions (code, parent_code);
      CREATE INDEX "IDX_households_sigungu" ON households (sigungu_code);

      CREATE TABLE crisis_indicator_groups (
        code varchar(60) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
        name_ko text NOT NULL CHECK (length(btrim(name_ko)) > 0),
        name_en text NOT NULL CHECK (length(btrim(name_en)) > 0),
        sort_order int NOT NULL
      );
      CREATE TABLE crisis_indicator_kinds (
        code varchar(60) PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
        group_code varchar(60) NOT NULL REFERENCES crisis_indicator_groups(code),
        name_ko text NOT NULL CHECK (length(btrim(name_ko)) > 0),
        name_en text NOT NULL CHECK (length(btrim(name_en)) > 0),
        unit varchar(10) NOT NULL CHECK (unit IN ('FLAG', 'MONTHS', 'KRW', 'COUNT', 'DAYS', 'GRADE')),
        note text NOT NULL DEFAULT '',
        sort_order int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id)
      );

      CREATE TABLE crisis_feeds (
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
        received_at timestamptz NOT NULL DEFAULT now()
      );
      -- A feed sent twice is stored once: the same bytes can be LOADED only once.
      CREATE UNIQUE INDEX "UQ_crisis_feeds_content" ON crisis_feeds (content_sha256) WHERE status = 'LOADED';
      CREATE INDEX "IDX_crisis_feeds_received" ON crisis_feeds (received_at DESC, id);

      -- 위기정보. Matched to persons by the keyed hash of the 주민등록번호 when read, so a signal for
      -- someone not yet registered matches the moment they are. Written only by set-based loads; no
      -- per-row foreign keys here, since their triggers would dominate a million-row COPY: the loader
      -- checks kinds against the catalogue and sets feed_id itself.
      CREATE TABLE crisis_signals (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        feed_id uuid NOT NULL,
        rrn_hash bytea NOT NULL,
        kind_code varchar(60) NOT NULL,
        observed_on date NOT NULL,
        value numeric NOT NULL,
        source_ref text NOT NULL DEFAULT ''
      );
      CREATE INDEX "IDX_crisis_signals_rrn_hash" ON crisis_signals (rrn_hash, observed_on);
      CREATE INDEX "IDX_crisis_signals_feed" ON crisis_signals (feed_id);

      -- A 시군구's rules (region_code), or the national default (NULL); every save is a new version.
      CREATE TABLE screening_rule_sets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code varchar(10) REFERENCES regions(code),
        version int NOT NULL CHECK (version > 0),
        document jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by uuid REFERENCES users(id),
        CONSTRAINT "UQ_screening_rule_sets_version" UNIQUE NULLS NOT DISTINCT (region_code, version)
      );

      CREATE TABLE screening_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        as_of date NOT NULL,
        status varchar(10) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        progress real NOT NULL DEFAULT 0 CHECK (progress >= 0 AND progress <= 1),
        national_rule_set_id uuid NOT NULL REFERENCES screening_rule_sets(id),
        local_rule_set_ids uuid[] NOT NULL DEFAULT '{}',
        households_scored int,
        candidate_count int,
        failure text,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz
      );
      -- One round at a time.
      CREATE UNIQUE INDEX "UQ_screening_rounds_one_active" ON screening_rounds ((true)) WHERE status IN ('QUEUED', 'RUNNING');
      CREATE INDEX "IDX_screening_rounds_created" ON screening_rounds (created_at DESC, id);

      CREATE TABLE screening_candidates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES screening_rounds(id),
        household_id uuid NOT NULL REFERENCES households(id),
        sigungu_code varchar(10) NOT NULL,
        region_code varchar(10) NOT NULL,
        rank int NOT NULL CHECK (rank > 0),
        score numeric(12, 2) NOT NULL,
        picked_by varchar(10) NOT NULL CHECK (picked_by IN ('NATIONAL', 'LOCAL')),
        rule_set_id uuid NOT NULL REFERENCES screening_rule_sets(id),
        indicators jsonb NOT NULL,
        rules jsonb NOT NULL,
        status varchar(10) NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'VISITED')),
        last_outcome varchar(20),
        CONSTRAINT "UQ_screening_candidates_household" UNIQUE (round_id, household_id)
      );
      CREATE INDEX "IDX_screening_candidates_region" ON screening_candidates (round_id, region_code, rank);
      CREATE INDEX "IDX_screening_candidates_sigungu" ON screening_candidates (round_id, sigungu_code, rank);
      CREATE INDEX "IDX_screening_candidates_household" ON screening_candidates (household_id);

      -- Once sent, a round's list is locked: no later feed or rule change can alter a candidate's
      -- place or reasons; only the outreach status moves.
      CREATE FUNCTION screening_candidates_locked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR NEW.round_id <> OLD.round_id OR NEW.household_id <> OLD.household_id OR NEW.rank <> OLD.rank
           OR NEW.score <> OLD.score OR NEW.picked_by <> OLD.picked_by OR NEW.indicators <> OLD.indicators OR NEW.rules <> OLD.rules THEN
          RAISE EXCEPTION 'screening candidates are locked once their round is sent' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER screening_candidates_locked BEFORE UPDATE OR DELETE ON screening_candidates
        FOR EACH ROW EXECUTE FUNCTION screening_candidates_locked();

      CREATE TABLE outreach_visits (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES screening_candidates(id),
        outcome varchar(20) NOT NULL CHECK (outcome IN ('NEEDS_SUPPORT', 'REFERRED', 'NO_NEED', 'UNREACHABLE', 'ALREADY_SUPPORTED')),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        visited_on date NOT NULL,
        account text NOT NULL,
        user_id uuid REFERENCES users(id),
        api_key_id uuid REFERENCES api_keys(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX "IDX_outreach_visits_candidate" ON outreach_visits (candidate_id, recorded_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE outreach_visits;
      DROP TABLE screening_candidates;
      DROP FUNCTION screening_candidates_locked();
      DROP TABLE screening_rounds;
      DROP TABLE screening_rule_sets;
      DROP TABLE crisis_signals;
      DROP TABLE crisis_feeds;
      DROP TABLE crisis_indicator_kinds;
      DROP TABLE crisis_indicator_groups;
      DROP INDEX "IDX_households_sigungu";
      ALTER TABLE households DROP CONSTRAINT "FK_households_region_sigungu";
      ALTER TABLE households ADD CONSTRAINT households_region_code_fkey FOREIGN KEY (region_code) REFERENCES regions(code);
      ALTER TABLE households DROP COLUMN sigungu_code;
      ALTER TABLE regions DROP CONSTRAINT "UQ_regions_code_parent";
      ALTER TABLE regions DROP COLUMN is_rural;
    `);
  }
}
