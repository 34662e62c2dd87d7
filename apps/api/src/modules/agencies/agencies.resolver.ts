import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Region } from '../regions/regions.types';
import { listAgencies } from './agencies.service';
import { Agency, AgencyConnection, AgenciesArgs } from './agencies.types';

@Resolver(() => Agency)
export class AgenciesResolver {
  // Agencies are not personal data: every signed-in user may look them up (e.g. to refer to one).
  @Authorized()
  @Query(() => AgencyConnection)
  async agencies(
    @Args(() => AgenciesArgs) args: AgenciesArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AgencyConnection> {
    return new AgencyConnection(await listAgencies(ctx, args));
  }

  @FieldResolver(() => Region, { nullable: true })
  region(@Root() agency: Agency, @Ctx() ctx: RequestContext): Promise<Region | null> | null {
    return agency.regionCode ? ctx.loaders.region.load(agency.regionCode) : null;
  }
}
