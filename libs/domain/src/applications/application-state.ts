// The life of a benefit application (급여 신청) as data: taken (SUBMITTED), examined by the home
// 읍면동 (UNDER_REVIEW; 서류 보완 요청 sends it to DOCUMENTS_REQUESTED until the papers arrive and
// review resumes), then decided (APPROVED / REJECTED with a reason) or withdrawn by the side that
// applied (WITHDRAWN, 신청 철회) before a decision.
import { err, ok, type Result } from '../result';
import type { FieldProblem } from '../validation/validation-rule';

export const APPLICATION_STATUSES = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'DOCUMENTS_REQUESTED',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, { ko: string; en: string }> = {
  SUBMITTED: { ko: '신청', en: 'Submitted' },
  UNDER_REVIEW: { ko: '검토 중', en: 'Under review' },
  DOCUMENTS_REQUESTED: { ko: '서류 보완 요청', en: 'Documents requested' },
  APPROVED: { ko: '승인', en: 'Approved' },
  REJECTED: { ko: '반려', en: 'Rejected' },
  WITHDRAWN: { ko: '철회', en: 'Withdrawn' },
};

export const APPLICATION_ACTIONS = ['REVIEW', 'REQUEST_DOCUMENTS', 'APPROVE', 'REJECT', 'WITHDRAW'] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];

/** RECEIVER: a public worker of the receiving (home) 읍면동; APPLICANT: the agency that applied. */
export type ApplicationSide = 'RECEIVER' | 'APPLICANT';

export const APPLICATION_TRANSITIONS: Record<
  ApplicationAction,
  { from: readonly ApplicationStatus[]; to: ApplicationStatus; by: ApplicationSide; reason: boolean }
> = {
  // Review also resumes once asked-for documents have come in.
  REVIEW: { from: ['SUBMITTED', 'DOCUMENTS_REQUESTED'], to: 'UNDER_REVIEW', by: 'RECEIVER', reason: false },
  // Says which documents, so the applicant side knows what to bring.
  REQUEST_DOCUMENTS: { from: ['UNDER_REVIEW'], to: 'DOCUMENTS_REQUESTED', by: 'RECEIVER', reason: true },
  APPROVE: { from: ['UNDER_REVIEW'], to: 'APPROVED', by: 'RECEIVER', reason: false },
  // A rejection gives its reason (행정절차법 제23조: a refusal states its grounds).
  REJECT: { from: ['UNDER_REVIEW', 'DOCUMENTS_REQUESTED'], to: 'REJECTED', by: 'RECEIVER', reason: true },
  WITHDRAW: {
    from: ['SUBMITTED', 'UNDER_REVIEW', 'DOCUMENTS_REQUESTED'],
    to: 'WITHDRAWN',
    by: 'APPLICANT',
    reason: false,
  },
};

export const FINAL_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['APPROVED', 'REJECTED', 'WITHDRAWN'];
export const OPEN_APPLICATION_STATUSES: readonly ApplicationStatus[] = APPLICATION_STATUSES.filter(
  (s) => !FINAL_APPLICATION_STATUSES.includes(s),
);

export const APPLICATION_REASON_MAX = 1000;

export type ApplicationTransitionError =
  | { code: 'FORBIDDEN'; action: ApplicationAction; message: string }
  | { code: 'INVALID_TRANSITION'; from: ApplicationStatus; action: ApplicationAction; message: string }
  | ({ code: 'VALIDATION'; field: 'reason' } & Omit<FieldProblem, 'field'>);

/**
 * The status after a caller standing on `sides` takes `action` on an application in `current`.
 * Checked in this order: the side (FORBIDDEN), the status (INVALID_TRANSITION), the reason
 * (VALIDATION), so a caller with no part in the application learns nothing of its state.
 */
export function nextApplicationStatus(
  current: ApplicationStatus,
  action: ApplicationAction,
  sides: readonly ApplicationSide[],
  reason?: string | null,
): Result<ApplicationStatus, ApplicationTransitionError> {
  const t = APPLICATION_TRANSITIONS[action];
  if (!sides.includes(t.by))
    return err({
      code: 'FORBIDDEN',
      action,
      message:
        t.by === 'RECEIVER'
          ? 'only a public worker of the receiving 읍면동 may take this step'
          : 'only the agency that applied may withdraw the application',
    });
  if (!t.from.includes(current))
    return err({
      code: 'INVALID_TRANSITION',
      from: current,
      action,
      message: `cannot ${action.toLowerCase()} an application that is ${current}`,
    });
  if (t.reason) {
    const text = (reason ?? '').trim();
    if (!text)
      return err({ code: 'VALIDATION', field: 'reason', rule: 'REQUIRED', message: 'give a reason' });
    // Code points, as PostgreSQL's char_length counts them.
    if ([...text].length > APPLICATION_REASON_MAX)
      return err({
        code: 'VALIDATION',
        field: 'reason',
        rule: 'TOO_LONG',
        limit: APPLICATION_REASON_MAX,
        message: `the reason must be at most ${APPLICATION_REASON_MAX} characters`,
      });
  }
  return ok(t.to);
}

/** The steps a caller standing on `sides` may take now, in table order (for buttons). */
export function availableApplicationActions(
  status: ApplicationStatus,
  sides: readonly ApplicationSide[],
): ApplicationAction[] {
  return APPLICATION_ACTIONS.filter((a) => {
    const t = APPLICATION_TRANSITIONS[a];
    return sides.includes(t.by) && t.from.includes(status);
  });
}
