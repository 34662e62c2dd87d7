import { useQuery } from '@apollo/client/react';
import { NotificationsDocument } from '../../../generated/graphql';
import { usePagedResult } from '../../../lib/use-connection';

export const NOTIFICATION_PAGE_SIZE = 20;

/** The signed-in user's notifications, newest first. */
export function useNotifications(unreadOnly: boolean, after: string | undefined) {
  const query = useQuery(NotificationsDocument, {
    variables: { unreadOnly: unreadOnly || undefined, first: NOTIFICATION_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const { nodes, ...list } = usePagedResult(query, (data) => data.notifications);
  return { notifications: nodes, ...list };
}
