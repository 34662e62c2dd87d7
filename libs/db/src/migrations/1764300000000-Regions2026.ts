import { type MigrationInterface, type QueryRunner } from 'typeorm';
import {
  readCrosswalk,
  readRegionList,
  readRetirementDates,
  REGION_LIST_2023,
  REGION_LIST_2026,
} from '../reference/region-list';

// The 2026-07-01 행정기관코드 list as a new version (libs/db/data/regions/SOURCE.md): 전북특별자치도
// (45 → 52), 부천시 and 화성시 일반구, 인천's four new 구, 전남광주통합특별시 (16 시도) and the 읍면동
// changes since 2023-07. Codes that left the list are kept with `retired_on`, so old foreign keys and
// history still resolve; every stored code then moves along the crosswalk, set-based.
//
// Only a 1:1 change is applied. A split (1:n), a 부천 pairing by shared 법정동 (1:n candidate), a code
// part of whose area moved (part-moved) and an abolished 출장소 are not guessed: the row stays on its
// code and region_code_changes lists it, with the candidate codes, for a worker who knows the address.
// Every move is listed there too (reason MOVED), which is the record of why a row's code changed and
// what `down` puts back.
//
// Schema and data are in one migration here, unlike docs/style.md §7, because the load cannot run
// without the new columns and tables, and the schema means nothing without the load. Re-running `up`
// changes nothing: inserts skip what exists, the tree is rebuilt whole, moved rows are no longer on
// their old codes and flags are unique per row and version.
export class Regions20261764300000000 implements MigrationInterface {
  name = 'Regions20261764300000000';

