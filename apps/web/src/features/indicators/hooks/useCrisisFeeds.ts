import { skipToken, useQuery } from '@apollo/client/react';
import { CrisisFeedErrorsDocument, CrisisFeedsDocument } from '../../../generated/graphql';
import { usePagedResult } from '../../../lib/use-connection';

const FEED_PAGE_SIZE = 20;

/** Feeds received, newest first. */
export function useCrisisFeeds(after: string | undefined) {
  const query = useQuery(CrisisFeedsDocument, {
    variables: { first: FEED_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const { nodes, ...list } = usePagedResult(query, (data) => data.crisisFeeds);
  return { feeds: nodes, ...list };
}

/** A rejected feed's errors, loaded when its row is expanded. */
export function useCrisisFeedErrors(id: string | undefined) {
  const { data, loading, error } = useQuery(CrisisFeedErrorsDocument, id ? { variables: { id } } : skipToken);
  return { errors: data?.crisisFeed?.errors ?? [], loading, error };
}
