import { skipToken, useQuery } from '@apollo/client/react';
import {
  HouseholdSearchDocument,
  type HouseholdFilter,
  type HouseholdOrder,
} from '../../../generated/graphql';
import { usePagedResult } from '../../../lib/use-connection';

export const HOUSEHOLD_PAGE_SIZE = 20;

/** 가구 검색; nothing is asked until there is a filter (the search has been made). */
export function useHouseholdSearch(
  filter: HouseholdFilter | undefined,
  paging: { after?: string; page?: number; orderBy?: HouseholdOrder[] },
) {
  const query = useQuery(
    HouseholdSearchDocument,
    filter ? { variables: { filter, first: HOUSEHOLD_PAGE_SIZE, ...paging } } : skipToken,
  );
  const { nodes, ...list } = usePagedResult(query, (data) => data.households);
  return { households: nodes, ...list };
}
