import { useQuery } from '@apollo/client/react';
import { AccessLogDocument, type AccessLogFilter } from '../../../generated/graphql';
import { useConnection } from '../../../lib/use-connection';

export const ACCESS_LOG_PAGE_SIZE = 50;

export function useAccessLog(filter: AccessLogFilter, after: string | undefined) {
  // The log grows with every read: always show the latest.
  const { data, previousData, loading, error, refetch } = useQuery(AccessLogDocument, {
    variables: { filter, first: ACCESS_LOG_PAGE_SIZE, after },
    fetchPolicy: 'network-only',
  });
  const connection = (data ?? previousData)?.accessLog;
  const { nodes, ...page } = useConnection(connection);
  return {
    entries: nodes,
    ...page,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
