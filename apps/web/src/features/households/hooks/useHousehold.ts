import { useQuery } from '@apollo/client/react';
import { HouseholdDetailDocument } from '../../../generated/graphql';

export function useHousehold(id: string) {
  // Each view is a read of personal data that the API records in the access log,
  // so the page always asks the server rather than showing a cached copy.
  const { data, loading, error, refetch } = useQuery(HouseholdDetailDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  return { household: data?.household, loading, error, retry: () => void refetch().catch(() => undefined) };
}
