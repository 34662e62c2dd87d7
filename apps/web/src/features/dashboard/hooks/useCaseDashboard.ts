import { useQuery } from '@apollo/client/react';
import { CaseDashboardDocument } from '../../../generated/graphql';

/** Caseloads, case statuses, referral flow and needs for a region (the supervisor's own by default). */
export function useCaseDashboard(
  regionCode: string | undefined,
  period?: { from: string; to: string } | null,
) {
  const { data, loading, error, refetch } = useQuery(CaseDashboardDocument, {
    variables: { regionCode, period: period ?? undefined },
    fetchPolicy: 'cache-and-network',
  });
  return {
    dashboard: data?.caseDashboard,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
