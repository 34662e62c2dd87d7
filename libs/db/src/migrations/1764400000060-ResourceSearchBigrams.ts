import { type MigrationInterface, type QueryRunner } from 'typeorm';

// 복지샘 search finds a resource by any two syllables of its name or description (반찬 → 밑반찬 배달), so
// a trigram index cannot serve it: each word's two-character pieces are kept in a GIN-indexed array,
// which narrows the rows before the ILIKE that decides.
export class ResourceSearchBigrams1764400000060 implements MigrationInterface {
  name = 'ResourceSearchBigrams1764400000060';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION text_bigrams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT substr(w, i, 2)), '{}')
        FROM regexp_split_to_table(lower(t), '\\s+') AS w, generate_series(1, char_length(w) - 1) AS i
      $$;
      ALTER TABLE resources ADD COLUMN search_bigrams text[]
        GENERATED ALWAYS AS (text_bigrams(name || ' ' || description)) STORED;
      CREATE INDEX "IDX_resources_search_bigrams" ON resources USING gin (search_bigrams);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX "IDX_resources_search_bigrams";
      ALTER TABLE resources DROP COLUMN search_bigrams;
      DROP FUNCTION text_bigrams(text);
    `);
  }
}
