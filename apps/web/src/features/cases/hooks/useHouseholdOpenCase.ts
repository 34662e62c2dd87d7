import { skipToken, useQuery } from '@apollo/client/react';
import { CasesDocument } from '../../../generated/graphql';

/** The household's open case, if any (a household has at most one); asked only when needed. */
export function useHouseholdOpenCase(householdId: string, enabled: boolean) {
  const { data, loading } = useQuery(
    CasesDocument,
    enabled
      ? { variables: { filter: { householdId, status: 'OPEN' }, first: 1 }, fetchPolicy: 'network-only' }
      : skipToken,
  );
  return { openCase: data?.cases.edges[0]?.node, loading };
}
