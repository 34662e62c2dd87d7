// The one place where the domain's problems become the schema's error types. The domain says what
// is wrong as data (a rule and its bounds, a state, a transition, a missing consent); this maps
// each kind to its GraphQL type, and the switch must cover every kind (a new one fails to compile).
import type { ConsentScope, FieldProblem, ReferralAction, ReferralStatus } from '@ieum/domain';
import { consentRequired } from '../modules/consents/consents.types';
import { invalidTransition } from '../modules/referrals/referrals.types';
import { ErrorCode, fromFieldProblem, inputError, type UserError } from './errors';

export type DomainProblem =
  | ({ code: 'VALIDATION' } & FieldProblem)
  | { code: 'INVALID_STATE'; message: string }
  | { code: 'INVALID_TRANSITION'; from: ReferralStatus; action: ReferralAction; message: string }
  | { code: 'FORBIDDEN'; message: string }
  | { code: 'NO_CONSENT'; householdId: string; scope: ConsentScope; message: string };

function assertUnreachable(value: never): never {
  throw new Error(`unmapped domain problem ${JSON.stringify(value)}`);
}

/**
 * A domain problem as the payload error a client reads. `base` prefixes a VALIDATION problem's
 * field (['input']); `at` is the path of the other kinds (the input naming the thing in question).
 */
export function userErrorOf(
  problem: DomainProblem,
  base: readonly string[] = ['input'],
  at: string[] | null = null,
): UserError {
  switch (problem.code) {
    case 'VALIDATION':
      return fromFieldProblem(problem, base);
    case 'INVALID_STATE':
      return inputError(ErrorCode.INVALID_STATE, problem.message, at);
    case 'INVALID_TRANSITION':
      return invalidTransition(problem.from, problem.action, at ?? []);
    case 'FORBIDDEN':
      return inputError(ErrorCode.FORBIDDEN, problem.message, at);
    case 'NO_CONSENT':
      return consentRequired(problem.householdId, problem.scope, problem.message, at);
    default:
      return assertUnreachable(problem);
  }
}

/** Every problem of a list, in order. */
export const userErrorsOf = (problems: readonly DomainProblem[], base: readonly string[] = ['input']) =>
  problems.map((p) => userErrorOf(p, base));
