import { useMutation } from '@apollo/client/react';
import { DecideEligibilityDocument, type DecideEligibilityInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps decideEligibility; the current decisions are read again after it. */
export function useDecideEligibility() {
  const [mutate, { loading }] = useMutation(DecideEligibilityDocument, {
    refetchQueries: ['HouseholdEligibility'],
    awaitRefetchQueries: true,
  });
  const decide = (input: DecideEligibilityInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.decideEligibility.decisions, errors: data.decideEligibility.errors };
    });
  return { decide, loading };
}
