import { skipToken, useQuery } from '@apollo/client/react';
import { ScreeningRulesDocument } from '../../../generated/graphql';

/** The rules in force for a 시군구 (or national when regionCode is null) and their saved versions. */
export function useScreeningRules(regionCode: string | null, enabled = true) {
  const { data, loading, error, refetch } = useQuery(
    ScreeningRulesDocument,
    enabled ? { variables: { regionCode }, fetchPolicy: 'network-only' } : skipToken,
  );
  return {
    ruleSet: data?.screeningRules,
    history: data?.screeningRuleHistory ?? [],
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
