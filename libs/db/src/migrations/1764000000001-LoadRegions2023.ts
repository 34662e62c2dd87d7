import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { readRegionList, REGION_LIST_2023 } from '../reference/region-list';

// Reference data as a migration, so a fresh database (and every test template) has every district.
// One set-based insert from arrays; ON CONFLICT keeps it idempotent.
export class LoadRegions20231764000000001 implements MigrationInterface {
  name = 'LoadRegions20231764000000001';

  async up(q: QueryRunner): Promise<void> {
    const rows = readRegionList(REGION_LIST_2023.file);
    await q.query(
      `INSERT INTO regions (code, name, full_name, level, parent_code, is_branch_office, list_version)
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::varchar[], $5::varchar[], $6::boolean[], $7::text[])
       ON CONFLICT (code) DO NOTHING`,
      [
        rows.map((r) => r.code),
        rows.map((r) => r.name),
        rows.map((r) => r.fullName),
        rows.map((r) => r.level),
        rows.map(() => null),
        rows.map((r) => r.isBranchOffice),
        rows.map(() => REGION_LIST_2023.version),
      ],
    );
    // Parents set in a second statement so insert order never matters for the foreign key.
    await q.query(
      `UPDATE regions r SET parent_code = p.parent FROM unnest($1::varchar[], $2::varchar[]) AS p(code, parent)
       WHERE r.code = p.code AND p.parent IS NOT NULL`,
      [rows.map((r) => r.code), rows.map((r) => r.parentCode)],
    );
    await q.query(`
      INSERT INTO region_tree (ancestor_code, region_code, depth)
      WITH RECURSIVE up(region_code, ancestor_code, depth) AS (
        SELECT code, code, 0 FROM regions
        UNION ALL
        SELECT up.region_code, r.parent_code, up.depth + 1 FROM up JOIN regions r ON r.code = up.ancestor_code
        WHERE r.parent_code IS NOT NULL
      )
      SELECT ancestor_code, region_code, depth FROM up
      ON CONFLICT DO NOTHING`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM region_tree`);
    await q.query(`DELETE FROM regions WHERE list_version = $1`, [REGION_LIST_2023.version]);
  }
}
