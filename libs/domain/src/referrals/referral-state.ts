// The referral loop (서비스 의뢰 → 접수 → 수락/거절 → 서비스 제공 → 완료·회송) as data, in the way
// Vendure declares order states (docs/style.md §5). 회송 (return) is the receiver completing the referral
// with an outcome the sender can read; that closes the loop the 통합사례관리 guidelines ask for, so a
// referral never just stops without an answer.
import { err, ok, type Result } from '../result';
import type { FieldProblem } from '../validation/validation-rule';

export const REFERRAL_STATUSES = [
  'SENT',
  'RECEIVED',
  'ACCEPTED',
  'DECLINED',
  'IN_SERVICE',
  'COMPLETED',
  'CANCELLED',
] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_ACTIONS = [
  'RECEIVE',
  'ACCEPT',
  'DECLINE',
  'START_SERVICE',
  'COMPLETE',
  'CANCEL',
] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

/** SENDER: the agency that referred; RECEIVER: the agency asked to serve. */
export type ReferralSide = 'SENDER' | 'RECEIVER';

// Action -> the statuses it may start from, the status it leads to, and the side that may take it.
export const REFERRAL_TRANSITIONS: Record<
  ReferralAction,
  { from: readonly ReferralStatus[]; to: ReferralStatus; by: ReferralSide }
> = {
  // The receiver opens the referral: the sender now knows it was seen.
  RECEIVE: { from: ['SENT'], to: 'RECEIVED', by: 'RECEIVER' },
  ACCEPT: { from: ['RECEIVED'], to: 'ACCEPTED', by: 'RECEIVER' },
  // A reason is required, so the sender can refer elsewhere knowing why.
  DECLINE: { from: ['RECEIVED'], to: 'DECLINED', by: 'RECEIVER' },
  START_SERVICE: { from: ['ACCEPTED'], to: 'IN_SERVICE', by: 'RECEIVER' },
  // Completion with an outcome is the 회송 to the sender.
  COMPLETE: { from: ['IN_SERVICE'], to: 'COMPLETED', by: 'RECEIVER' },
  // Only before acceptance: once the receiver has committed, it completes with an outcome instead.
  CANCEL: { from: ['SENT', 'RECEIVED'], to: 'CANCELLED', by: 'SENDER' },
};

export const FINAL_REFERRAL_STATUSES: readonly ReferralStatus[] = ['DECLINED', 'COMPLETED', 'CANCELLED'];

export function isFinalReferralStatus(status: ReferralStatus): boolean {
  return FINAL_REFERRAL_STATUSES.includes(status);
}

export const REFERRAL_OUTCOMES = [
  'SERVED',
  'NOT_ELIGIBLE',
  'NO_CAPACITY',
  'UNREACHABLE',
  'DECLINED_BY_RESIDENT',
  'REFERRED_ELSEWHERE',
] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export function isReferralOutcome(value: string): value is ReferralOutcome {
  return (REFERRAL_OUTCOMES as readonly string[]).includes(value);
}

export const DECLINE_REASON_MAX = 1000;

export type TransitionError =
  | { code: 'INVALID_TRANSITION'; from: ReferralStatus; action: ReferralAction; message: string }
  | { code: 'FORBIDDEN'; side: ReferralSide; action: ReferralAction; message: string }
  | ({ code: 'VALIDATION'; field: 'reason' | 'outcome' } & Omit<FieldProblem, 'field'>);

/**
 * The status after `side` takes `action` on a referral in `current`. Checked in this order: the side
 * (FORBIDDEN), then the status (INVALID_TRANSITION), then the details (VALIDATION), so a wrong side
 * learns nothing about the referral's state. A wrong-state request is an error, never a no-op.
 */
