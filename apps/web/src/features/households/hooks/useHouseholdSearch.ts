import { skipToken, useQuery } from '@apollo/client/react';
import { HouseholdSearchDocument, type HouseholdFilter } from '../../../generated/graphql';

export const HOUSEHOLD_PAGE_SIZE = 20;

export function useHouseholdSearch(filter: HouseholdFilter | undefined, after: string | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(
    HouseholdSearchDocument,
    filter ? { variables: { filter, first: HOUSEHOLD_PAGE_SIZE, after } } : skipToken,
  );
  const connection = (data ?? previousData)?.households;
  return {
    households: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount,
    endCursor: connection?.pageInfo.endCursor ?? undefined,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
