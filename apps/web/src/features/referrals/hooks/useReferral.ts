import { useQuery } from '@apollo/client/react';
import { ReferralDetailDocument } from '../../../generated/graphql';
import { isOnlyNoConsent, isUnknownIdError } from '../../../lib/errors';

/** One referral; its household is null (NO_CONSENT) for a private agency outside the consent. */
export function useReferral(id: string) {
  const { data, loading, error, refetch } = useQuery(ReferralDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const referral = data?.referral ?? undefined;
  return {
    referral,
    loading,
    error: (referral && isOnlyNoConsent(error)) || isUnknownIdError(error) ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}
