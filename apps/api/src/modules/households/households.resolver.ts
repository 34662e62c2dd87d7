import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../auth/can';
import type { RequestContext } from '../../context';
import { PAGE_ARG } from '../../graphql/connection';
import { Region } from '../regions/regions.types';
import { readHousehold, recordHouseholdAccess } from '../consents/household-access';
import * as households from './households.service';
import {
  Household,
  HouseholdConnection,
  HouseholdContact,
  HouseholdFilter,
  HouseholdMember,
  HouseholdOrder,
  RegisterHouseholdInput,
  RegisterHouseholdPayload,
  UpdateHouseholdContactsInput,
  UpdateHouseholdContactsPayload,
} from './households.types';

@Resolver(() => Household)
export class HouseholdsResolver {
  @Authorized()
  @Query(() => HouseholdConnection, {
    description: "Households in the caller's area (FORBIDDEN outside it), by region and member name",
  })
  async households(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => HouseholdFilter, { nullable: true }) filter?: HouseholdFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('orderBy', () => [HouseholdOrder], {
      nullable: true,
      description: 'Default: by 읍면동, then address (natural order)',
    })
    orderBy?: HouseholdOrder[],
    @Arg('page', () => Int, { nullable: true, description: PAGE_ARG })
    page?: number,
  ): Promise<HouseholdConnection> {
    return new HouseholdConnection(
      await households.listHouseholds(ctx, filter, { first, after, orderBy, page }),
    );
  }

  @Authorized()
  @Query(() => Household, {
    nullable: true,
    description:
      'One household; FORBIDDEN outside your area, NO_CONSENT for a private agency without a consent covering BASIC',
  })
  household(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Household | null> {
    return readHousehold(ctx, id);
  }

  @Can('REGISTER_HOUSEHOLD')
  @Mutation(() => RegisterHouseholdPayload, {
    description: '가구 등록. Nothing is stored when any member fails.',
  })
  registerHousehold(
    @Arg('input', () => RegisterHouseholdInput) input: RegisterHouseholdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RegisterHouseholdPayload> {
    return households.registerHousehold(ctx, input);
  }

  @Can('REGISTER_HOUSEHOLD')
  @Mutation(() => UpdateHouseholdContactsPayload, {
    description: '연락처 변경: replaces the household’s numbers (a public worker of its area)',
  })
  updateHouseholdContacts(
    @Arg('input', () => UpdateHouseholdContactsInput) input: UpdateHouseholdContactsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UpdateHouseholdContactsPayload> {
    return households.updateHouseholdContacts(ctx, input);
  }

  // Numbers are the residents' personal data (BASIC): every reader of a household passed the guard
  // for BASIC, and reading them is logged against each member.
  @FieldResolver(() => [HouseholdContact], { description: '연락처, the preferred one marked' })
  async contacts(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<HouseholdContact[]> {
    await recordHouseholdAccess(ctx, household.id, 'READ');
    return ctx.loaders.householdContacts.load(household.id);
  }

  @FieldResolver(() => Region)
  region(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<Region | null> {
    return ctx.loaders.region.load(household.regionCode);
  }

  @FieldResolver(() => [HouseholdMember])
  members(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<HouseholdMember[]> {
    return ctx.loaders.householdMembers.load(household.id);
  }

  @FieldResolver(() => Int)
  async memberCount(@Root() household: Household, @Ctx() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders.householdMembers.load(household.id)).length;
  }
}
