import { useQuery } from '@apollo/client/react';
import { NotificationsDocument } from '../../../generated/graphql';
import { useConnection } from '../../../lib/use-connection';

export const NOTIFICATION_PAGE_SIZE = 20;

/** The signed-in user's notifications, newest first. */
export function useNotifications(unreadOnly: boolean, after: string | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(NotificationsDocument, {
    variables: { unreadOnly: unreadOnly || undefined, first: NOTIFICATION_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.notifications;
  const { nodes, ...page } = useConnection(connection);
  return {
    notifications: nodes,
    ...page,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
