import { useQuery } from '@apollo/client/react';
import { PartnerAgenciesDocument } from '../../../generated/graphql';

// The API caps `first` at 200, more than one district's public offices and partner agencies.
const AGENCY_PAGE = 200;

/** Agencies for pickers (consent recipient, referral receiver, conference participants), by name. */
export function usePartnerAgencies() {
  const { data, loading, error } = useQuery(PartnerAgenciesDocument, { variables: { first: AGENCY_PAGE } });
  const agencies = [...(data?.agencies.edges.map((edge) => edge.node) ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name, 'ko'),
  );
  return { agencies, loading, error };
}
