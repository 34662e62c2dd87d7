import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Agency } from '../agencies/agencies.types';
import { Colleague } from '../auth/auth.types';
import { Can } from '../auth/can';
import { Person } from '../households/households.types';
import { Resource } from '../resources/resources.types';
import * as provisions from './provisions.service';
import {
  Provision,
  ProvisionConnection,
  ProvisionOverlapsInput,
  ProvisionOverlapsPayload,
  RecordProvisionInput,
  RecordProvisionPayload,
} from './provisions.types';

@Resolver(() => Provision)
export class ProvisionsResolver {
  @Can('RECORD_PROVISION')
  @Query(() => ProvisionConnection, {
    description: '제공 이력: what every agency gives a household, newest first',
  })
  async provisions(
    @Arg('householdId', () => ID) householdId: string,
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ProvisionConnection> {
    return new ProvisionConnection(await provisions.listProvisions(ctx, householdId, first, after));
  }

  @Can('RECORD_PROVISION')
  @Query(() => ProvisionOverlapsPayload, {
    description:
      '중복 확인: the provisions of any agency that one described would duplicate (the check recordProvision makes). Errors: VALIDATION, FORBIDDEN, NO_CONSENT, NOT_FOUND',
  })
  provisionOverlaps(
    @Arg('input', () => ProvisionOverlapsInput) input: ProvisionOverlapsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ProvisionOverlapsPayload> {
    return provisions.provisionOverlaps(ctx, input);
  }

  @Can('RECORD_PROVISION')
  @Mutation(() => RecordProvisionPayload, {
    description:
      '제공 기록 for your agency, after the duplicate check. Errors: VALIDATION, DUPLICATE_PROVISION (with the overlaps; give overrideReason to record anyway), FORBIDDEN, NO_CONSENT, NOT_FOUND',
  })
  recordProvision(
    @Arg('input', () => RecordProvisionInput) input: RecordProvisionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RecordProvisionPayload> {
    return provisions.recordProvision(ctx, input);
  }

  @FieldResolver(() => Agency)
  agency(@Root() p: Provision, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return ctx.loaders.agency.load(p.agencyId);
  }

  @FieldResolver(() => Resource, { nullable: true, description: 'The directory resource given, if any' })
  resource(@Root() p: Provision, @Ctx() ctx: RequestContext): Promise<Resource | null> | null {
    return p.resourceId ? ctx.loaders.resource.load(p.resourceId) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The member it is given to, when one' })
  person(@Root() p: Provision, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return p.personId ? ctx.loaders.person.load(p.personId) : null;
  }

  @FieldResolver(() => Colleague, { nullable: true, description: 'Who recorded it' })
  recordedBy(@Root() p: Provision, @Ctx() ctx: RequestContext): Promise<Colleague | null> {
    return ctx.loaders.colleague.load(p.account);
  }
}
