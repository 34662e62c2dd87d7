import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { listRegions } from './regions.service';
import { Region, RegionConnection, RegionsArgs } from './regions.types';

@Resolver(() => Region)
export class RegionsResolver {
  @Authorized()
  @Query(() => RegionConnection, { description: '행정구역 by level and parent, in code order' })
  async regions(
    @Args(() => RegionsArgs) args: RegionsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionConnection> {
    return new RegionConnection(await listRegions(ctx.services.dataSource, args));
  }

  @Authorized()
  @Query(() => Region, { nullable: true })
  region(@Arg('code', () => ID) code: string, @Ctx() ctx: RequestContext): Promise<Region | null> {
    return ctx.loaders.region.load(code);
  }

  @FieldResolver(() => Region, { nullable: true })
  parent(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<Region | null> | null {
    return region.parentCode ? ctx.loaders.region.load(region.parentCode) : null;
  }
}
