import { GraphQLError } from 'graphql';
import { Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';

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
