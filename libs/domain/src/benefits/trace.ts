import {
  valueInForce,
  type ParameterInForce,
  type ParameterMissing,
  type ParameterTable,
} from './parameters';

export interface UsedParameter {
  name: string;
  effectiveFrom: string;
  value: string;
  unverified: boolean;
}

/** One step a person can read: "근로소득 1,200,000원 × 70% = 840,000원", with the parameters it used. */
export interface TraceStep {
  label: string;
  formula: string;
  /** Won, or null for a step that decides rather than computes. */
  value: number | null;
  parameters: UsedParameter[];
}

// Thrown inside a computation when a value is not in force, and turned into a Result by
// estimateBenefits (the only caller); it never leaves this package.
export class MissingParameterSignal extends Error {
  constructor(readonly missing: ParameterMissing) {
    super(missing.message);
  }
}

/** Reads parameters for one date and remembers each one read, for the trace. */
export class ParameterReader {
  constructor(
    private readonly table: ParameterTable,
    readonly date: string,
  ) {}

  private read(name: string): ParameterInForce {
    const r = valueInForce(this.table, name, this.date);
    if (!r.ok) throw new MissingParameterSignal(r.error);
    return r.value;
  }

  number(name: string): { value: number; used: UsedParameter } {
    const p = this.read(name);
    if (typeof p.value !== 'number') throw new Error(`parameter ${name} is not a number`);
    return { value: p.value, used: used(p) };
  }

  text(name: string): { value: string; used: UsedParameter } {
    const p = this.read(name);
    return { value: String(p.value), used: used(p) };
  }
}

function used(p: ParameterInForce): UsedParameter {
  return { name: p.name, effectiveFrom: p.effectiveFrom, value: String(p.value), unverified: p.unverified };
}

export function step(
  label: string,
  formula: string,
  value: number | null,
  parameters: UsedParameter[] = [],
): TraceStep {
  return { label, formula, value, parameters };
}
