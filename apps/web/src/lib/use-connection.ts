import { useMemo } from 'react';

/** The part of a GraphQL cursor connection the lists read. */
export interface ConnectionLike<N> {
  edges: readonly { node: N }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount?: number | null;
}

export interface ConnectionPage<N> {
  nodes: N[];
  totalCount: number | undefined;
  endCursor: string | undefined;
  hasNextPage: boolean;
}

/** One page of a connection (absent while the first page loads) as nodes plus paging state. */
export function connectionPage<N>(connection: ConnectionLike<N> | null | undefined): ConnectionPage<N> {
  return {
    nodes: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? undefined,
    endCursor: connection?.pageInfo.endCursor ?? undefined,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
  };
}

/** `connectionPage` kept stable while Apollo returns the same connection object. */
export function useConnection<N>(connection: ConnectionLike<N> | null | undefined): ConnectionPage<N> {
  return useMemo(() => connectionPage(connection), [connection]);
}
