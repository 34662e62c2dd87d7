import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Lists sort by their columns, and addresses sort the way people read them: 청운효자동 2, 10, 32, 126,
// not 10, 126, 2, 32. natural_sort_key writes every run of digits as its length (two digits) and
// then the number without leading zeros, so a byte-wise comparison orders numbers by value and text
// by code point (가나다 order for Hangul syllables). households.address_sort is generated from it and
// compared in "C", so the index serves ORDER BY address_sort and the keyset seek alike.
export class ListOrders1764300000010 implements MigrationInterface {
  name = 'ListOrders1764300000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION natural_sort_key(s text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT coalesce(string_agg(
                 CASE WHEN part ~ '^[0-9]' THEN
                   lpad(length(coalesce(nullif(ltrim(part, '0'), ''), '0'))::text, 2, '0') || coalesce(nullif(ltrim(part, '0'), ''), '0')
                 ELSE lower(part) END, '' ORDER BY n), '')
        FROM regexp_matches(s, '[0-9]+|[^0-9]+', 'g') WITH ORDINALITY AS m(parts, n), LATERAL (SELECT parts[1] AS part) p
      $$;
      ALTER TABLE households ADD COLUMN address_sort text COLLATE "C" GENERATED ALWAYS AS (natural_sort_key(address)) STORED;
      CREATE INDEX "IDX_households_address_sort" ON households (address_sort, id);
      CREATE INDEX "IDX_households_region_address_sort" ON households (region_code, address_sort, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX "IDX_households_region_address_sort";
      DROP INDEX "IDX_households_address_sort";
      ALTER TABLE households DROP COLUMN address_sort;
      DROP FUNCTION natural_sort_key(text);
    `);
  }
}
