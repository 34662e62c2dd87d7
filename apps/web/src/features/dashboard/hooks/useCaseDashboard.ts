import { useQuery } from '@apollo/client/react';
import { CaseDashboardDocument } from '../../../generated/graphql';

/** Caseloads, case statuses, referral flow and needs for a region (the supervisor's own by default). */
export function useCaseDashboard(regionCode: string | undefined) {
  const { data, loading, error, refetch } = useQuery(CaseDashboardDocument, {
    variables: { regionCode },
    fetchPolicy: 'cache-and-network',
  });
  return {
    dashboard: data?.caseDashboard,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
