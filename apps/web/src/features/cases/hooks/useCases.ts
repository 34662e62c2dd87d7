import { useQuery } from '@apollo/client/react';
import { CasesDocument, type CaseFilter, type CaseOrder } from '../../../generated/graphql';
import { usePagedResult } from '../../../lib/use-connection';

export const CASE_PAGE_SIZE = 20;

/** 사례 목록; a partner agency's rows without BASIC consent come with household null (NO_CONSENT). */
export function useCases(
  filter: CaseFilter,
  paging: { after?: string; page?: number; orderBy?: CaseOrder[] } = {},
) {
  const query = useQuery(CasesDocument, {
    variables: { filter, first: CASE_PAGE_SIZE, ...paging },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const { nodes, ...list } = usePagedResult(query, (data) => data.cases, { partialOnNoConsent: true });
  return { cases: nodes, ...list };
}