  async up(q: QueryRunner): Promise<void> {
    const version = REGION_LIST_2026.version;
    await q.query(`
      ALTER TABLE regions ADD COLUMN IF NOT EXISTS retired_on date;
      CREATE INDEX IF NOT EXISTS "IDX_regions_current" ON regions (level, parent_code, code) WHERE retired_on IS NULL;

      -- The crosswalk: where each code that left a list went (several rows for a split).
      CREATE TABLE IF NOT EXISTS region_successors (
        code varchar(10) NOT NULL REFERENCES regions(code),
        successor_code varchar(10) NOT NULL REFERENCES regions(code),
        relation varchar(16) NOT NULL CHECK (relation IN ('1:1', '1:n', '1:n candidate', 'part-moved')),
        list_version text NOT NULL,
        PRIMARY KEY (code, successor_code)
      );
      CREATE INDEX IF NOT EXISTS "IDX_region_successors_successor" ON region_successors (successor_code);

      -- Every stored row a new list touched: moved 1:1 by the migration (MOVED, decided at once), or
      -- left on its code until a worker decides among candidate_codes (none for an ABOLISHED 출장소).
      CREATE TABLE IF NOT EXISTS region_code_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        list_version text NOT NULL,
        table_name varchar(30) NOT NULL CHECK (table_name IN ('households', 'agencies', 'screening_rule_sets')),
        row_id uuid NOT NULL,
        old_code varchar(10) NOT NULL REFERENCES regions(code),
        candidate_codes varchar(10)[] NOT NULL DEFAULT '{}',
        reason varchar(16) NOT NULL
          CHECK (reason IN ('MOVED', 'SPLIT', 'CANDIDATE_SPLIT', 'PART_MOVED', 'ABOLISHED', 'MERGE_CONFLICT')),
        new_code varchar(10) REFERENCES regions(code),
        decided_at timestamptz,
        decided_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "UQ_region_code_changes_row" UNIQUE (list_version, table_name, row_id),
        CHECK ((new_code IS NULL) = (decided_at IS NULL)),
        CHECK (reason <> 'MOVED' OR new_code IS NOT NULL)
      );
      CREATE INDEX IF NOT EXISTS "IDX_region_code_changes_open" ON region_code_changes (old_code, created_at, id)
        WHERE decided_at IS NULL;
    `);

    // 1. The new list: insert the codes that are new, then parents, names and the rural flag.
    const rows = readRegionList(REGION_LIST_2026.file);
    await q.query(
      `INSERT INTO regions (code, name, full_name, level, parent_code, is_branch_office, list_version)
       SELECT code, name, full_name, level, NULL, branch, $6
       FROM unnest($1::varchar[], $2::text[], $3::text[], $4::varchar[], $5::boolean[]) AS n(code, name, full_name, level, branch)
       ON CONFLICT (code) DO NOTHING`,
      [
        rows.map((r) => r.code),
        rows.map((r) => r.name),
        rows.map((r) => r.fullName),
        rows.map((r) => r.level),
        rows.map((r) => r.isBranchOffice),
        version,
      ],
    );
    // No code that stays in the list changes its parent (checked against both files), so this only
    // fills in the new rows; a changed parent would be refused by the households' composite key.
    await q.query(
      `UPDATE regions r SET parent_code = n.parent, name = n.name, full_name = n.full_name,
         is_branch_office = n.branch, retired_on = NULL,
         is_rural = (r.level = 'EUPMYEONDONG' AND (n.name LIKE '%읍' OR n.name LIKE '%면'))
       FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::text[], $5::boolean[]) AS n(code, parent, name, full_name, branch)
       WHERE r.code = n.code
         AND (r.parent_code IS DISTINCT FROM n.parent OR r.name <> n.name OR r.full_name <> n.full_name
              OR r.is_branch_office <> n.branch OR r.retired_on IS NOT NULL)`,
      [
        rows.map((r) => r.code),
        rows.map((r) => r.parentCode),
        rows.map((r) => r.name),
        rows.map((r) => r.fullName),
        rows.map((r) => r.isBranchOffice),
      ],
    );
    // 2. Codes not in the new list retire on the day their first change took effect. The rows stay,
    // parents and all, so a retired code still names where a row was.
    const retiredOn = readRetirementDates(REGION_LIST_2026.changes);
    await q.query(
      `UPDATE regions r SET retired_on = COALESCE(d.day, $3::date)
       FROM (SELECT code FROM regions EXCEPT SELECT unnest($4::varchar[])) AS gone
       LEFT JOIN unnest($1::varchar[], $2::date[]) AS d(code, day) ON d.code = gone.code
       WHERE r.code = gone.code AND r.retired_on IS NULL`,
      [[...retiredOn.keys()], [...retiredOn.values()], version, rows.map((r) => r.code)],
    );
    // 3. The crosswalk.
    const crosswalk = readCrosswalk(REGION_LIST_2026.crosswalk);
    const linked = crosswalk.filter((c) => c.newCode !== null);
    await q.query(
      `INSERT INTO region_successors (code, successor_code, relation, list_version)
       SELECT code, successor, relation, $4 FROM unnest($1::varchar[], $2::varchar[], $3::varchar[]) AS c(code, successor, relation)
       ON CONFLICT DO NOTHING`,
      [linked.map((c) => c.oldCode), linked.map((c) => c.newCode), linked.map((c) => c.relation), version],
    );
    // 4. The tree, rebuilt whole: the current list by its parents, and each retired code under its old
    // parents and also under everything that holds its successors, so that a 시군구 that took over an
    // area sees (and can resolve) what was left on the area's old code, and sent rounds on old codes.
    await rebuildTree(q, true);

    // 5. Stored codes. What each changed code becomes: one 1:1 successor is a move; anything else waits.
    await q.query(`DROP TABLE IF EXISTS pg_temp.region_moves`);
    await q.query(
      `CREATE TEMP TABLE region_moves AS
       SELECT c.code AS old_code,
         CASE WHEN count(s.successor_code) = 1 AND bool_and(s.relation = '1:1') THEN min(s.successor_code) END AS new_code,
         COALESCE(array_agg(s.successor_code ORDER BY s.successor_code) FILTER (WHERE s.successor_code IS NOT NULL), '{}') AS candidates,
         CASE WHEN count(s.successor_code) = 0 THEN 'ABOLISHED'
              WHEN bool_or(s.relation = 'part-moved') THEN 'PART_MOVED'
              WHEN bool_or(s.relation = '1:n candidate') THEN 'CANDIDATE_SPLIT'
              WHEN count(s.successor_code) > 1 OR bool_or(s.relation = '1:n') THEN 'SPLIT'
              ELSE 'MOVED' END AS reason
       FROM unnest($1::varchar[]) AS c(code) LEFT JOIN region_successors s ON s.code = c.code AND s.list_version = $2
       GROUP BY c.code`,
      [[...new Set(crosswalk.map((c) => c.oldCode))], version],
    );
    // Households: 읍면동 and 시군구 move together (the composite key to regions(code, parent_code)).
    await q.query(
      `WITH moved AS (
         UPDATE households h SET region_code = m.new_code, sigungu_code = r.parent_code
         FROM region_moves m JOIN regions r ON r.code = m.new_code
         WHERE m.reason = 'MOVED' AND h.region_code = m.old_code
         RETURNING h.id, m.old_code, m.new_code
       )
       INSERT INTO region_code_changes (list_version, table_name, row_id, old_code, candidate_codes, reason, new_code, decided_at)
       SELECT $1, 'households', id, old_code, ARRAY[new_code], 'MOVED', new_code, now() FROM moved
       ON CONFLICT DO NOTHING`,
      [version],
    );
    await q.query(
      `WITH moved AS (
         UPDATE agencies a SET region_code = m.new_code FROM region_moves m
         WHERE m.reason = 'MOVED' AND a.region_code = m.old_code
         RETURNING a.id, m.old_code, m.new_code
       )
       INSERT INTO region_code_changes (list_version, table_name, row_id, old_code, candidate_codes, reason, new_code, decided_at)
       SELECT $1, 'agencies', id, old_code, ARRAY[new_code], 'MOVED', new_code, now() FROM moved
       ON CONFLICT DO NOTHING`,
      [version],
    );
    // A 시군구's rule versions move with it, unless two old codes' rules would meet on one new code
    // (or it has rules already): which rules govern a merged area is a decision, not a merge of versions.
    // Sent rounds keep naming these rule sets by id, so their history is unchanged.
    await q.query(
      `WITH contested AS (
         SELECT m.new_code AS code FROM region_moves m JOIN screening_rule_sets s ON s.region_code = m.old_code
         WHERE m.reason = 'MOVED' GROUP BY m.new_code HAVING count(DISTINCT m.old_code) > 1
         UNION SELECT region_code FROM screening_rule_sets WHERE region_code IN (SELECT new_code FROM region_moves)
       ), moved AS (
         UPDATE screening_rule_sets s SET region_code = m.new_code FROM region_moves m
         WHERE m.reason = 'MOVED' AND s.region_code = m.old_code
           AND NOT EXISTS (SELECT 1 FROM contested c WHERE c.code = m.new_code)
         RETURNING s.id, m.old_code, m.new_code
       )
       INSERT INTO region_code_changes (list_version, table_name, row_id, old_code, candidate_codes, reason, new_code, decided_at)
       SELECT $1, 'screening_rule_sets', id, old_code, ARRAY[new_code], 'MOVED', new_code, now() FROM moved
       ON CONFLICT DO NOTHING`,
      [version],
    );
    // Whatever is still on a changed code waits for a worker (part-moved rows stay on a code that may
    // still be current: most of the area is still there, but some rows may now lie in the new code).
    for (const table of ['households', 'agencies', 'screening_rule_sets'])
      await q.query(
        `INSERT INTO region_code_changes (list_version, table_name, row_id, old_code, candidate_codes, reason)
         SELECT $1, '${table}', t.id, m.old_code, m.candidates,
                CASE WHEN m.reason = 'MOVED' THEN 'MERGE_CONFLICT' ELSE m.reason END
         FROM ${table} t JOIN region_moves m ON m.old_code = t.region_code
         ON CONFLICT DO NOTHING`,
        [version],
      );
    // Screening candidates are not moved, deliberately: a sent round is a record of where each
    // household was ranked when it ran (its list is locked by screening_candidates_locked), so its
    // rows keep the codes of their day. The tree above still puts them under the new 시군구.
    await q.query(`DROP TABLE pg_temp.region_moves`);

    // From now on no row may newly point at a retired code (rows left on one keep it until decided).
    // Statement-level with transition tables, so that bulk loads (COPY) pay one join, not a row trigger.
    await q.query(`
      CREATE OR REPLACE FUNCTION regions_refuse_retired() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF EXISTS (SELECT 1 FROM changed c JOIN regions r ON r.code = c.region_code WHERE r.retired_on IS NOT NULL) THEN
            RAISE EXCEPTION '% refers to a retired region code', TG_TABLE_NAME USING ERRCODE = 'check_violation';
          END IF;
        ELSIF EXISTS (SELECT 1 FROM changed c JOIN previous p ON p.id = c.id JOIN regions r ON r.code = c.region_code
                      WHERE r.retired_on IS NOT NULL AND c.region_code IS DISTINCT FROM p.region_code) THEN
          RAISE EXCEPTION '% refers to a retired region code', TG_TABLE_NAME USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$;
    `);
    for (const table of ['households', 'agencies', 'screening_rule_sets'])
      await q.query(`
        DROP TRIGGER IF EXISTS ${table}_current_region_insert ON ${table};
        DROP TRIGGER IF EXISTS ${table}_current_region_update ON ${table};
        CREATE TRIGGER ${table}_current_region_insert AFTER INSERT ON ${table}
          REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION regions_refuse_retired();
        CREATE TRIGGER ${table}_current_region_update AFTER UPDATE ON ${table}
          REFERENCING NEW TABLE AS changed OLD TABLE AS previous FOR EACH STATEMENT EXECUTE FUNCTION regions_refuse_retired();
      `);
  }

