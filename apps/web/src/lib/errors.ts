import { CombinedGraphQLErrors } from '@apollo/client';

/** The `extensions.code` of the first GraphQL error (UNAUTHENTICATED, FORBIDDEN, …), if any. */
export function errorCodeOf(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
      const code = e.extensions?.code;
      if (typeof code === 'string') return code;
    }
  }
  return undefined;
}

/**
 * One payload error as the `UserErrorFields` fragment selects it. `code`, `message` and `path` are
 * always there; the rest belongs to one concrete error type (ValidationError: rule and bounds,
 * InvalidTransitionError: from and action, …) and is absent on the others.
 */
export interface PayloadError {
  code: string;
  message: string;
  path?: readonly string[] | null;
  /** ValidationError: which rule the value broke, and its bounds. */
  rule?: string | null;
  limit?: number | null;
  min?: number | null;
  max?: number | null;
  /** InvalidTransitionError: the referral's status and the step asked for. */
  from?: string | null;
  action?: string | null;
  /** ConsentRequiredError: the household and the item a consent would have to cover. */
  householdId?: string | null;
  scope?: string | null;
  /** InvalidRrnError: FORMAT, BIRTH_DATE or SEX_DIGIT. */
  problem?: string | null;
  /** AccountLockedError: when sign-in opens again. */
  lockedUntil?: string | null;
  /** ParameterMissingError: the benefit parameter with no value in force on the date asked. */
  parameter?: string | null;
  date?: string | null;
}

/**
 * Splits payload errors by field: the key is the path without its leading 'input'
 * (['input','members','2','rrn'] -> 'members.2.rrn'); errors without a path go under ''.
 */
export function errorsByField(errors: readonly PayloadError[]): Map<string, PayloadError[]> {
  const byField = new Map<string, PayloadError[]>();
  for (const error of errors) {
    const path = error.path ?? [];
    const key = (path[0] === 'input' ? path.slice(1) : path).join('.');
    byField.set(key, [...(byField.get(key) ?? []), error]);
  }
  return byField;
}

/** The errors of several paths said at one field, or undefined when there are none (no error state). */
export function joinErrors(...lists: (readonly PayloadError[] | undefined)[]): PayloadError[] | undefined {
  const all = lists.flatMap((list) => list ?? []);
  return all.length ? all : undefined;
}

/** Every `extensions.code` of a query's GraphQL errors. */
export function errorCodesOf(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN'));
}

/**
 * A query read with errorPolicy 'all' where the only errors are NO_CONSENT: fields outside the
 * consent came back null, the rest is good data to show.
 */
export function isOnlyNoConsent(error: unknown): boolean {
  const codes = errorCodesOf(error);
  return codes.length > 0 && codes.every((code) => code === 'NO_CONSENT');
}

/**
 * A GraphQL BAD_USER_INPUT that names its argument ('input.agencyId', 'id') as the payload error a
 * form shows beside that field: the value is not in the form the API takes.
 */
export function badInputOf(error: unknown): PayloadError | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const bad = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
  const argument = bad?.extensions?.argumentName;
  if (!bad || typeof argument !== 'string') return null;
  return { code: 'VALIDATION', rule: 'INVALID_FORMAT', message: bad.message, path: argument.split('.') };
}

/** A query refused because the id in the address is not one the API issued: the thing is not found. */
export function isUnknownIdError(error: unknown): boolean {
  return badInputOf(error)?.path?.join('.') === 'id';
}
