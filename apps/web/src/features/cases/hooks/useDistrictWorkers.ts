import { skipToken, useQuery } from '@apollo/client/react';
import { DistrictWorkersDocument } from '../../../generated/graphql';

/** The public workers of a supervisor's 시군구 by name (the case list's worker filter). */
export function useDistrictWorkers(enabled: boolean) {
  const { data, loading } = useQuery(DistrictWorkersDocument, enabled ? {} : skipToken);
  return { workers: data?.districtWorkers ?? [], loading };
}
