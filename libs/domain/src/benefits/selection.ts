import { num, pct, percentOf, won } from './money';
import { step, type ParameterReader, type TraceStep } from './trace';

export type BasicLivelihoodProgramme = 'LIVELIHOOD' | 'MEDICAL' | 'HOUSING' | 'EDUCATION';

const LARGEST_LISTED_SIZE = 7;

// 기준 중위소득 is published for 1–7 persons; 8인 이상 adds (7인 − 6인) per extra person
// (보건복지부 기준 중위소득 고시; libs/db/data/benefits/SOURCE.md).
export function medianIncome(reader: ParameterReader, size: number): { value: number; step: TraceStep } {
  if (size <= LARGEST_LISTED_SIZE) {
    const m = reader.number(`median_income.size_${size}`);
    return { value: m.value, step: step(`기준 중위소득 (${num(size)}인)`, won(m.value), m.value, [m.used]) };
  }
  const m7 = reader.number('median_income.size_7');
  const m6 = reader.number('median_income.size_6');
  const extra = size - LARGEST_LISTED_SIZE;
  const value = m7.value + (m7.value - m6.value) * extra;
  return {
    value,
    step: step(
      `기준 중위소득 (${num(size)}인)`,
      `7인 ${won(m7.value)} + (7인 − 6인 ${won(m7.value - m6.value)}) × ${extra} = ${won(value)}`,
      value,
      [m7.used, m6.used],
    ),
  };
}

const LABEL: Record<BasicLivelihoodProgramme, string> = {
  LIVELIHOOD: '생계급여',
  MEDICAL: '의료급여',
  HOUSING: '주거급여',
  EDUCATION: '교육급여',
};

/** 선정기준액 = 기준 중위소득 × 비율, rounded half up to the won (2026 교육 5인: 3,778,360). */
export function selectionAmount(
  reader: ParameterReader,
  programme: BasicLivelihoodProgramme,
  median: { value: number; step: TraceStep },
): { value: number; step: TraceStep } {
  const ratio = reader.number(`selection_ratio.${programme.toLowerCase()}`);
  const value = percentOf(median.value, ratio.value);
  return {
    value,
    step: step(
      `${LABEL[programme]} 선정기준액`,
      `기준 중위소득 ${won(median.value)} × ${pct(ratio.value)} = ${won(value)} (원 단위 반올림)`,
      value,
      [...median.step.parameters, ratio.used],
    ),
  };
}

/** "이하": eligible when the recognised income is at most the threshold. */
export function isAtMost(recognized: number, threshold: number): boolean {
  return recognized <= threshold;
}
