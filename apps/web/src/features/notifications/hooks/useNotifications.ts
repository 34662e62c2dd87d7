import { useQuery } from '@apollo/client/react';
import { NotificationsDocument } from '../../../generated/graphql';

export const NOTIFICATION_PAGE_SIZE = 20;

/** The signed-in user's notifications, newest first. */
export function useNotifications(unreadOnly: boolean, after: string | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(NotificationsDocument, {
    variables: { unreadOnly: unreadOnly || undefined, first: NOTIFICATION_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.notifications;
  return {
    notifications: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount,
    endCursor: connection?.pageInfo.endCursor ?? undefined,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
