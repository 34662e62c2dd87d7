import { skipToken, useQuery } from '@apollo/client/react';
import {
  CandidateQueueDocument,
  type CandidateFilter,
  type CandidateOrder,
} from '../../../generated/graphql';
import { useConnection } from '../../../lib/use-connection';

export const CANDIDATE_PAGE_SIZE = 20;

/** 발굴 대상자 queue: candidates of sent rounds inside the caller's area. */
export function useCandidateQueue(
  filter: CandidateFilter,
  orderBy: CandidateOrder,
  after: string | undefined,
  enabled = true,
) {
  const { data, previousData, loading, error, refetch } = useQuery(
    CandidateQueueDocument,
    enabled
      ? {
          variables: { filter, orderBy, first: CANDIDATE_PAGE_SIZE, after },
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );
  const connection = (data ?? previousData)?.candidates;
  const { nodes, ...page } = useConnection(connection);
  return {
    candidates: nodes,
    ...page,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
