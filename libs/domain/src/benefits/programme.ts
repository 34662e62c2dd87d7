import type { TraceStep } from './trace';

export const PROGRAMMES = [
  'LIVELIHOOD', // 생계급여
  'MEDICAL', // 의료급여
  'HOUSING', // 주거급여
  'EDUCATION', // 교육급여
  'BASIC_PENSION', // 기초연금
  'CHILD_ALLOWANCE', // 아동수당
  'PARENT_BENEFIT', // 부모급여
  'DISABILITY_PENSION', // 장애인연금
  'EMERGENCY_LIVELIHOOD', // 긴급복지지원 생계지원
] as const;
export type Programme = (typeof PROGRAMMES)[number];

export interface ProgrammeResult {
  programme: Programme;
  eligible: boolean;
  /** Won a month, or null where the programme pays in kind or needs inputs the engine lacks. */
  monthlyAmount: number | null;
  /** The amount the recognised income is compared with (이하 = eligible), or null without a means test. */
  threshold: number | null;
  /** 소득인정액 as this programme counts it (기초연금 has its own rules), or null without a means test. */
  incomeRecognized: number | null;
  reasons: string[];
  trace: TraceStep[];
}
