import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface RegionRow {
  code: string;
  name: string;
  fullName: string;
  level: 'SIDO' | 'SIGUNGU' | 'EUPMYEONDONG';
  parentCode: string | null;
  isBranchOffice: boolean;
}

// The package root holds data/ whether this runs from src (tests) or dist (the app).
export const DB_PACKAGE_ROOT = join(__dirname, '..', '..');
export const REGION_LIST_2023 = {
  version: '2023-07-03',
  file: join(DB_PACKAGE_ROOT, 'data', 'regions', 'kr-admin-units.csv'),
};

const LEVELS: Record<string, RegionRow['level']> = { sido: 'SIDO', sigungu: 'SIGUNGU', emd: 'EUPMYEONDONG' };

export function readRegionList(file: string): RegionRow[] {
  const records: Record<string, string>[] = parse(readFileSync(file), {
    columns: true,
    skip_empty_lines: true,
  });
  const rows = records.map((r, i): RegionRow => {
    const level = LEVELS[r.level];
    if (!level || !/^\d{10}$/.test(r.code)) throw new Error(`${file}: line ${i + 2}: bad code or level`);
    return {
      code: r.code,
      name: r.name,
      fullName: r.full_name,
      level,
      parentCode: r.parent_code || null,
      isBranchOffice: r.kind === 'branch_office',
    };
  });
  // A 일반구 ('수원시 장안구') is listed under its 시도; put it under its 시 so the 시청 covers it.
  const cityByName = new Map(
    rows.filter((r) => r.level === 'SIGUNGU').map((r) => [`${r.parentCode}:${r.name}`, r.code]),
  );
  for (const r of rows) {
    if (r.level !== 'SIGUNGU' || !r.name.includes(' ')) continue;
    const city = cityByName.get(`${r.parentCode}:${r.name.split(' ')[0]}`);
    if (city) r.parentCode = city;
  }
  return rows;
}
