import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { DEFAULT_NATIONAL_RULES } from '@ieum/domain';

// The national default rules, version 1. Analysts change them through the API (a new version);
// this only seeds an empty database.
export class DefaultScreeningRules1764100000002 implements MigrationInterface {
  name = 'DefaultScreeningRules1764100000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO screening_rule_sets (region_code, version, document)
       SELECT NULL, 1, $1::jsonb WHERE NOT EXISTS (SELECT 1 FROM screening_rule_sets WHERE region_code IS NULL)`,
      [JSON.stringify(DEFAULT_NATIONAL_RULES)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM screening_rule_sets WHERE region_code IS NULL AND version = 1
                   AND NOT EXISTS (SELECT 1 FROM screening_rounds)`);
  }
}
