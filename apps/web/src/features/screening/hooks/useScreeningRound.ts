import { useQuery } from '@apollo/client/react';
import { ScreeningRoundDetailDocument } from '../../../generated/graphql';
import { useConnection } from '../../../lib/use-connection';
import { CANDIDATE_PAGE_SIZE } from './useCandidateQueue';
import { isRoundActive, usePollWhile } from './useScreeningRounds';

/** One round with a page of its candidates; polled while it is queued or running. */
export function useScreeningRound(id: string, after: string | undefined) {
  const query = useQuery(ScreeningRoundDetailDocument, {
    variables: { id, first: CANDIDATE_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const { data, previousData, loading, error, refetch } = query;
  const round = (data ?? previousData)?.screeningRound ?? undefined;
  const candidates = useConnection(round?.candidates);
  const isRunning = isRoundActive(round?.status);
  usePollWhile(isRunning, query);
  return { round, candidates, isRunning, loading, error, retry: () => void refetch().catch(() => undefined) };
}
