import { useMemo } from 'react';
import { isOnlyNoConsent } from './errors';

/** The part of a GraphQL cursor connection the lists read. */
export interface ConnectionLike<N> {
  edges: readonly { node: N }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean; totalPages?: number | null };
  totalCount?: number | null;
}

export interface ConnectionPage<N> {
  nodes: N[];
  totalCount: number | undefined;
  endCursor: string | undefined;
  hasNextPage: boolean;
  /** How many pages the list has, when the query asked. */
  totalPages?: number;
}

/** One page of a connection (absent while the first page loads) as nodes plus paging state. */
export function connectionPage<N>(connection: ConnectionLike<N> | null | undefined): ConnectionPage<N> {
  return {
    nodes: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? undefined,
    endCursor: connection?.pageInfo.endCursor ?? undefined,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    totalPages: connection?.pageInfo.totalPages ?? undefined,
  };
}

/** `connectionPage` kept stable while Apollo returns the same connection object. */
export function useConnection<N>(connection: ConnectionLike<N> | null | undefined): ConnectionPage<N> {
  return useMemo(() => connectionPage(connection), [connection]);
}

/** The parts of a useQuery result a paged list reads. */
export interface PagedQuery<D> {
  data: D | undefined;
  previousData?: D | undefined;
  loading: boolean;
  error?: unknown;
  refetch: () => Promise<unknown>;
}

/** One page of a list: its rows, paging state, and the query's state. */
export interface PagedResult<N> extends ConnectionPage<N> {
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/**
 * A paged list from a useQuery result: the page's rows and cursors (the last page stays on screen
 * while the next one loads), loading, error and a retry. With `partialOnNoConsent`, a page whose
 * only errors are NO_CONSENT is good data (rows outside the consent come with null fields).
 */
export function usePagedResult<D, N>(
  query: PagedQuery<D>,
  select: (data: D) => ConnectionLike<N> | null | undefined,
  { partialOnNoConsent = false }: { partialOnNoConsent?: boolean } = {},
): PagedResult<N> {
  const data = query.data ?? query.previousData;
  const connection = data === undefined ? undefined : select(data);
  const page = useConnection(connection);
  const { refetch } = query;
  return {
    ...page,
    loading: query.loading,
    error: connection && partialOnNoConsent && isOnlyNoConsent(query.error) ? undefined : query.error,
    retry: () => void refetch().catch(() => undefined),
  };
}
