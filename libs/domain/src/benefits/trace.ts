import { ok, type Result } from '../result';
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

/**
 * Reads parameters for one date. Each name is looked up in the table once and kept, so one reader can
 * serve any number of households on that date (the batch form shares one per date).
 */
export class ParameterReader {
  private readonly cache = new Map<string, Result<Read, ParameterMissing>>();

  constructor(
    private readonly table: ParameterTable,
    readonly date: string,
  ) {}

  private lookup(name: string): Result<Read, ParameterMissing> {
    let r = this.cache.get(name);
    if (!r) {
      const found = valueInForce(this.table, name, this.date);
      r = found.ok ? ok({ inForce: found.value, used: used(found.value) }) : found;
      this.cache.set(name, r);
    }
    return r;
  }

  private read(name: string): Read {
    const r = this.lookup(name);
    if (!r.ok) throw new MissingParameterSignal(r.error);
    return r.value;
  }

  number(name: string): { value: number; used: UsedParameter } {
    const p = this.read(name);
    if (typeof p.inForce.value !== 'number') throw new Error(`parameter ${name} is not a number`);
    return { value: p.inForce.value, used: p.used };
  }

  text(name: string): { value: string; used: UsedParameter } {
    const p = this.read(name);
    return { value: String(p.inForce.value), used: p.used };
  }

  /**
   * A figure the sources give only for some cases (긴급복지 생계지원 by household size, 기준임대료 by
   * 급지): null when none is in force, so the rule answers "no amount" with a reason instead of failing.
   */
  optionalNumber(name: string): { value: number; used: UsedParameter } | null {
    const r = this.lookup(name);
    if (!r.ok) return null;
    if (typeof r.value.inForce.value !== 'number') throw new Error(`parameter ${name} is not a number`);
    return { value: r.value.inForce.value, used: r.value.used };
  }
}

interface Read {
  inForce: ParameterInForce;
  used: UsedParameter;
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
