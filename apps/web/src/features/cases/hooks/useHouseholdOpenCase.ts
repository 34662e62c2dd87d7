import { useEffect } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { CasesDocument } from '../../../generated/graphql';

/** The household's open case, if any (a household has at most one); `recheck` asks the server again. */
export function useHouseholdOpenCase(householdId: string, enabled: boolean, recheck = false) {
  const { data, loading, refetch } = useQuery(
    CasesDocument,
    enabled
      ? { variables: { filter: { householdId, status: 'OPEN' }, first: 1 }, fetchPolicy: 'network-only' }
      : skipToken,
  );
  useEffect(() => {
    if (recheck && enabled) void refetch().catch(() => undefined);
  }, [recheck, enabled, refetch]);
  return { openCase: data?.cases.edges[0]?.node, loading };
}
