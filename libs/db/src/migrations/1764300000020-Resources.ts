import { type MigrationInterface, type QueryRunner } from 'typeorm';

// 복지자원: what each agency offers, for the directory (복지샘) and for referrals. The row keeps its
// own invariants (places free between 0 and the total, hours as a list), every change is kept in
// resource_history (append-only, like the access log), and search reads name and description.
export class Resources1764300000020 implements MigrationInterface {
  name = 'Resources1764300000020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE resources (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agency_id uuid NOT NULL REFERENCES agencies(id),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '',
        needs_domains varchar(20)[] NOT NULL CHECK (cardinality(needs_domains) >= 1),
        service_area_codes varchar(10)[] NOT NULL CHECK (cardinality(service_area_codes) >= 1),
        address text NOT NULL DEFAULT '',
        region_code varchar(10) NOT NULL REFERENCES regions(code),
        eligibility text NOT NULL DEFAULT '',
        criteria jsonb,
        fee text NOT NULL DEFAULT '',
        how_to_apply text NOT NULL DEFAULT '',
        phone varchar(20),
        email text,
        url text,
        capacity_total int CHECK (capacity_total >= 0),
        capacity_available int,
        hours jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(hours) = 'array'),
        exclusive_category text,
        status varchar(10) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED', 'SUSPENDED')),
        assured_on date NOT NULL DEFAULT current_date,
        synthetic boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((capacity_total IS NULL) = (capacity_available IS NULL)),
        CHECK (capacity_available BETWEEN 0 AND capacity_total)
      );
      CREATE INDEX "IDX_resources_agency" ON resources (agency_id);
      CREATE INDEX "IDX_resources_areas" ON resources USING gin (service_area_codes);
      CREATE INDEX "IDX_resources_domains" ON resources USING gin (needs_domains);
      CREATE INDEX "IDX_resources_published" ON resources (name, id) WHERE status = 'PUBLISHED';

      CREATE TABLE resource_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        resource_id uuid NOT NULL REFERENCES resources(id),
        version int NOT NULL,
        action varchar(10) NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'VERIFY', 'CAPACITY')),
        snapshot jsonb NOT NULL,
        account text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX "IDX_resource_history" ON resource_history (resource_id, id);
      CREATE FUNCTION resource_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'resource_history is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER resource_history_append_only BEFORE UPDATE OR DELETE ON resource_history
        FOR EACH ROW EXECUTE FUNCTION resource_history_refuse_change();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP TABLE resource_history; DROP FUNCTION resource_history_refuse_change(); DROP TABLE resources;`,
    );
  }
}
