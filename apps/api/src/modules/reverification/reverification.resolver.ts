import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Can } from '../auth/can';
import { readHousehold } from '../consents/household-access';
import { Household } from '../households/households.types';
import * as reverification from './reverification.service';
import {
  ConfirmReverificationChangeInput,
  ContestReverificationChangeInput,
  ReverificationChange,
  ReverificationChangeConnection,
  ReverificationChangeFilter,
  ReverificationChangePayload,
  ReverificationRun,
  StartReverificationInput,
  StartReverificationPayload,
} from './reverification.types';

@Resolver()
export class ReverificationResolver {
  @Can('START_REVERIFICATION')
  @Mutation(() => StartReverificationPayload, {
    description:
      '확인조사 of every current recipient on a date, as a background job (what the monthly job does). Errors: VALIDATION, PARAMETER_MISSING, CONFLICT',
  })
  startReverification(
    @Arg('input', () => StartReverificationInput) input: StartReverificationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<StartReverificationPayload> {
    return reverification.startReverification(ctx, input);
  }

  @Can('VIEW_REVERIFICATION_RUNS')
  @Query(() => ReverificationRun, { nullable: true })
  reverificationRun(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ReverificationRun | null> {
    return reverification.reverificationRun(ctx, id);
  }

  @Can('VIEW_REVERIFICATION_RUNS')
  @Query(() => [ReverificationRun], { description: 'The newest runs first' })
  reverificationRuns(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first?: number,
  ): Promise<ReverificationRun[]> {
    return reverification.reverificationRuns(ctx, first);
  }

  @Can('VIEW_REVERIFICATION_CHANGES')
  @Query(() => ReverificationChangeConnection, {
    description:
      'The 확인조사 queue: a run’s changes in your area (FINANCES findings; each household read is logged)',
  })
  async reverificationChanges(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ReverificationChangeFilter, { nullable: true }) filter?: ReverificationChangeFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ReverificationChangeConnection> {
    return new ReverificationChangeConnection(
      await reverification.reverificationChanges(ctx, filter, first, after),
    );
  }

  @Can('ACT_ON_REVERIFICATION')
  @Mutation(() => ReverificationChangePayload, {
    description:
      'Confirms a change: writes a new eligibility decision from the run’s evaluation. Errors: VALIDATION, FORBIDDEN, NOT_FOUND, INVALID_STATE, CONFLICT',
  })
  confirmReverificationChange(
    @Arg('input', () => ConfirmReverificationChangeInput) input: ConfirmReverificationChangeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReverificationChangePayload> {
    return reverification.confirmReverificationChange(ctx, input);
  }

  @Can('ACT_ON_REVERIFICATION')
  @Mutation(() => ReverificationChangePayload, {
    description:
      'Contests a change with a note; nothing is decided. Errors: VALIDATION, FORBIDDEN, NOT_FOUND, INVALID_STATE',
  })
  contestReverificationChange(
    @Arg('input', () => ContestReverificationChangeInput) input: ContestReverificationChangeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReverificationChangePayload> {
    return reverification.contestReverificationChange(ctx, input);
  }
}

@Resolver(() => ReverificationChange)
export class ReverificationChangeResolver {
  @FieldResolver(() => Household, { description: 'Through the household guard (area), logged' })
  async household(@Root() c: ReverificationChange, @Ctx() ctx: RequestContext): Promise<Household> {
    return (await readHousehold(ctx, c.householdId))!;
  }
}
