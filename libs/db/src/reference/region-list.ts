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
  const rows = parseCsv(file).map((r, i): RegionRow => {
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

// The 2026-07-01 list, in the same columns (libs/db/data/regions/SOURCE.md, "2026-07-01"). Derived from
// MOIS files and a third-party parse of jscode20260701; loaded by the migration Regions2026.
export const REGION_LIST_2026 = {
  version: '2026-07-01',
  file: join(DB_PACKAGE_ROOT, 'data', 'regions', 'kr-admin-units-20260701.csv'),
  crosswalk: join(DB_PACKAGE_ROOT, 'data', 'regions', 'crosswalk-20230703-to-20260701.csv'),
  changes: join(DB_PACKAGE_ROOT, 'data', 'regions', 'changes-2023-2026.csv'),
};

/**
 * How a 2023 code reaches the 2026 list. Only `1:1` is certain; the others need a worker who knows
 * the address: `1:n` (split), `1:n candidate` (부천 2024: paired by shared 법정동 only), `part-moved`
 * (the code goes on but part of its area went to a new code) and `abolished` (출장소, no successor).
 */
export type CrosswalkRelation = '1:1' | '1:n' | '1:n candidate' | 'part-moved' | 'abolished';
const RELATIONS: readonly string[] = ['1:1', '1:n', '1:n candidate', 'part-moved', 'abolished'];

export interface CrosswalkRow {
  oldCode: string;
  newCode: string | null;
  relation: CrosswalkRelation;
}

export function readCrosswalk(file: string): CrosswalkRow[] {
  return parseCsv(file).map((r, i) => {
    const row = {
      oldCode: r.code_20230703,
      newCode: r.code_20260701 || null,
      relation: r.relation as CrosswalkRelation,
    };
    const codesOk = isCode(row.oldCode) && (row.newCode === null || isCode(row.newCode));
    if (
      !codesOk ||
      !RELATIONS.includes(row.relation) ||
      (row.newCode === null) !== (row.relation === 'abolished')
    )
      throw new Error(`${file}: line ${i + 2}: bad crosswalk row`);
    return row;
  });
}

/**
 * The day each code left the list: the first dated change that ended it (a recode, rename, split,
 * merge or abolition; a `new` row only carves a unit out of one that goes on). Chains are kept in the
 * file, so a code that changed twice ends on its first change.
 */
export function readRetirementDates(file: string): Map<string, string> {
  const ended = new Map<string, string>();
  parseCsv(file).forEach((r, i) => {
    if (r.kind === 'new') return;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.change_date) || !isCode(r.old_code))
      throw new Error(`${file}: line ${i + 2}: bad change row`);
    const known = ended.get(r.old_code);
    if (!known || r.change_date < known) ended.set(r.old_code, r.change_date);
  });
  return ended;
}

function parseCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file), { columns: true, skip_empty_lines: true });
}

function isCode(code: string): boolean {
  return /^\d{10}$/.test(code);
}
