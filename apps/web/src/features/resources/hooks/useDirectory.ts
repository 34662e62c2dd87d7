import { useQuery } from '@apollo/client/react';
import {
  DirectoryResourceDocument,
  DirectorySearchDocument,
  type ResourceFilter,
} from '../../../generated/graphql';
import { isUnknownIdError } from '../../../lib/errors';
import { usePagedResult } from '../../../lib/use-connection';

export const DIRECTORY_PAGE_SIZE = 20;

/** 복지샘 search: published resources, for anyone. */
export function useDirectorySearch(filter: ResourceFilter, after: string | undefined) {
  const query = useQuery(DirectorySearchDocument, {
    variables: { filter, first: DIRECTORY_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const { nodes, ...list } = usePagedResult(query, (data) => data.resources);
  return { resources: nodes, ...list };
}

export function useDirectoryResource(id: string) {
  const { data, loading, error, refetch } = useQuery(DirectoryResourceDocument, { variables: { id } });
  return {
    resource: data?.resource ?? undefined,
    loading,
    error: isUnknownIdError(error) ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}
