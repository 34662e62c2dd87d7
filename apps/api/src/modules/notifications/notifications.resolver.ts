import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver, Subscription } from 'type-graphql';
import type { RequestContext } from '../../context';
import { UNREAD_CHANGED } from './live-events';
import * as notifications from './notifications.service';
import {
  MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  NotificationConnection,
} from './notifications.types';

@Resolver()
export class NotificationsResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: 'What is waiting for me, newest first' })
  async notifications(
    @Ctx() ctx: RequestContext,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<NotificationConnection> {
    return new NotificationConnection(
      await notifications.listNotifications(ctx, unreadOnly ?? false, first, after),
    );
  }

  @Authorized()
  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return notifications.unreadCount(ctx);
  }

  @Authorized()
  @Subscription(() => Int, {
    topics: UNREAD_CHANGED,
    filter: ({ payload, context }: { payload: string; context: RequestContext }) =>
      payload === context.actor?.userId,
    description: 'My unread count, each time it changes (GraphQL over WebSocket at /graphql)',
  })
  unreadNotificationCountChanged(@Ctx() ctx: RequestContext): Promise<number> {
    return notifications.unreadCount(ctx);
  }

  @Authorized()
  @Mutation(() => MarkNotificationsReadPayload)
  markNotificationsRead(
    @Arg('input', () => MarkNotificationsReadInput) input: MarkNotificationsReadInput,
    @Ctx() ctx: RequestContext,
  ) {
    return notifications.markRead(ctx, input);
  }
}
