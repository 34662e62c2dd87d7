import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Can } from '../auth/can';
import { listRegionCodeReviews, listRegions, resolveRegionCodeReview } from './regions.service';
import {
  Region,
  RegionCodeReview,
  RegionCodeReviewConnection,
  RegionCodeReviewsArgs,
  RegionConnection,
  RegionsArgs,
  ResolveRegionCodeReviewInput,
  ResolveRegionCodeReviewPayload,
} from './regions.types';

@Resolver(() => Region)
export class RegionsResolver {
  // The administrative district list is public reference data: the public directory picks from it.
  @Query(() => RegionConnection, {
    description:
      '행정구역 by level and parent, in code order: current ones unless includeRetired (no sign-in)',
  })
  async regions(
    @Args(() => RegionsArgs) args: RegionsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionConnection> {
    return new RegionConnection(await listRegions(ctx.services.dataSource, args));
  }

  @Query(() => Region, {
    nullable: true,
    description: 'Any region by code, retired ones included (no sign-in)',
  })
  region(@Arg('code', () => ID) code: string, @Ctx() ctx: RequestContext): Promise<Region | null> {
    return ctx.loaders.region.load(code);
  }

  @FieldResolver(() => Region, { nullable: true })
  parent(@Root() region: Region, @Ctx() ctx: RequestContext): Promise<Region | null> | null {
    return region.parentCode ? ctx.loaders.region.load(region.parentCode) : null;
  }
}

// Correcting a row's 읍면동 is the work of those who register households (administrators for
// agencies and rule sets; the service narrows by area).
@Resolver(() => RegionCodeReview)
export class RegionCodeReviewsResolver {
  @Can('REGISTER_HOUSEHOLD')
  @Query(() => RegionCodeReviewConnection, {
    description:
      'Rows a new region list changed or left on an old code for a decision, in your area, by old code',
  })
  async regionCodeReviews(
    @Args(() => RegionCodeReviewsArgs) args: RegionCodeReviewsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<RegionCodeReviewConnection> {
    return new RegionCodeReviewConnection(await listRegionCodeReviews(ctx, args));
  }

  @Can('REGISTER_HOUSEHOLD')
  @Mutation(() => ResolveRegionCodeReviewPayload, {
    description:
      'Moves a flagged row to the region chosen. Errors: NOT_FOUND, INVALID_STATE, VALIDATION, CONFLICT',
  })
  resolveRegionCodeReview(
    @Arg('input', () => ResolveRegionCodeReviewInput) input: ResolveRegionCodeReviewInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ResolveRegionCodeReviewPayload> {
    return resolveRegionCodeReview(ctx, input);
  }

  @FieldResolver(() => Region, { description: 'The code the row had (or still has, while it waits)' })
  async oldRegion(@Root() review: RegionCodeReview, @Ctx() ctx: RequestContext): Promise<Region> {
    return (await ctx.loaders.region.load(review.oldCode))!;
  }

  @FieldResolver(() => [Region], { description: 'The current regions the row may belong to' })
  async candidates(@Root() review: RegionCodeReview, @Ctx() ctx: RequestContext): Promise<Region[]> {
    const regions = await ctx.loaders.region.loadMany(review.candidateCodes);
    return regions.filter((r): r is Region => r !== null && !(r instanceof Error));
  }

  @FieldResolver(() => Region, { nullable: true, description: 'Where the row went; null while it waits' })
  newRegion(@Root() review: RegionCodeReview, @Ctx() ctx: RequestContext): Promise<Region | null> | null {
    return review.newCode ? ctx.loaders.region.load(review.newCode) : null;
  }
}
