import { skipToken, useQuery } from '@apollo/client/react';
import { HouseholdConsentsDocument } from '../../../generated/graphql';

/** The consents recorded for a household, active and withdrawn. */
export function useHouseholdConsents(householdId: string, enabled = true) {
  const { data, loading, error, refetch } = useQuery(
    HouseholdConsentsDocument,
    enabled ? { variables: { householdId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  return {
    consents: data?.consents ?? [],
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
