import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/can';
import type { RequestContext } from '../../context';
import { Agency } from '../agencies/agencies.types';
import * as consents from './consents.service';
import {
  Consent,
  ConsentCoverage,
  RecordConsentInput,
  RecordConsentPayload,
  WithdrawConsentInput,
  WithdrawConsentPayload,
} from './consents.types';

@Resolver(() => Consent)
export class ConsentsResolver {
  @Can('RECORD_CONSENT')
  @Mutation(() => RecordConsentPayload, {
    description: '정보제공 동의 기록. Errors: VALIDATION, FORBIDDEN, NOT_FOUND',
  })
  recordConsent(
    @Arg('input', () => RecordConsentInput) input: RecordConsentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return consents.recordConsent(ctx, input);
  }

  @Can('RECORD_CONSENT')
  @Mutation(() => WithdrawConsentPayload, {
    description: '동의 철회, effective at once. Errors: NOT_FOUND, FORBIDDEN, INVALID_STATE',
  })
  withdrawConsent(
    @Arg('input', () => WithdrawConsentInput) input: WithdrawConsentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return consents.withdrawConsent(ctx, input);
  }

  @Authorized()
  @Query(() => [Consent], {
    description:
      "A household's consents (its area's public workers; a private agency sees the ones naming it)",
  })
  consents(
    @Arg('householdId', () => ID) householdId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Consent[]> {
    return consents.consentsOfHousehold(ctx, householdId);
  }

  @Authorized()
  @Query(() => [ConsentCoverage], {
    description: 'Per agency, the items the active consents cover and until when (for the referral form)',
  })
  consentCoverage(
    @Arg('householdId', () => ID) householdId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsentCoverage[]> {
    return consents.coverageOfHousehold(ctx, householdId);
  }

  @FieldResolver(() => Agency)
  grantee(@Root() c: Consent, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return ctx.loaders.agency.load(c.granteeAgencyId);
  }
}

@Resolver(() => ConsentCoverage)
export class ConsentCoverageResolver {
  @FieldResolver(() => Agency)
  agency(@Root() c: ConsentCoverage, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return ctx.loaders.agency.load(c.agencyId);
  }
}
