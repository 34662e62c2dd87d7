import { type MigrationInterface, type QueryRunner } from 'typeorm';

// The whole foundation schema. Invariants live here (checks, unique keys, foreign keys, the access
// log's append-only trigger) so that no code path can break them.
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE regions (
        code varchar(10) PRIMARY KEY CHECK (code ~ '^[0-9]{10}$'),
        name text NOT NULL,
        full_name text NOT NULL,
        level varchar(16) NOT NULL CHECK (level IN ('SIDO', 'SIGUNGU', 'EUPMYEONDONG')),
        parent_code varchar(10) REFERENCES regions(code),
        is_branch_office boolean NOT NULL DEFAULT false,
        list_version text NOT NULL
      );
      CREATE INDEX "IDX_regions_parent" ON regions (parent_code, code);
      CREATE INDEX "IDX_regions_level" ON regions (level, code);

      -- Closure of the region tree (a region is its own ancestor at depth 0), so "households in this
      -- 시군구" is one indexed join whatever the depth (시 → 일반구 → 읍면동).
      CREATE TABLE region_tree (
        ancestor_code varchar(10) NOT NULL REFERENCES regions(code),
        region_code varchar(10) NOT NULL REFERENCES regions(code),
        depth int NOT NULL,
        PRIMARY KEY (ancestor_code, region_code)
      );
      CREATE INDEX "IDX_region_tree_region" ON region_tree (region_code, depth);

      CREATE TABLE agencies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        kind varchar(40) NOT NULL,
        sector varchar(10) NOT NULL CHECK (sector IN ('PUBLIC', 'PRIVATE')),
        region_code varchar(10) REFERENCES regions(code),
        synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX "IDX_agencies_region" ON agencies (region_code);

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email)),
        name text NOT NULL,
        password_hash text NOT NULL,
        role varchar(20) NOT NULL CHECK (role IN ('CASE_WORKER', 'SUPERVISOR', 'AGENCY_WORKER', 'ANALYST', 'ADMIN')),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        failed_sign_ins int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz,
        client_address text
      );
      CREATE INDEX "IDX_sessions_user" ON sessions (user_id);

      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        prefix text NOT NULL,
        secret_hash bytea NOT NULL UNIQUE,
        agency_id uuid NOT NULL REFERENCES agencies(id),
        role varchar(20) NOT NULL CHECK (role IN ('CASE_WORKER', 'SUPERVISOR', 'AGENCY_WORKER', 'ANALYST')),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      );

      CREATE TABLE persons (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        rrn_encrypted bytea NOT NULL,
        rrn_hash bytea NOT NULL UNIQUE,
        rrn_masked varchar(14) NOT NULL CHECK (rrn_masked ~ '^[0-9]{6}-[0-9][*]{6}$'),
        birth_date date NOT NULL,
        sex varchar(6) NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
        rrn_check_digit_mismatch boolean NOT NULL DEFAULT false,
        synthetic boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      -- Name search is by prefix ('김민'), which a C-collation btree serves directly.
      CREATE INDEX "IDX_persons_name" ON persons (name COLLATE "C");

      CREATE TABLE households (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_code varchar(10) NOT NULL REFERENCES regions(code),
        address text NOT NULL CHECK (length(btrim(address)) > 0),
        synthetic boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX "IDX_households_region_address" ON households (region_code, address, id);

      CREATE TABLE household_members (
        household_id uuid NOT NULL REFERENCES households(id) ON DELETE CASCADE,
        person_id uuid NOT NULL REFERENCES persons(id),
        relationship varchar(12) NOT NULL
          CHECK (relationship IN ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'GRANDCHILD', 'OTHER')),
        PRIMARY KEY (household_id, person_id)
      );
      -- A person lives in one household at a time; a household has one head.
      CREATE UNIQUE INDEX "UQ_household_members_person" ON household_members (person_id);
      CREATE UNIQUE INDEX "UQ_household_members_head" ON household_members (household_id) WHERE relationship = 'HEAD';

      CREATE TABLE access_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz(0) NOT NULL DEFAULT date_trunc('second', now()),
        account text NOT NULL,
        user_id uuid REFERENCES users(id),
        api_key_id uuid REFERENCES api_keys(id),
        agency_id uuid REFERENCES agencies(id),
        person_id uuid NOT NULL REFERENCES persons(id),
        action varchar(10) NOT NULL CHECK (action IN ('READ', 'CREATE', 'UPDATE', 'DELETE', 'PRINT', 'DOWNLOAD')),
        operation text NOT NULL,
        client_address text NOT NULL,
        CHECK (user_id IS NOT NULL OR api_key_id IS NOT NULL)
      );
      CREATE INDEX "IDX_access_log_at" ON access_log (at, id);
      CREATE INDEX "IDX_access_log_person" ON access_log (person_id, at);
      CREATE INDEX "IDX_access_log_user" ON access_log (user_id, at);

      CREATE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'access_log is append-only: rows cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE ON access_log
        FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();
      CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
        FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();
      REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM PUBLIC;

      -- Reserves serial numbers for synthetic 주민등록번호 so repeated seeds never collide.
      CREATE TABLE synthetic_serials (name text PRIMARY KEY, next_value bigint NOT NULL);
      INSERT INTO synthetic_serials VALUES ('person', 0);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE synthetic_serials;
      DROP TABLE access_log;
      DROP FUNCTION access_log_refuse_change();
      DROP TABLE household_members;
      DROP TABLE households;
      DROP TABLE persons;
      DROP TABLE api_keys;
      DROP TABLE sessions;
      DROP TABLE users;
      DROP TABLE agencies;
      DROP TABLE region_tree;
      DROP TABLE regions;
    `);
  }
}
