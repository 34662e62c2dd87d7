// What a refused field value broke, as data rather than prose: the API sends the rule and its
// bounds, and each client says it in its own language ("메모는 2,000자 이하로 입력해 주세요").
export const VALIDATION_RULES = [
  /** Empty, or only spaces. */
  'REQUIRED',
  /** Fewer characters than `min` (or `limit`). */
  'TOO_SHORT',
  /** More characters than `max` (or `limit`). */
  'TOO_LONG',
  /** A number outside [`min`, `max`]. */
  'OUT_OF_RANGE',
  /** A date before today. */
  'DATE_IN_PAST',
  /** A date after today. */
  'DATE_IN_FUTURE',
  /** An end date before its start date. */
  'DATE_BEFORE_START',
  /** A period longer than `limit` (in the unit the field names, e.g. years). */
  'PERIOD_TOO_LONG',
  /** Not in the expected form (a date YYYY-MM-DD, an id, a region code). */
  'INVALID_FORMAT',
  /** A value outside the allowed set (an unknown code, a region of the wrong level). */
  'NOT_ALLOWED_VALUE',
  /** The same item given twice in one list. */
  'DUPLICATE_ITEM',
  /** A list with fewer than `min` items. */
  'TOO_FEW',
  /** A list with more than `max` items. */
  'TOO_MANY',
  /** A yes/no the law requires to be yes (e.g. the notice of the right to refuse). */
  'MUST_BE_CONFIRMED',
  /** A list without an item it must hold (named in the message), e.g. a consent the work needs. */
  'REQUIRED_ITEM',
] as const;
export type ValidationRule = (typeof VALIDATION_RULES)[number];

/** The numbers a rule talks about: a length, a range, a count. */
export interface RuleBounds {
  limit?: number;
  min?: number;
  max?: number;
}

/**
 * One refused value. `field` is a dotted path inside the checked input ('members.2.name'), or null
 * for the input as a whole; `message` is an English sentence for logs and API users, never shown
 * in the app, which says the rule in the user's language.
 */
export interface FieldProblem extends RuleBounds {
  field: string | null;
  rule: ValidationRule;
  message: string;
}

export function fieldProblem(
  field: string | null,
  rule: ValidationRule,
  message: string,
  bounds: RuleBounds = {},
): FieldProblem {
  return { field, rule, message, ...bounds };
}
