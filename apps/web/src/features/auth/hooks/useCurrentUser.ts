import { useQuery } from '@apollo/client/react';
import { MeDocument } from '../../../generated/graphql';
import { errorCodeOf } from '../../../lib/errors';

export function useCurrentUser() {
  // Always ask the server: the session lives in an httpOnly cookie the SPA cannot read.
  const { data, loading, error, refetch } = useQuery(MeDocument, { fetchPolicy: 'network-only' });
  return {
    user: data?.me,
    loading,
    error,
    isUnauthenticated: errorCodeOf(error) === 'UNAUTHENTICATED',
    retry: () => void refetch().catch(() => undefined),
  };
}
