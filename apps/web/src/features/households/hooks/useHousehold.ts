import { useQuery } from '@apollo/client/react';
import { HouseholdDetailDocument } from '../../../generated/graphql';
import { isUnknownIdError } from '../../../lib/errors';

export function useHousehold(id: string) {
  // Each view is a read of personal data that the API records in the access log,
  // so the page always asks the server rather than showing a cached copy.
  const { data, loading, error, refetch } = useQuery(HouseholdDetailDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  return {
    household: data?.household,
    loading,
    // An id the API never issued is a household that is not there, not a failure to retry.
    error: isUnknownIdError(error) ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}
