import type { ConsentScope } from '../consent/consent-policy';
import type { Programme, ProgrammeResult } from '../benefits/programme';

// 맞춤형 급여 안내: what a member household is told after an evaluation. The baseline of a programme
// is what the household was last evaluated to (or, before its first evaluation, the decision in force
// for it, so a benefit it already receives is not announced as new).

export interface ProgrammeStanding {
  eligible: boolean;
  monthlyAmount: number | null;
}

export const GUIDANCE_KINDS = ['NEWLY_AVAILABLE', 'AMOUNT_RAISED'] as const;
export type GuidanceKind = (typeof GUIDANCE_KINDS)[number];

/** What set the evaluation off. */
export const GUIDANCE_TRIGGERS = ['JOINED', 'MEANS', 'CRISIS_SIGNAL', 'MEMBERS', 'PARAMETER_YEAR'] as const;
export type GuidanceTrigger = (typeof GUIDANCE_TRIGGERS)[number];

export interface GuidanceChange {
  programme: Programme;
  kind: GuidanceKind;
  previousMonthlyAmount: number | null;
  estimatedMonthlyAmount: number | null;
  /** The programme's reasons: household totals (소득인정액, 선정기준액), never one member's incomes. */
  reasons: string[];
}

/**
 * The changes worth a message: a programme the household is now eligible for and was not, or one
 * whose amount rose. A fall or an end is not guidance (확인조사 handles those, with a worker).
 */
export function guidanceChanges(
  baseline: ReadonlyMap<Programme, ProgrammeStanding>,
  results: readonly ProgrammeResult[],
): GuidanceChange[] {
  const changes: GuidanceChange[] = [];
  for (const r of results) {
    if (!r.eligible) continue;
    const before = baseline.get(r.programme);
    const change = (kind: GuidanceKind): GuidanceChange => ({
      programme: r.programme,
      kind,
      previousMonthlyAmount: before?.monthlyAmount ?? null,
      estimatedMonthlyAmount: r.monthlyAmount,
      reasons: r.reasons,
    });
    if (!before?.eligible) changes.push(change('NEWLY_AVAILABLE'));
    else if (r.monthlyAmount !== null && r.monthlyAmount > (before.monthlyAmount ?? 0))
      changes.push(change('AMOUNT_RAISED'));
  }
  return changes;
}

// 장애인연금 rests on a member's disability (건강 정보, HEALTH): without consent to HEALTH the analysis
// neither reads the members' disability nor evaluates the programme that needs it.
const NEEDS_HEALTH: ReadonlySet<Programme> = new Set<Programme>(['DISABILITY_PENSION']);

/** The programmes a membership's consent lets the analysis look at. */
export function programmesConsentedTo(
  programmes: readonly Programme[],
  items: readonly ConsentScope[],
): Programme[] {
  const health = items.includes('HEALTH');
  return programmes.filter((p) => health || !NEEDS_HEALTH.has(p));
}

/** Whether the analysis may read the members' disability (HEALTH). */
export const mayReadDisability = (items: readonly ConsentScope[]) => items.includes('HEALTH');

/** The SMS / 알림톡 text: no amount and no programme, since a phone's screen is not private. */
export const GUIDANCE_OUTBOX_BODY =
  '[이음] 복지멤버십 맞춤형 급여 안내: 새로 받을 수 있는 복지 혜택이 있습니다. 이음 주민 화면(/me)에서 확인하세요.';
