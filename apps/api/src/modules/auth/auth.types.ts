import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import {
  CAPABILITIES,
  ROLES,
  type Capability as DomainCapability,
  type Role as DomainRole,
} from '@ieum/domain';
import { UserError } from '../../graphql/errors';
import { Agency } from '../agencies/agencies.types';

export const Role = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in DomainRole]: K };
registerEnumType(Role, {
  name: 'Role',
  description: '사례관리 담당자, 슈퍼바이저, 민간기관 실무자, 분석가, 관리자',
});

export const Capability = Object.fromEntries(CAPABILITIES.map((c) => [c, c])) as {
  [K in DomainCapability]: K;
};
registerEnumType(Capability, {
  name: 'Capability',
  description:
    'What a role may do (the permissions table in libs/domain); scope and consent narrow it further',
});

@ObjectType({
  description: 'A signed-in account (or, for an API key, the partner system acting for its agency)',
})
export class User {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) email!: string;
  @Field(() => Role) role!: DomainRole;
  /** Loaded with the user; undefined for `me`, whose phone the field resolver reads. */
  phone?: string | null;
  agencyId!: string;
  @Field(() => Agency) agency?: Agency;
}

@ObjectType({
  description:
    'Who did something, as a colleague sees it: name, work phone and agency (never the e-mail). A partner system appears by its key name.',
})
export class Colleague {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "The worker's phone, else the agency's" })
  phone!: string | null;
  agencyId!: string;
  @Field(() => Agency) agency?: Agency;
}

@InputType()
export class SignInInput {
  @Field(() => String) email!: string;
  @Field(() => String) password!: string;
}

@ObjectType()
export class SignInPayload {
  @Field(() => String, {
    nullable: true,
    description: 'Bearer token for API clients; the SPA uses the httpOnly cookie set with it',
  })
  token!: string | null;
  @Field(() => User, { nullable: true }) user!: User | null;
  @Field(() => [UserError], { description: 'INVALID_CREDENTIALS, ACCOUNT_LOCKED' }) errors!: UserError[];
}

@ObjectType()
export class SignOutPayload {
  @Field(() => Boolean) ok!: boolean;
}

@ObjectType({
  description: "A partner system's key, acting for one agency; the secret is shown once and stored hashed",
})
export class ApiKey {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The first characters of the secret, to recognise it' })
  prefix!: string;
  @Field(() => Role) role!: DomainRole;
  agencyId!: string;
  @Field(() => Agency) agency?: Agency;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@InputType()
export class IssueApiKeyInput {
  @Field(() => ID) agencyId!: string;
  @Field(() => String) name!: string;
  @Field(() => Role, {
    nullable: true,
    description: 'Defaults to CASE_WORKER for a public agency, AGENCY_WORKER for a private one; never ADMIN',
  })
  role?: DomainRole;
}

@ObjectType()
export class IssueApiKeyPayload {
  @Field(() => ApiKey, { nullable: true }) apiKey!: ApiKey | null;
  @Field(() => String, {
    nullable: true,
    description: 'The secret, shown this once: send it as "Authorization: Bearer <secret>"',
  })
  secret!: string | null;
  @Field(() => [UserError], { description: 'NOT_FOUND, VALIDATION' }) errors!: UserError[];
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID) id!: string;
}

@ObjectType()
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { nullable: true }) apiKey!: ApiKey | null;
  @Field(() => [UserError], { description: 'NOT_FOUND' }) errors!: UserError[];
}

@InputType()
export class CreateUserInput {
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: '8+ characters of 2 kinds (upper, lower, digit, symbol), or 10+' })
  password!: string;
  @Field(() => Role) role!: DomainRole;
  @Field(() => ID) agencyId!: string;
  @Field(() => String, { nullable: true, description: 'Work phone' }) phone?: string;
}

@InputType()
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true, description: 'Work phone; empty removes it' }) phone?: string;
}

@ObjectType()
export class UpdateMyProfilePayload {
  @Field(() => User, { nullable: true }) user!: User | null;
  @Field(() => [UserError], { description: 'VALIDATION' }) errors!: UserError[];
}

@ObjectType()
export class CreateUserPayload {
  @Field(() => User, { nullable: true }) user!: User | null;
  @Field(() => [UserError], { description: 'WEAK_PASSWORD, VALIDATION, NOT_FOUND' }) errors!: UserError[];
}
