import { parametersInForce, type ParameterTable } from '../benefits/parameters';
import type { TraceStep, UsedParameter } from '../benefits/trace';

// How a decision keeps its trace small enough for a million households: the parameter values in
// force on the decision's date are stored once as a set (shared by every decision on that set),
// and each stored step names the parameters it used instead of repeating their values and dates.

/** One stored step: [label, formula, value, names of the parameters used]. */
export type StoredTraceStep = [string, string, number | null, string[]];

/** Every parameter value in force on `asOf`, by name: what a decision on that date may have used. */
export function parameterSetOf(table: ParameterTable, asOf: string): UsedParameter[] {
  return parametersInForce(table, asOf).map(({ inForce: v }) => ({
    name: v.name,
    effectiveFrom: v.effectiveFrom,
    value: String(v.value),
    unverified: v.unverified,
  }));
}

/**
 * The text a parameter set's version is the hash of: names in order, each with its date and value,
 * so the same values give the same version whatever order they were loaded in.
 */
export function canonicalParameterSet(set: readonly UsedParameter[]): string {
  const rows = [...set]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((p) => [p.name, p.effectiveFrom, p.value, p.unverified]);
  return JSON.stringify(rows);
}

export function compactTrace(steps: readonly TraceStep[]): StoredTraceStep[] {
  return steps.map((s) => [s.label, s.formula, s.value, s.parameters.map((p) => p.name)]);
}

/** The readable trace again, each parameter with the value and date of the stored set. */
export function expandTrace(
  stored: readonly StoredTraceStep[],
  set: ReadonlyMap<string, UsedParameter>,
): TraceStep[] {
  return stored.map(([label, formula, value, names]) => ({
    label,
    formula,
    value,
    parameters: names.map((name) => {
      const p = set.get(name);
      // The set is every value in force on the decision's date, so a used one is always in it.
      if (!p) throw new Error(`parameter ${name} is not in the decision's parameter set`);
      return p;
    }),
  }));
}

/** The parameters a trace used, each once, in the order first used. */
export function parametersUsed(steps: readonly TraceStep[]): UsedParameter[] {
  const seen = new Map<string, UsedParameter>();
  for (const s of steps) for (const p of s.parameters) if (!seen.has(p.name)) seen.set(p.name, p);
  return [...seen.values()];
}
