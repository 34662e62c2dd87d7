import { parameterTable, type ParameterTable, type ParameterUnit } from './parameters';

/**
 * A parameter table from literal values, `{ name: [[effectiveFrom, value], …] }`, for tests and
 * examples; the app reads libs/db/data/benefits/ instead.
 */
export function literalParameters(
  values: Record<string, [string, number | string][]>,
  unit: ParameterUnit = 'KRW',
): ParameterTable {
  return parameterTable(
    Object.entries(values).map(([name, rows]) => ({
      name,
      family: 'literal',
      description: name,
      unit: typeof rows[0]?.[1] === 'string' ? 'TEXT' : unit,
      values: rows.map(([effectiveFrom, value]) => ({
        effectiveFrom,
        value,
        source: 'literal',
        unverified: false,
        note: null,
      })),
    })),
  );
}
