import { useQuery } from '@apollo/client/react';
import { AccessLogDocument, type AccessLogFilter } from '../../../generated/graphql';
import { usePagedResult } from '../../../lib/use-connection';

export const ACCESS_LOG_PAGE_SIZE = 50;

export function useAccessLog(filter: AccessLogFilter, after: string | undefined) {
  // The log grows with every read: always show the latest.
  const query = useQuery(AccessLogDocument, {
    variables: { filter, first: ACCESS_LOG_PAGE_SIZE, after },
    fetchPolicy: 'network-only',
  });
  const { nodes, ...list } = usePagedResult(query, (data) => data.accessLog);
  return { entries: nodes, ...list };
}
