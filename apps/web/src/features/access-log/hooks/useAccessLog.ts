import { useQuery } from '@apollo/client/react';
import { AccessLogDocument, type AccessLogFilter } from '../../../generated/graphql';

export const ACCESS_LOG_PAGE_SIZE = 50;

export function useAccessLog(filter: AccessLogFilter, after: string | undefined) {
  // The log grows with every read: always show the latest.
  const { data, previousData, loading, error, refetch } = useQuery(AccessLogDocument, {
    variables: { filter, first: ACCESS_LOG_PAGE_SIZE, after },
    fetchPolicy: 'network-only',
  });
  const connection = (data ?? previousData)?.accessLog;
  return {
    entries: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount,
    endCursor: connection?.pageInfo.endCursor ?? undefined,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
