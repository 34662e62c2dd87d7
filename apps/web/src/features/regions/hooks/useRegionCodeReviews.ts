import { useMutation, useQuery } from '@apollo/client/react';
import {
  RegionCodeReviewsDocument,
  ResolveRegionCodeReviewDocument,
  type ResolveRegionCodeReviewInput,
} from '../../../generated/graphql';
import { usePagedResult } from '../../../lib/use-connection';
import { runPayload } from '../../../lib/payload';

export const REVIEW_PAGE_SIZE = 20;

/** Rows a new region list left on a split or abolished code, waiting (or, decided, settled). */
export function useRegionCodeReviews(decided: boolean, after: string | undefined) {
  const query = useQuery(RegionCodeReviewsDocument, {
    variables: { decided, first: REVIEW_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const { nodes, ...list } = usePagedResult(query, (data) => data.regionCodeReviews);
  return { reviews: nodes, ...list };
}

/** Wraps resolveRegionCodeReview; the waiting list is read again so the decided row leaves it. */
export function useResolveRegionCodeReview() {
  const [mutate, { loading }] = useMutation(ResolveRegionCodeReviewDocument, {
    refetchQueries: [RegionCodeReviewsDocument],
    awaitRefetchQueries: true,
  });
  const resolve = (input: ResolveRegionCodeReviewInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return (
        data && { value: data.resolveRegionCodeReview.review, errors: data.resolveRegionCodeReview.errors }
      );
    });
  return { resolve, loading };
}
