import { skipToken, useQuery } from '@apollo/client/react';
import { CrisisFeedErrorsDocument, CrisisFeedsDocument } from '../../../generated/graphql';
import { useConnection } from '../../../lib/use-connection';

const FEED_PAGE_SIZE = 20;

/** Feeds received, newest first. */
export function useCrisisFeeds(after: string | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(CrisisFeedsDocument, {
    variables: { first: FEED_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.crisisFeeds;
  const { nodes, ...page } = useConnection(connection);
  return {
    feeds: nodes,
    ...page,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** A rejected feed's errors, loaded when its row is expanded. */
export function useCrisisFeedErrors(id: string | undefined) {
  const { data, loading, error } = useQuery(CrisisFeedErrorsDocument, id ? { variables: { id } } : skipToken);
  return { errors: data?.crisisFeed?.errors ?? [], loading, error };
}
