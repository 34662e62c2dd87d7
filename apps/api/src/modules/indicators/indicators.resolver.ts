import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Can } from '../auth/can';
import type { RequestContext } from '../../context';
import * as indicators from './indicators.service';
import {
  AddCrisisIndicatorKindInput,
  AddCrisisIndicatorKindPayload,
  CrisisFeed,
  CrisisFeedConnection,
  CrisisIndicatorGroup,
  CrisisIndicatorKind,
} from './indicators.types';

@Resolver()
export class IndicatorsResolver {
  @Authorized()
  @Query(() => [CrisisIndicatorKind], { description: '위기정보 유형 catalogue' })
  crisisIndicatorKinds(@Ctx() ctx: RequestContext): Promise<CrisisIndicatorKind[]> {
    return indicators.listKinds(ctx.services.dataSource);
  }

  @Authorized()
  @Query(() => [CrisisIndicatorGroup])
  crisisIndicatorGroups(@Ctx() ctx: RequestContext): Promise<CrisisIndicatorGroup[]> {
    return indicators.listGroups(ctx.services.dataSource);
  }

  @Can('ADD_INDICATOR_KIND')
  @Mutation(() => AddCrisisIndicatorKindPayload, {
    description: 'Adds a kind (and a new group if named). Errors: VALIDATION, DUPLICATE',
  })
  addCrisisIndicatorKind(
    @Arg('input', () => AddCrisisIndicatorKindInput) input: AddCrisisIndicatorKindInput,
    @Ctx() ctx: RequestContext,
  ) {
    return indicators.addKind(ctx.services.dataSource, ctx.actor!, input);
  }

  @Can('VIEW_FEEDS')
  @Query(() => CrisisFeed, {
    nullable: true,
    description: 'A feed: status, counts and the errors of a rejected one',
  })
  crisisFeed(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<CrisisFeed | null> {
    return indicators.getFeed(ctx.services.dataSource, id);
  }

  @Can('VIEW_FEEDS')
  @Query(() => CrisisFeedConnection, { description: 'Feeds, newest first' })
  async crisisFeeds(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<CrisisFeedConnection> {
    return new CrisisFeedConnection(await indicators.listFeeds(ctx.services.dataSource, first, after));
  }
}
