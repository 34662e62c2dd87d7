import { useQuery } from '@apollo/client/react';
import { ProvisionOverlapDashboardDocument } from '../../../generated/graphql';

/** 중복지원 점검 of a region (the supervisor's own district by default), optionally in a period. */
export function useOverlapDashboard(
  regionCode: string | undefined,
  period?: { from: string; to: string } | null,
) {
  const { data, loading, error, refetch } = useQuery(ProvisionOverlapDashboardDocument, {
    variables: { regionCode, period: period ?? undefined },
    fetchPolicy: 'cache-and-network',
  });
  return {
    dashboard: data?.provisionOverlapDashboard,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
