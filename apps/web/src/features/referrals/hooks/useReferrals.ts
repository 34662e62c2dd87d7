import { useQuery } from '@apollo/client/react';
import { ReferralsDocument, type ReferralFilter, type ReferralOrder } from '../../../generated/graphql';
import { usePagedResult } from '../../../lib/use-connection';

export const REFERRAL_PAGE_SIZE = 20;

/** 받은 의뢰 / 보낸 의뢰; rows whose household is outside the consent come with household null. */
export function useReferrals(
  filter: ReferralFilter,
  paging: { after?: string; page?: number; orderBy?: ReferralOrder[] },
) {
  const query = useQuery(ReferralsDocument, {
    variables: { filter, first: REFERRAL_PAGE_SIZE, ...paging },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const { nodes, ...list } = usePagedResult(query, (data) => data.referrals, { partialOnNoConsent: true });
  return { referrals: nodes, ...list };
}
