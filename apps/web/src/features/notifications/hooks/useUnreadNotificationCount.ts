import { useQuery, useSubscription } from '@apollo/client/react';
import {
  UnreadNotificationCountChangedDocument,
  UnreadNotificationCountDocument,
} from '../../../generated/graphql';

// The server pushes the count over a WebSocket whenever it changes (LISTEN/NOTIFY behind it); a slow
// poll stays as the fallback where a socket cannot be opened (a proxy without WebSocket support).
export const NOTIFICATION_POLL_MS = 60_000;

export function useUnreadNotificationCount() {
  const { data } = useQuery(UnreadNotificationCountDocument, {
    pollInterval: NOTIFICATION_POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const { data: pushed } = useSubscription(UnreadNotificationCountChangedDocument);
  return { count: pushed?.unreadNotificationCountChanged ?? data?.unreadNotificationCount };
}
