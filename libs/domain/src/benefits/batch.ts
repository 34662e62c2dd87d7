import type { Result } from '../result';
import { estimateWithReader, type BenefitEstimate } from './estimate';
import type { BenefitHousehold } from './household';
import { withNumberMarks } from './money';
import type { ParameterMissing, ParameterTable } from './parameters';
import { ParameterReader } from './trace';
import { TraceCodebook, type CompactResult, type StepMemo } from './trace-codec';

// The batch form, for re-verification (확인조사) of many households on one date: one parameter reader
// per date, so the table is looked up once per parameter, not once per household; rules and results
// are those of estimateBenefits. A job feeds households in chunks and stores the compact results.

export type BatchHousehold = Omit<BenefitHousehold, 'asOf'>;

export interface CompactEstimate {
  householdSize: number;
  medianIncome: number;
  incomeRecognized: number;
  results: CompactResult[];
}

export interface BatchEvaluator {
  readonly asOf: string;
  /** The estimate of one household on the evaluator's date. */
  estimate(household: BatchHousehold): Result<BenefitEstimate, ParameterMissing>;
  /** The same, with traces as template ids and numbers in the evaluator's codebook. */
  estimateCompact(household: BatchHousehold): Result<CompactEstimate, ParameterMissing>;
  readonly codebook: TraceCodebook;
}

export function batchEvaluator(
  table: ParameterTable,
  asOf: string,
  codebook: TraceCodebook = new TraceCodebook(),
): BatchEvaluator {
  const reader = new ParameterReader(table, asOf);
  const estimate = (household: BatchHousehold) => estimateWithReader(reader, { ...household, asOf });
  return {
    asOf,
    codebook,
    estimate,
    estimateCompact(household) {
      const marked: number[] = [];
      const r = withNumberMarks(marked, () => estimate(household));
      if (!r.ok) return r;
      const { householdSize, medianIncome, incomeRecognized, results } = r.value;
      const memo: StepMemo = new Map();
      return {
        ok: true,
        value: {
          householdSize,
          medianIncome,
          incomeRecognized,
          results: results.map((x) => codebook.encodeMarked(x, marked, memo)),
        },
      };
    },
  };
}

/** Every household on one date, in order. */
export function estimateBenefitsBatch(
  table: ParameterTable,
  asOf: string,
  households: readonly BatchHousehold[],
): Result<BenefitEstimate, ParameterMissing>[] {
  const evaluator = batchEvaluator(table, asOf);
  return households.map((h) => evaluator.estimate(h));
}
