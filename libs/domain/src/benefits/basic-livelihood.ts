import type { BenefitHousehold } from './household';
import type { RecognizedIncome } from './income-recognition';
import { won } from './money';
import type { ProgrammeResult } from './programme';
import { isAtMost, medianIncome, selectionAmount, type BasicLivelihoodProgramme } from './selection';
import { step, type ParameterReader, type TraceStep } from './trace';

// What the four 국민기초생활보장 rule modules (livelihood.ts, medical.ts, housing.ts, education.ts)
// share: the household's 소득인정액 against its own 선정기준액.
export interface BasicLivelihoodContext {
  household: BenefitHousehold;
  reader: ParameterReader;
  recognized: RecognizedIncome;
}

export interface SelectionTest {
  threshold: number;
  passes: boolean;
  trace: TraceStep[];
}

export function selectionTest(
  ctx: BasicLivelihoodContext,
  programme: BasicLivelihoodProgramme,
): SelectionTest {
  const median = medianIncome(ctx.reader, ctx.household.members.length);
  const selection = selectionAmount(ctx.reader, programme, median);
  const passes = isAtMost(ctx.recognized.total, selection.value);
  return {
    threshold: selection.value,
    passes,
    trace: [
      ...ctx.recognized.steps,
      median.step,
      selection.step,
      step(
        '선정기준 비교',
        `소득인정액 ${won(ctx.recognized.total)} ${passes ? '≤' : '>'} 선정기준액 ${won(selection.value)}`,
        null,
      ),
    ],
  };
}

export function selectionReason(test: SelectionTest, recognized: number): string {
  return test.passes
    ? `소득인정액 ${won(recognized)}이 선정기준액 ${won(test.threshold)} 이하입니다.`
    : `소득인정액 ${won(recognized)}이 선정기준액 ${won(test.threshold)}을 넘습니다.`;
}

export function result(
  programme: BasicLivelihoodProgramme,
  ctx: BasicLivelihoodContext,
  test: SelectionTest,
  fields: { eligible: boolean; monthlyAmount: number | null; reasons: string[]; trace?: TraceStep[] },
): ProgrammeResult {
  return {
    programme,
    eligible: fields.eligible,
    monthlyAmount: fields.monthlyAmount,
    threshold: test.threshold,
    incomeRecognized: ctx.recognized.total,
    reasons: fields.reasons,
    trace: [...test.trace, ...(fields.trace ?? [])],
  };
}
