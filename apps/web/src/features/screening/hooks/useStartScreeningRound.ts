import { useMutation } from '@apollo/client/react';
import { ScreeningRoundsDocument, StartScreeningRoundDocument } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

export function useStartScreeningRound() {
  const [mutate, { loading }] = useMutation(StartScreeningRoundDocument, {
    refetchQueries: [ScreeningRoundsDocument],
  });
  const start = (asOf: string) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input: { asOf } } });
      return data && { value: data.startScreeningRound.round, errors: data.startScreeningRound.errors };
    });
  return { start, loading };
}
