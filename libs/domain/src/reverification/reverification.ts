import { addCalendarDays } from '../calendar/calendar-date';
import { grouped, won } from '../benefits/money';
import type { ProgrammeResult } from '../benefits/programme';
import type { ParameterReader, TraceStep, UsedParameter } from '../benefits/trace';

// 확인조사 (monthly re-verification): a current recipient's programme re-evaluated on the newest means
// and parameters, compared with the decision in force. The outcome proposes; only a worker's
// confirmation writes a new decision, so nothing here changes a payment by itself.

export const REVERIFICATION_KINDS = ['CONTINUE', 'AMOUNT_CHANGED', 'ENDS_ON'] as const;
export type ReverificationKind = (typeof REVERIFICATION_KINDS)[number];

export const REVERIFICATION_RUN_STATUSES = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type ReverificationRunStatus = (typeof REVERIFICATION_RUN_STATUSES)[number];

/** A change's life in the 읍면동 queue. */
export const REVERIFICATION_CHANGE_STATES = ['OPEN', 'CONFIRMED', 'CONTESTED'] as const;
export type ReverificationChangeState = (typeof REVERIFICATION_CHANGE_STATES)[number];

/** The days between the notice of an end and the end (사전 통지 기간): a benefit parameter. */
export const NOTICE_PERIOD_PARAMETER = 'reverification.notice_days';

export interface DecisionInForce {
  eligible: boolean;
  monthlyAmount: number | null;
}

export type ReverificationOutcome =
  | { kind: 'CONTINUE'; oldAmount: number | null; newAmount: number | null; endsOn: null }
  | { kind: 'AMOUNT_CHANGED'; oldAmount: number | null; newAmount: number | null; endsOn: null }
  | { kind: 'ENDS_ON'; oldAmount: number | null; newAmount: null; endsOn: string };

/**
 * The outcome for one recipient's programme: still eligible at the same amount (CONTINUE), at another
 * amount (AMOUNT_CHANGED), or no longer eligible: the benefit ends `noticeDays` after the date of the
 * re-verification, so the recipient is told before it stops (ENDS_ON).
 */
export function reverificationOutcome(
  current: DecisionInForce,
  now: Pick<ProgrammeResult, 'eligible' | 'monthlyAmount'>,
  asOf: string,
  noticeDays: number,
): ReverificationOutcome {
  const oldAmount = current.monthlyAmount;
  if (!now.eligible)
    return { kind: 'ENDS_ON', oldAmount, newAmount: null, endsOn: addCalendarDays(asOf, noticeDays) };
  if (now.monthlyAmount !== oldAmount)
    return { kind: 'AMOUNT_CHANGED', oldAmount, newAmount: now.monthlyAmount, endsOn: null };
  return { kind: 'CONTINUE', oldAmount, newAmount: now.monthlyAmount, endsOn: null };
}

/** The notice period in force on the date, in days (the parameter may be marked unverified). */
export function noticeDaysOf(reader: ParameterReader): { days: number; used: UsedParameter } {
  const { value, used } = reader.number(NOTICE_PERIOD_PARAMETER);
  return { days: value, used };
}

/**
 * What differs between two traces, in words a worker reads: each step whose amount changed
 * ("가구주 근로·사업소득 1,200,000원 → 1,650,000원"), each step only one side has, and each parameter
 * family now taken from another year ("기준 중위소득 2026 → 2027"). `describe` names a parameter by
 * its family (the parameter files' description without the size and unit).
 */
export function traceDifferences(
  before: readonly TraceStep[],
  after: readonly TraceStep[],
  describe: (parameterName: string) => string,
): string[] {
  const lines: string[] = [];
  const label = (s: TraceStep, i: number, all: readonly TraceStep[]) => {
    // A label repeated in one trace (two members' 근로소득) is told apart by its order.
    const n = all.slice(0, i).filter((x) => x.label === s.label).length;
    return n ? `${s.label} (${n + 1})` : s.label;
  };
  const keyed = (steps: readonly TraceStep[]) => new Map(steps.map((s, i) => [label(s, i, steps), s]));
  const old = keyed(before);
  const now = keyed(after);
  const amount = (v: number | null) => (v === null ? '-' : won(v));
  for (const [key, s] of now) {
    const o = old.get(key);
    if (!o) {
      if (s.value !== null) lines.push(`${key} 없음 → ${won(s.value)}`);
    } else if (o.value !== s.value) lines.push(`${key} ${amount(o.value)} → ${amount(s.value)}`);
  }
  for (const [key, o] of old)
    if (!now.has(key) && o.value !== null) lines.push(`${key} ${won(o.value)} → 없음`);

  const years = (steps: readonly TraceStep[]) => {
    const byFamily = new Map<string, string>();
    for (const s of steps)
      for (const p of s.parameters) {
        const family = describe(p.name);
        const year = p.effectiveFrom.slice(0, 4);
        const seen = byFamily.get(family);
        if (!seen || seen < year) byFamily.set(family, year);
      }
    return byFamily;
  };
  const oldYears = years(before);
  for (const [family, year] of years(after)) {
    const was = oldYears.get(family);
    if (was && was !== year) lines.push(`${family} ${was} → ${year}`);
  }
  return lines;
}

/** A parameter's family in words: "기준 중위소득 4인 가구 (월)" → "기준 중위소득". */
export function parameterFamilyLabel(description: string): string {
  const cut = description.search(/\s(\d+인|단독|부부|\()/);
  return (cut > 0 ? description.slice(0, cut) : description).trim();
}

/** The explanation stored with a change: the differences, or why there are none. */
export function reverificationExplanation(
  outcome: ReverificationOutcome,
  differences: readonly string[],
): string {
  const head =
    outcome.kind === 'ENDS_ON'
      ? `선정기준 초과: ${outcome.endsOn} 종료 예정`
      : outcome.kind === 'AMOUNT_CHANGED'
        ? `급여액 ${outcome.oldAmount === null ? '-' : grouped(outcome.oldAmount)}원 → ${
            outcome.newAmount === null ? '-' : grouped(outcome.newAmount)
          }원`
        : '변동 없음';
  return differences.length ? `${head}; ${differences.join('; ')}` : head;
}
