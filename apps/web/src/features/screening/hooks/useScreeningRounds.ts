import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { ScreeningRoundsDocument } from '../../../generated/graphql';
import { usePagedResult } from '../../../lib/use-connection';

const ROUND_PAGE_SIZE = 20;
export const POLL_MS = 1000;
export const isRoundActive = (status: string | undefined) => status === 'QUEUED' || status === 'RUNNING';

/** Polls a query every second while `active` (a round queued or running), so progress moves on screen. */
export function usePollWhile(
  active: boolean,
  { startPolling, stopPolling }: { startPolling: (ms: number) => void; stopPolling: () => void },
) {
  useEffect(() => {
    if (!active) return undefined;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [active, startPolling, stopPolling]);
}

/** Rounds, newest first; polled while one of them is queued or running. */
export function useScreeningRounds(after: string | undefined) {
  const query = useQuery(ScreeningRoundsDocument, {
    variables: { first: ROUND_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const { nodes: rounds, ...list } = usePagedResult(query, (data) => data.screeningRounds);
  usePollWhile(
    rounds.some((round) => isRoundActive(round.status)),
    query,
  );
  return { rounds, ...list };
}
