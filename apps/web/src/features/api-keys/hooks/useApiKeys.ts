import { useQuery } from '@apollo/client/react';
import { ApiKeysDocument } from '../../../generated/graphql';

export function useApiKeys() {
  const { data, loading, error, refetch } = useQuery(ApiKeysDocument, { fetchPolicy: 'cache-and-network' });
  return { apiKeys: data?.apiKeys ?? [], loading, error, retry: () => void refetch().catch(() => undefined) };
}
