import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  isIsoDate,
  PARAMETER_UNITS,
  parameterTable,
  type BenefitParameter,
  type ParameterTable,
  type ParameterUnit,
  type ParameterValue,
} from '@ieum/domain';
import { DB_PACKAGE_ROOT } from './region-list';

// Benefit parameters by date, one JSON file per programme or parameter family (SOURCE.md in the
// folder says where each figure comes from). Read once at start-up; a bad file stops start-up with
// the file, the key and the problem.
export const BENEFIT_PARAMETER_DIR = join(DB_PACKAGE_ROOT, 'data', 'benefits');

export class BenefitParameterFileError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly problem: string,
  ) {
    super(`${file}: ${key}: ${problem}`);
    this.name = 'BenefitParameterFileError';
  }
}

const NAME = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

/** Reads and checks every *.json file of `dir` into one table. */
export function loadBenefitParameters(dir: string = BENEFIT_PARAMETER_DIR): ParameterTable {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new BenefitParameterFileError(dir, '(folder)', 'holds no parameter file');
  const seen = new Map<string, string>();
  const all: BenefitParameter[] = [];
  for (const f of files) {
    for (const p of readBenefitParameterFile(join(dir, f))) {
      const other = seen.get(p.name);
      if (other) throw new BenefitParameterFileError(f, p.name, `already defined in ${other}`);
      seen.set(p.name, f);
      all.push(p);
    }
  }
  return parameterTable(all);
}

export function readBenefitParameterFile(path: string): BenefitParameter[] {
  const file = basename(path);
  const fail = (key: string, problem: string): never => {
    throw new BenefitParameterFileError(file, key, problem);
  };
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return fail('(file)', `is not JSON: ${(e as Error).message}`);
  }
  if (!isObject(doc)) return fail('(file)', 'is not a JSON object');
  const family = doc.family;
  if (typeof family !== 'string' || family === '') return fail('family', 'must be a non-empty string');
  if (!isObject(doc.parameters) || Object.keys(doc.parameters).length === 0) {
    return fail('parameters', 'must be an object with at least one parameter');
  }
  return Object.entries(doc.parameters).map(([name, raw]): BenefitParameter => {
    const at = `parameters.${name}`;
    if (!NAME.test(name))
      fail(at, 'a name is lower-case words joined by dots, e.g. basic_pension.base_amount');
    if (!isObject(raw)) return fail(at, 'must be an object');
    if (typeof raw.description !== 'string' || raw.description === '')
      fail(`${at}.description`, 'is required');
    const unit = raw.unit as ParameterUnit;
    if (!PARAMETER_UNITS.includes(unit)) fail(`${at}.unit`, `must be one of ${PARAMETER_UNITS.join(', ')}`);
    if (!Array.isArray(raw.values) || raw.values.length === 0) {
      return fail(`${at}.values`, 'must list at least one value');
    }
    const values = raw.values.map((v: unknown, i: number): ParameterValue => {
      const vat = `${at}.values[${i}]`;
      if (!isObject(v)) return fail(vat, 'must be an object');
      if (typeof v.from !== 'string' || !isIsoDate(v.from)) fail(`${vat}.from`, 'must be a date YYYY-MM-DD');
      checkValue(v.value, unit, `${vat}.value`, fail);
      if (typeof v.source !== 'string' || v.source.trim() === '') fail(`${vat}.source`, 'must name a source');
      if (v.unverified !== undefined && typeof v.unverified !== 'boolean') {
        fail(`${vat}.unverified`, 'must be true or false');
      }
      if (v.note !== undefined && typeof v.note !== 'string') fail(`${vat}.note`, 'must be a string');
      return {
        effectiveFrom: v.from as string,
        value: v.value as number | string,
        source: v.source as string,
        unverified: v.unverified === true,
        note: (v.note as string | undefined) ?? null,
      };
    });
    values.forEach((v, i) => {
      const prev = values[i - 1];
      if (prev && v.effectiveFrom <= prev.effectiveFrom) {
        fail(`${at}.values[${i}].from`, `must come after ${prev.effectiveFrom} (values ascend by date)`);
      }
    });
    return { name, family, description: raw.description as string, unit, values };
  });
}

function checkValue(value: unknown, unit: ParameterUnit, key: string, fail: (k: string, p: string) => never) {
  if (unit === 'TEXT') {
    if (typeof value !== 'string' || value === '') fail(key, 'must be a non-empty string');
    return;
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(key, 'must be a number ≥ 0');
  if (unit !== 'PERCENT' && !Number.isSafeInteger(value)) fail(key, `must be a whole number (${unit})`);
  if (unit === 'PERCENT' && (value as number) > 100) fail(key, 'a percentage is at most 100');
  if (unit === 'PERCENT' && Math.round((value as number) * 100) !== (value as number) * 100) {
    fail(key, 'a percentage has at most two decimals');
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
