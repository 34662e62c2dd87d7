import { useQuery } from '@apollo/client/react';
import { CandidateDetailDocument } from '../../../generated/graphql';
import { isUnknownIdError } from '../../../lib/errors';

export function useCandidate(id: string) {
  // Reading a candidate's crisis data is recorded in the access log: always ask the server.
  const { data, loading, error, refetch } = useQuery(CandidateDetailDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  return {
    candidate: data?.candidate ?? undefined,
    loading,
    error: isUnknownIdError(error) ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}
