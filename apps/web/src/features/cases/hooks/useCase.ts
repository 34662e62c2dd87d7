import { useQuery } from '@apollo/client/react';
import { CaseDetailDocument } from '../../../generated/graphql';
import { isOnlyNoConsent, isUnknownIdError } from '../../../lib/errors';

/**
 * One case. A partner agency without BASIC consent gets household null with a NO_CONSENT error,
 * and the rest of the case still shows, so errors are read alongside the data.
 */
export function useCase(id: string) {
  const { data, loading, error, refetch } = useQuery(CaseDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const kase = data?.case ?? undefined;
  const householdHidden = Boolean(kase && !kase.household && (isOnlyNoConsent(error) || !error));
  return {
    kase,
    householdHidden,
    loading,
    // An id the API never issued is a case that is not there, not a failure to retry.
    error: (kase && isOnlyNoConsent(error)) || isUnknownIdError(error) ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}
