import { useQuery } from '@apollo/client/react';
import { HouseholdEligibilityDocument } from '../../../generated/graphql';

/** The household's members, its means in force and its current decisions (FINANCES; each view is logged). */
export function useHouseholdEligibility(householdId: string, enabled: boolean) {
  const { data, loading, error, refetch } = useQuery(HouseholdEligibilityDocument, {
    variables: { id: householdId },
    skip: !enabled,
    fetchPolicy: 'network-only',
  });
  return {
    members: data?.household?.members ?? [],
    means: data?.household?.means ?? null,
    decisions: data?.eligibilityDecisions ?? [],
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
