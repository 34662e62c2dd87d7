import { useQuery } from '@apollo/client/react';
import { BenefitApplicationDocument, BenefitApplicationHouseholdDocument } from '../../../generated/graphql';
import { isUnknownIdError } from '../../../lib/errors';

/** One application the viewer's agency took or its area received (null otherwise). */
export function useApplication(id: string) {
  const { data, loading, error, refetch } = useQuery(BenefitApplicationDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  return {
    application: data?.benefitApplication ?? undefined,
    loading,
    error: isUnknownIdError(error) ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/**
 * The household of an application, where the viewer may see it (its own area, or a consent). A
 * centre elsewhere that took the application is refused by the API; that refusal is the answer
 * "not shown here", not a failure of the page.
 */
export function useApplicationHousehold(id: string) {
  const { data, loading } = useQuery(BenefitApplicationHouseholdDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  return { household: data?.benefitApplication?.household ?? null, loading };
}
