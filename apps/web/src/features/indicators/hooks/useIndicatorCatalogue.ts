import { useQuery } from '@apollo/client/react';
import { CrisisIndicatorCatalogueDocument } from '../../../generated/graphql';

/** 위기정보 유형 catalogue with its groups, in the API's order. */
export function useIndicatorCatalogue() {
  const { data, loading, error, refetch } = useQuery(CrisisIndicatorCatalogueDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return {
    kinds: data?.crisisIndicatorKinds ?? [],
    groups: data?.crisisIndicatorGroups ?? [],
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
