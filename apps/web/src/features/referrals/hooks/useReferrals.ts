import { useQuery } from '@apollo/client/react';
import { ReferralsDocument, type ReferralFilter } from '../../../generated/graphql';
import { isOnlyNoConsent } from '../../../lib/errors';

export const REFERRAL_PAGE_SIZE = 20;

/** 받은 의뢰 / 보낸 의뢰; rows whose household is outside the consent come with household null. */
export function useReferrals(filter: ReferralFilter, after: string | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(ReferralsDocument, {
    variables: { filter, first: REFERRAL_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const connection = (data ?? previousData)?.referrals;
  return {
    referrals: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount,
    endCursor: connection?.pageInfo.endCursor ?? undefined,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading,
    error: connection && isOnlyNoConsent(error) ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}
