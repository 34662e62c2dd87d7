import { useMutation } from '@apollo/client/react';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  UnreadNotificationCountDocument,
} from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Marks some (ids) or all notifications read; the list and the bell's count are read again. */
export function useMarkNotificationsRead() {
  const [mutate, { loading }] = useMutation(MarkNotificationsReadDocument, {
    refetchQueries: [NotificationsDocument, UnreadNotificationCountDocument],
  });
  const mark = (input: { ids?: string[]; all?: boolean }) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return (
        data && { value: data.markNotificationsRead.unreadCount, errors: data.markNotificationsRead.errors }
      );
    });
  return { mark, loading };
}
