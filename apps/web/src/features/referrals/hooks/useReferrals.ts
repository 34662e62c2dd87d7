import { useQuery } from '@apollo/client/react';
import { ReferralsDocument, type ReferralFilter } from '../../../generated/graphql';
import { isOnlyNoConsent } from '../../../lib/errors';
import { useConnection } from '../../../lib/use-connection';

export const REFERRAL_PAGE_SIZE = 20;

/** 받은 의뢰 / 보낸 의뢰; rows whose household is outside the consent come with household null. */
export function useReferrals(filter: ReferralFilter, after: string | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(ReferralsDocument, {
    variables: { filter, first: REFERRAL_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const connection = (data ?? previousData)?.referrals;
  const { nodes, ...page } = useConnection(connection);
  return {
    referrals: nodes,
    ...page,
    loading,
    error: connection && isOnlyNoConsent(error) ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}
