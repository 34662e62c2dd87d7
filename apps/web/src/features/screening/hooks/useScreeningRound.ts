import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { ScreeningRoundDetailDocument } from '../../../generated/graphql';
import { CANDIDATE_PAGE_SIZE } from './useCandidateQueue';
import { isRoundActive, POLL_MS } from './useScreeningRounds';

/** One round; polled every second while it is queued or running, so progress moves on screen. */
export function useScreeningRound(id: string, after: string | undefined) {
  const { data, previousData, loading, error, refetch, startPolling, stopPolling } = useQuery(
    ScreeningRoundDetailDocument,
    {
      variables: { id, first: CANDIDATE_PAGE_SIZE, after },
      fetchPolicy: 'cache-and-network',
    },
  );
  const round = (data ?? previousData)?.screeningRound ?? undefined;
  const isRunning = isRoundActive(round?.status);
  useEffect(() => {
    if (!isRunning) return undefined;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [isRunning, startPolling, stopPolling]);
  return { round, isRunning, loading, error, retry: () => void refetch().catch(() => undefined) };
}
