import { skipToken, useQuery } from '@apollo/client/react';
import {
  CandidateQueueDocument,
  type CandidateFilter,
  type CandidateOrder,
} from '../../../generated/graphql';
import { usePagedResult } from '../../../lib/use-connection';

export const CANDIDATE_PAGE_SIZE = 20;

/** 발굴 대상자 queue: candidates of sent rounds inside the caller's area. */
export function useCandidateQueue(
  filter: CandidateFilter,
  orderBy: CandidateOrder,
  after: string | undefined,
  enabled = true,
) {
  const query = useQuery(
    CandidateQueueDocument,
    enabled
      ? {
          variables: { filter, orderBy, first: CANDIDATE_PAGE_SIZE, after },
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );
  const { nodes, ...list } = usePagedResult(query, (data) => data.candidates);
  return { candidates: nodes, ...list };
}
