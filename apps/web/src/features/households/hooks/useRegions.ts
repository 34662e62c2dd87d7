import { skipToken, useQuery } from '@apollo/client/react';
import { RegionsDocument, type RegionLevel } from '../../../generated/graphql';

// The API caps `first` at 200; the largest list (읍면동 of one 시군구) is far shorter.
const REGION_PAGE = 200;

/** Regions of one level under a parent; skipped until the parent is chosen. */
export function useRegions(level: RegionLevel, parentCode: string | undefined, enabled = true) {
  const { data, loading, error } = useQuery(
    RegionsDocument,
    enabled ? { variables: { level, parentCode, first: REGION_PAGE } } : skipToken,
  );
  return { regions: data?.regions.edges.map((edge) => edge.node) ?? [], loading, error };
}
