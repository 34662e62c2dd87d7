import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from './can';
import type { RequestContext } from '../../context';
import { Agency } from '../agencies/agencies.types';
import { permissionsOf, type Capability as DomainCapability } from '@ieum/domain';
import * as auth from './auth.service';
import {
  ApiKey,
  CreateUserInput,
  CreateUserPayload,
  IssueApiKeyInput,
  IssueApiKeyPayload,
  RevokeApiKeyInput,
  RevokeApiKeyPayload,
  SignInInput,
  SignInPayload,
  SignOutPayload,
  UpdateMyProfileInput,
  UpdateMyProfilePayload,
  User,
  Capability,
} from './auth.types';

@Resolver(() => User)
export class UsersResolver {
  @Authorized()
  @Query(() => User, { description: 'The signed-in user, or the API key acting for its agency' })
  me(@Ctx() ctx: RequestContext): User {
    return auth.actorAsUser(ctx.actor!);
  }

  @FieldResolver(() => [Capability], {
    description: "What this account's role may do: the web app shows menus and buttons by it",
  })
  permissions(@Root() user: User): DomainCapability[] {
    return permissionsOf(user.role);
  }

  @Mutation(() => SignInPayload, {
    description:
      'Signs in with email and password; also sets the httpOnly session cookie. Errors: INVALID_CREDENTIALS, ACCOUNT_LOCKED',
  })
  signIn(
    @Arg('input', () => SignInInput) input: SignInInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SignInPayload> {
    return auth.signIn(ctx, input);
  }

  @Authorized()
  @Mutation(() => SignOutPayload, { description: 'Ends the session and clears its cookie' })
  async signOut(@Ctx() ctx: RequestContext): Promise<SignOutPayload> {
    return Object.assign(new SignOutPayload(), { ok: await auth.signOut(ctx) });
  }

  @Can('MANAGE_USERS')
  @Mutation(() => CreateUserPayload, {
    description: 'Creates an account. Errors: WEAK_PASSWORD, VALIDATION, NOT_FOUND',
  })
  createUser(
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreateUserPayload> {
    return auth.createUser(ctx.services.dataSource, input);
  }

  @Authorized()
  @Mutation(() => UpdateMyProfilePayload, {
    description: "Sets the signed-in user's work phone. Errors: VALIDATION",
  })
  updateMyProfile(
    @Arg('input', () => UpdateMyProfileInput) input: UpdateMyProfileInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateMyProfilePayload> {
    return auth.updateMyProfile(ctx, input);
  }

  @FieldResolver(() => Agency)
  agency(@Root() user: User, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return ctx.loaders.agency.load(user.agencyId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Work phone, for colleagues of other agencies',
  })
  async phone(@Root() user: User, @Ctx() ctx: RequestContext): Promise<string | null> {
    if (user.phone !== undefined) return user.phone;
    return (await ctx.loaders.user.load(user.id))?.phone ?? null;
  }
}

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  @Can('MANAGE_API_KEYS')
  @Query(() => [ApiKey], { description: "Partner systems' keys (ADMIN)" })
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return auth.listApiKeys(ctx.services.dataSource);
  }

  @Can('MANAGE_API_KEYS')
  @Mutation(() => IssueApiKeyPayload, {
    description:
      'Issues a key for one agency; the secret is returned this once. Errors: NOT_FOUND, VALIDATION',
  })
  issueApiKey(
    @Arg('input', () => IssueApiKeyInput) input: IssueApiKeyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IssueApiKeyPayload> {
    return auth.issueApiKey(ctx, input);
  }

  @Can('MANAGE_API_KEYS')
  @Mutation(() => RevokeApiKeyPayload, { description: 'Revokes a key at once. Errors: NOT_FOUND' })
  revokeApiKey(
    @Arg('input', () => RevokeApiKeyInput) input: RevokeApiKeyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RevokeApiKeyPayload> {
    return auth.revokeApiKey(ctx, input);
  }

  @FieldResolver(() => Agency)
  agency(@Root() key: ApiKey, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return ctx.loaders.agency.load(key.agencyId);
  }
}
