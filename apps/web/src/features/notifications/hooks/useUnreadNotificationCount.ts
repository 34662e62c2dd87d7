import { useQuery } from '@apollo/client/react';
import { UnreadNotificationCountDocument } from '../../../generated/graphql';

// Referral steps happen in other agencies; a cheap count every 15 s keeps the bell current.
export const NOTIFICATION_POLL_MS = 15_000;

export function useUnreadNotificationCount() {
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: NOTIFICATION_POLL_MS, fetchPolicy: 'cache-and-network' });
  return { count: data?.unreadNotificationCount };
}
