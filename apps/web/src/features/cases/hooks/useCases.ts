import { useQuery } from '@apollo/client/react';
import { CasesDocument, type CaseFilter } from '../../../generated/graphql';
import { isOnlyNoConsent } from '../../../lib/errors';
import { useConnection } from '../../../lib/use-connection';

export const CASE_PAGE_SIZE = 20;

/** 사례 목록; a partner agency's rows without BASIC consent come with household null (NO_CONSENT). */
export function useCases(filter: CaseFilter, after: string | undefined) {
  const { data, previousData, loading, error, refetch } = useQuery(CasesDocument, {
    variables: { filter, first: CASE_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const connection = (data ?? previousData)?.cases;
  const { nodes, ...page } = useConnection(connection);
  const realError = error && !isOnlyNoConsent(error) ? error : undefined;
  return {
    cases: nodes,
    ...page,
    loading,
    error: connection ? realError : error,
    retry: () => void refetch().catch(() => undefined),
  };
}