  async down(q: QueryRunner): Promise<void> {
    const version = REGION_LIST_2026.version;
    for (const table of ['households', 'agencies', 'screening_rule_sets'])
      await q.query(`
        DROP TRIGGER IF EXISTS ${table}_current_region_insert ON ${table};
        DROP TRIGGER IF EXISTS ${table}_current_region_update ON ${table};
      `);
    await q.query(`DROP FUNCTION IF EXISTS regions_refuse_retired()`);
    // Rows are put back on the code they had, from the record of changes; a row that only ever had a
    // new code (registered after the change) has nowhere to go, so down refuses rather than guess.
    for (const table of ['households', 'agencies', 'screening_rule_sets']) {
      const [stuck] = await q.query(
        `SELECT count(*)::int AS n FROM ${table} t JOIN regions r ON r.code = t.region_code AND r.list_version = $1
         WHERE NOT EXISTS (SELECT 1 FROM region_code_changes c
                           WHERE c.table_name = '${table}' AND c.row_id = t.id AND c.new_code = t.region_code)`,
        [version],
      );
      if (stuck.n > 0)
        throw new Error(
          `${stuck.n} ${table} rows use codes new in ${version} with no earlier code to restore`,
        );
    }
    await q.query(
      `UPDATE households h SET region_code = c.old_code, sigungu_code = r.parent_code
       FROM region_code_changes c JOIN regions r ON r.code = c.old_code
       WHERE c.list_version = $1 AND c.table_name = 'households' AND c.row_id = h.id AND h.region_code = c.new_code`,
      [version],
    );
    for (const table of ['agencies', 'screening_rule_sets'])
      await q.query(
        `UPDATE ${table} t SET region_code = c.old_code FROM region_code_changes c
         WHERE c.list_version = $1 AND c.table_name = '${table}' AND c.row_id = t.id AND t.region_code = c.new_code`,
        [version],
      );
    await q.query(`
      DROP TABLE region_code_changes;
      DROP TABLE region_successors;
      DELETE FROM region_tree;
    `);
    await q.query(`DELETE FROM regions WHERE list_version = $1`, [version]);
    // The 2023 rows as they were loaded: current again, with their 2023 names.
    const rows = readRegionList(REGION_LIST_2023.file);
    await q.query(
      `UPDATE regions r SET name = n.name, full_name = n.full_name FROM unnest($1::varchar[], $2::text[], $3::text[]) AS n(code, name, full_name)
       WHERE r.code = n.code AND (r.name <> n.name OR r.full_name <> n.full_name)`,
      [rows.map((r) => r.code), rows.map((r) => r.name), rows.map((r) => r.fullName)],
    );
    await q.query(`DROP INDEX "IDX_regions_current"; ALTER TABLE regions DROP COLUMN retired_on;`);
    await rebuildTree(q, false);
  }
}

async function rebuildTree(q: QueryRunner, withSuccessors: boolean): Promise<void> {
  await q.query(`DELETE FROM region_tree`);
  await q.query(`
    INSERT INTO region_tree (ancestor_code, region_code, depth)
    WITH RECURSIVE up(region_code, ancestor_code, depth) AS (
      SELECT code, code, 0 FROM regions
      UNION ALL
      SELECT up.region_code, r.parent_code, up.depth + 1 FROM up JOIN regions r ON r.code = up.ancestor_code
      WHERE r.parent_code IS NOT NULL
    )
    SELECT ancestor_code, region_code, depth FROM up`);
  if (!withSuccessors) return;
  await q.query(`
    INSERT INTO region_tree (ancestor_code, region_code, depth)
    SELECT t.ancestor_code, s.code, min(t.depth) + 1
    FROM region_successors s JOIN regions old ON old.code = s.code AND old.retired_on IS NOT NULL
    JOIN region_tree t ON t.region_code = s.successor_code
    GROUP BY t.ancestor_code, s.code
    ON CONFLICT DO NOTHING`);
}
