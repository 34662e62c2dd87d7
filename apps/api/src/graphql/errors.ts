import { GraphQLError } from 'graphql';
import { Field, Float, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import {
  VALIDATION_RULES,
  type FieldProblem,
  type RuleBounds,
  type ValidationRule as DomainRule,
} from '@ieum/domain';

// Stable codes the web app translates (errors.<CODE>); never change a value once released.
export enum ErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  INVALID_RRN = 'INVALID_RRN',
  RRN_CHECK_DIGIT_UNCONFIRMED = 'RRN_CHECK_DIGIT_UNCONFIRMED',
  DUPLICATE_PERSON = 'DUPLICATE_PERSON',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  VALIDATION = 'VALIDATION',
  DUPLICATE = 'DUPLICATE',
  CONFLICT = 'CONFLICT',
  INVALID_STATE = 'INVALID_STATE',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  NO_CONSENT = 'NO_CONSENT',
  PARAMETER_MISSING = 'PARAMETER_MISSING',
  NO_CAPACITY = 'NO_CAPACITY',
  NOT_NATIONWIDE = 'NOT_NATIONWIDE',
  DUPLICATE_PROVISION = 'DUPLICATE_PROVISION',
}
registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'Stable codes of expected failures returned in payloads',
});

@InterfaceType({
  description:
    'An expected failure, returned in a payload: a stable code, a message and the input path it concerns',
})
export abstract class UserError {
  @Field(() => ErrorCode) code!: ErrorCode;
  @Field(() => String) message!: string;
  @Field(() => [String], {
    nullable: true,
    description: 'The input field concerned, e.g. ["input","members","2","rrn"]',
  })
  path!: string[] | null;
}

@ObjectType({
  implements: UserError,
  description: 'A failure tied to an input field, or to the whole input when path is null',
})
export class InputError extends UserError {}

export const ValidationRule = Object.fromEntries(VALIDATION_RULES.map((r) => [r, r])) as {
  [K in DomainRule]: K;
};
registerEnumType(ValidationRule, {
  name: 'ValidationRule',
  description: 'Which rule a refused value broke; limit, min and max on ValidationError give its bounds',
});

@ObjectType({
  implements: UserError,
  description:
    'A value the rules refuse (code VALIDATION): the rule it broke and the bounds the rule names, so a client can say exactly what to fix',
})
export class ValidationError extends UserError {
  @Field(() => ValidationRule) rule!: DomainRule;
  @Field(() => Float, {
    nullable: true,
    description: 'The one bound of the rule: most characters for TOO_LONG, most years for PERIOD_TOO_LONG, …',
  })
  limit!: number | null;
  @Field(() => Float, { nullable: true, description: 'Lower bound of a range, a length or a count' })
  min!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper bound of a range, a length or a count' })
  max!: number | null;
}

@ObjectType({ implements: UserError })
export class InvalidRrnError extends UserError {
  @Field(() => String, { description: 'FORMAT, BIRTH_DATE or SEX_DIGIT' }) problem!: string;
}

@ObjectType({ implements: UserError })
export class AccountLockedError extends UserError {
  @Field(() => Date) lockedUntil!: Date;
}

export function inputError(
  code: ErrorCode,
  message: string,
  path: (string | number)[] | null = null,
): InputError {
  return Object.assign(new InputError(), { code, message, path: path?.map(String) ?? null });
}

/** A VALIDATION error with its rule and bounds; `path` names the input field. */
export function validationError(
  rule: DomainRule,
  message: string,
  path: (string | number)[] | null,
  bounds: RuleBounds = {},
): ValidationError {
  return Object.assign(new ValidationError(), {
    code: ErrorCode.VALIDATION,
    message,
    path: path?.map(String) ?? null,
    rule,
    limit: bounds.limit ?? null,
    min: bounds.min ?? null,
    max: bounds.max ?? null,
  });
}

/** A domain FieldProblem as a ValidationError: its dotted field is appended to `base`; no field, no path. */
export function fromFieldProblem(
  problem: FieldProblem,
  base: readonly string[] = ['input'],
): ValidationError {
  const { field, rule, message, ...bounds } = problem;
  return validationError(rule, message, field === null ? null : [...base, ...field.split('.')], bounds);
}

// Unexpected or access failures travel as GraphQL errors with extensions.code.
export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in first (로그인이 필요합니다).', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } },
  });
}

export function forbidden(what = 'You may not see or change this.'): GraphQLError {
  return new GraphQLError(what, { extensions: { code: 'FORBIDDEN' } });
}

export function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Ids are UUIDs; anything else is a client error, answered before it reaches SQL.
export function checkId(id: string, argumentName = 'id'): string {
  if (!UUID.test(id)) throw badInput(`${argumentName} is not an id this API issued`, argumentName);
  return id;
}