export function nextReferralStatus(
  current: ReferralStatus,
  action: ReferralAction,
  side: ReferralSide,
  details?: { reason?: string | null; outcome?: ReferralOutcome | null },
): Result<ReferralStatus, TransitionError> {
  const transition = REFERRAL_TRANSITIONS[action];
  if (transition.by !== side) {
    return err({
      code: 'FORBIDDEN',
      side,
      action,
      message: `only the ${transition.by.toLowerCase()} may ${action.toLowerCase()} a referral`,
    });
  }
  if (!transition.from.includes(current)) {
    return err({
      code: 'INVALID_TRANSITION',
      from: current,
      action,
      message: `cannot ${action.toLowerCase()} a referral that is ${current}`,
    });
  }
  if (action === 'DECLINE') {
    const reason = details?.reason ?? '';
    if (reason.trim() === '')
      return err({
        code: 'VALIDATION',
        field: 'reason',
        rule: 'REQUIRED',
        message: 'a reason is required to decline',
      });
    // Code points, as PostgreSQL's char_length counts them.
    if ([...reason].length > DECLINE_REASON_MAX) {
      return err({
        code: 'VALIDATION',
        field: 'reason',
        rule: 'TOO_LONG',
        limit: DECLINE_REASON_MAX,
        message: `the reason must be at most ${DECLINE_REASON_MAX} characters`,
      });
    }
  }
  if (action === 'COMPLETE') {
    const outcome = details?.outcome ?? null;
    if (outcome === null || !isReferralOutcome(outcome)) {
      return err({
        code: 'VALIDATION',
        field: 'outcome',
        rule: outcome === null ? 'REQUIRED' : 'NOT_ALLOWED_VALUE',
        message: `an outcome is required to complete: one of ${REFERRAL_OUTCOMES.join(', ')}`,
      });
    }
  }
  return ok(transition.to);
}

/** The actions `side` may take on a referral in `status` (for showing buttons; the check stays in nextReferralStatus). */
export function availableReferralActions(status: ReferralStatus, side: ReferralSide): ReferralAction[] {
  return REFERRAL_ACTIONS.filter(
    (a) => REFERRAL_TRANSITIONS[a].by === side && REFERRAL_TRANSITIONS[a].from.includes(status),
  );
}

export const REFERRAL_STATUS_LABELS: Record<ReferralStatus, { ko: string; en: string }> = {
  SENT: { ko: '의뢰', en: 'Sent' },
  RECEIVED: { ko: '접수', en: 'Received' },
  ACCEPTED: { ko: '수락', en: 'Accepted' },
  DECLINED: { ko: '거절', en: 'Declined' },
  IN_SERVICE: { ko: '서비스 중', en: 'In service' },
  COMPLETED: { ko: '완료(회송)', en: 'Completed (returned)' },
  CANCELLED: { ko: '취소', en: 'Cancelled' },
};

export const REFERRAL_OUTCOME_LABELS: Record<ReferralOutcome, { ko: string; en: string }> = {
  SERVED: { ko: '서비스 제공', en: 'Served' },
  NOT_ELIGIBLE: { ko: '대상 아님', en: 'Not eligible' },
  NO_CAPACITY: { ko: '제공 여력 없음', en: 'No capacity' },
  UNREACHABLE: { ko: '연락 두절', en: 'Unreachable' },
  DECLINED_BY_RESIDENT: { ko: '대상자 거부', en: 'Declined by the resident' },
  REFERRED_ELSEWHERE: { ko: '타 기관 연계', en: 'Referred elsewhere' },
};

// A referral to a resource with counted places holds one place from acceptance until it ends, so the
// directory's "places free" is what is really left.
const HOLDS_PLACE: readonly ReferralStatus[] = ['ACCEPTED', 'IN_SERVICE'];

/** The change in places taken when a referral moves from `from` to `to`: 1 takes one, -1 gives one back. */
export function placesTaken(from: ReferralStatus, to: ReferralStatus): -1 | 0 | 1 {
  const before = HOLDS_PLACE.includes(from);
  const after = HOLDS_PLACE.includes(to);
  return before === after ? 0 : after ? 1 : -1;
}
