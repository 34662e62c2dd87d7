import { err, ok, type Result } from '../result';

// Benefit figures are data with their dates, like OpenFisca's parameters/ (openfisca/country-template
// `openfisca_country_template/parameters/`): the files live in libs/db/data/benefits/ (see SOURCE.md
// there), libs/db reads and checks them, and this module only answers "which value is in force on D".

export const PARAMETER_UNITS = ['KRW', 'PERCENT', 'YEARS', 'CC', 'TIMES', 'DAYS', 'TEXT'] as const;
export type ParameterUnit = (typeof PARAMETER_UNITS)[number];

export interface ParameterValue {
  /** First day the value is in force, 'YYYY-MM-DD'; it stays in force until the next value's date. */
  effectiveFrom: string;
  value: number | string;
  /** Legal source and where the figure was seen. */
  source: string;
  /** True where the source data marks the figure unsure, derived or assumed. */
  unverified: boolean;
  note: string | null;
}

export interface BenefitParameter {
  name: string;
  /** The file (programme or parameter family) it comes from, e.g. 'basic-pension'. */
  family: string;
  description: string;
  unit: ParameterUnit;
  /** Ascending by effectiveFrom, no two on the same day. */
  values: readonly ParameterValue[];
}

export type ParameterTable = ReadonlyMap<string, BenefitParameter>;

export interface ParameterInForce extends ParameterValue {
  name: string;
  unit: ParameterUnit;
}

export interface ParameterMissing {
  code: 'PARAMETER_MISSING';
  parameter: string;
  date: string;
  message: string;
}

/** The value of `name` in force on `date`: the last value whose effectiveFrom is on or before it. */
export function valueInForce(
  table: ParameterTable,
  name: string,
  date: string,
): Result<ParameterInForce, ParameterMissing> {
  const parameter = table.get(name);
  let found: ParameterValue | undefined;
  for (const v of parameter?.values ?? []) {
    if (v.effectiveFrom <= date) found = v;
    else break;
  }
  if (!parameter || !found) {
    return err({
      code: 'PARAMETER_MISSING',
      parameter: name,
      date,
      message: parameter
        ? `No value of ${name} is in force on ${date}: the first is from ${parameter.values[0]?.effectiveFrom}.`
        : `There is no parameter ${name}.`,
    });
  }
  return ok({ ...found, name, unit: parameter.unit });
}

/** Every parameter with a value in force on `date`, in name order. */
export function parametersInForce(
  table: ParameterTable,
  date: string,
): { parameter: BenefitParameter; inForce: ParameterInForce }[] {
  const rows: { parameter: BenefitParameter; inForce: ParameterInForce }[] = [];
  for (const parameter of [...table.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const r = valueInForce(table, parameter.name, date);
    if (r.ok) rows.push({ parameter, inForce: r.value });
  }
  return rows;
}

/** Builds a table from parameters, refusing duplicate names (programmer error: the reader checks files). */
export function parameterTable(parameters: readonly BenefitParameter[]): ParameterTable {
  const table = new Map<string, BenefitParameter>();
  for (const p of parameters) {
    if (table.has(p.name)) throw new Error(`parameter ${p.name} is defined twice`);
    table.set(p.name, p);
  }
  return table;
}
