import { useMutation } from '@apollo/client/react';
import { ScreeningRoundsDocument, StartScreeningRoundDocument } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

export function useStartScreeningRound() {
  const [mutate, { loading }] = useMutation(StartScreeningRoundDocument, {
    refetchQueries: [ScreeningRoundsDocument],
  });
  /** `ruleSetIds`: the versions the analyst confirmed; the API refuses if the rules changed since. */
  const start = (asOf: string, ruleSetIds: string[]) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input: { asOf, confirmedRuleSetIds: ruleSetIds } } });
      return data && { value: data.startScreeningRound.round, errors: data.startScreeningRound.errors };
    });
  return { start, loading };
}
