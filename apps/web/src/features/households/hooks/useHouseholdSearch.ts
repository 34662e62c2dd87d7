import { skipToken, useQuery } from '@apollo/client/react';
import { HouseholdSearchDocument, type HouseholdFilter } from '../../../generated/graphql';
import { useConnection } from '../../../lib/use-connection';

export const HOUSEHOLD_PAGE_SIZE = 20;

export function useHouseholdSearch(filter: HouseholdFilter | undefined, after: string | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(
    HouseholdSearchDocument,
    filter ? { variables: { filter, first: HOUSEHOLD_PAGE_SIZE, after } } : skipToken,
  );
  const connection = (data ?? previousData)?.households;
  const { nodes, ...page } = useConnection(connection);
  return {
    households: nodes,
    ...page,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
