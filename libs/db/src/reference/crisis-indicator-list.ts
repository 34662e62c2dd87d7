import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DB_PACKAGE_ROOT } from './region-list';

export interface CrisisIndicatorRow {
  code: string;
  groupCode: string;
  groupKo: string;
  groupEn: string;
  nameKo: string;
  nameEn: string;
  unit: string;
  note: string;
}

export const CRISIS_INDICATOR_LIST = join(DB_PACKAGE_ROOT, 'data', 'crisis', 'crisis-indicators.csv');

export function readCrisisIndicatorList(file: string): CrisisIndicatorRow[] {
  const records: Record<string, string>[] = parse(readFileSync(file), {
    columns: true,
    skip_empty_lines: true,
  });
  return records.map((r) => ({
    code: r.code,
    groupCode: r.group_code,
    groupKo: r.group_ko,
    groupEn: r.group_en,
    nameKo: r.name_ko,
    nameEn: r.name_en,
    unit: r.unit,
    note: r.note ?? '',
  }));
}
