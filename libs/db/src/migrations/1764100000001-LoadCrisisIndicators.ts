import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { readCrisisIndicatorList, CRISIS_INDICATOR_LIST } from '../reference/crisis-indicator-list';

// The seed catalogue of 위기정보 kinds; later kinds are added by analysts through the API.
export class LoadCrisisIndicators1764100000001 implements MigrationInterface {
  name = 'LoadCrisisIndicators1764100000001';

  async up(q: QueryRunner): Promise<void> {
    const kinds = readCrisisIndicatorList(CRISIS_INDICATOR_LIST);
    const groups = [...new Map(kinds.map((k) => [k.groupCode, k])).values()];
    await q.query(
      `INSERT INTO crisis_indicator_groups (code, name_ko, name_en, sort_order)
       SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::int[]) ON CONFLICT (code) DO NOTHING`,
      [
        groups.map((g) => g.groupCode),
        groups.map((g) => g.groupKo),
        groups.map((g) => g.groupEn),
        groups.map((_, i) => i + 1),
      ],
    );
    await q.query(
      `INSERT INTO crisis_indicator_kinds (code, group_code, name_ko, name_en, unit, note, sort_order)
       SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::text[], $5::varchar[], $6::text[], $7::int[]) ON CONFLICT (code) DO NOTHING`,
      [
        kinds.map((k) => k.code),
        kinds.map((k) => k.groupCode),
        kinds.map((k) => k.nameKo),
        kinds.map((k) => k.nameEn),
        kinds.map((k) => k.unit),
        kinds.map((k) => k.note),
        kinds.map((_, i) => i + 1),
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    const kinds = readCrisisIndicatorList(CRISIS_INDICATOR_LIST);
    await q.query(`DELETE FROM crisis_indicator_kinds WHERE code = ANY($1)`, [kinds.map((k) => k.code)]);
    await q.query(`DELETE FROM crisis_indicator_groups WHERE code = ANY($1)`, [
      [...new Set(kinds.map((k) => k.groupCode))],
    ]);
  }
}
