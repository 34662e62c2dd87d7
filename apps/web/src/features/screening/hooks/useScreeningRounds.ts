import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { ScreeningRoundsDocument } from '../../../generated/graphql';
import { useConnection } from '../../../lib/use-connection';

const ROUND_PAGE_SIZE = 20;
export const POLL_MS = 1000;
export const isRoundActive = (status: string | undefined) => status === 'QUEUED' || status === 'RUNNING';

/** Rounds, newest first; polled every second while one of them is queued or running. */
export function useScreeningRounds(after: string | undefined) {
  const { data, previousData, loading, error, refetch, startPolling, stopPolling } = useQuery(
    ScreeningRoundsDocument,
    {
      variables: { first: ROUND_PAGE_SIZE, after },
      fetchPolicy: 'cache-and-network',
    },
  );
  const connection = (data ?? previousData)?.screeningRounds;
  const { nodes: rounds, ...page } = useConnection(connection);
  const hasActive = rounds.some((round) => isRoundActive(round.status));
  useEffect(() => {
    if (!hasActive) return undefined;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [hasActive, startPolling, stopPolling]);
  return {
    rounds,
    ...page,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
