import { useQuery } from '@apollo/client/react';
import { ReferralTargetsDocument, type ConsentScope } from '../../../generated/graphql';

export interface ReferralTarget {
  id: string;
  name: string;
  sector: 'PUBLIC' | 'PRIVATE';
  /** What the household's active consents give this agency, if anything. */
  coverage: { scopes: readonly ConsentScope[]; validUntil: string } | null;
}

/**
 * The agencies a household's case can refer to (its 시군구 and 시도, never the ministry or another
 * province), each with what the resident's consents cover for it, by name.
 */
export function useReferralTargets(householdId: string | null) {
  const { data, loading, error } = useQuery(ReferralTargetsDocument, {
    variables: { householdId: householdId ?? '' },
    skip: !householdId,
  });
  const coverage = new Map(data?.consentCoverage.map((c) => [c.agency.id, c]) ?? []);
  const targets: ReferralTarget[] = (data?.agencies.edges ?? [])
    .map(({ node }) => ({
      id: node.id,
      name: node.name,
      sector: node.sector,
      coverage: coverage.get(node.id) ?? null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'ko'));
  return { targets, loading, error };
}
