import { useQuery } from '@apollo/client/react';
import { AgencyOptionsDocument } from '../../../generated/graphql';

/** Agencies to issue a key for (the first 100; enough for one district's partners). */
export function useAgencyOptions() {
  const { data, loading, error } = useQuery(AgencyOptionsDocument, { variables: { first: 100 } });
  return { agencies: data?.agencies.edges.map((edge) => edge.node) ?? [], loading, error };
}
