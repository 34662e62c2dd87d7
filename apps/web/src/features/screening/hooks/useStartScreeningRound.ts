import { useMutation } from '@apollo/client/react';
import { ScreeningRoundsDocument, StartScreeningRoundDocument } from '../../../generated/graphql';
import { errorCodeOf, type PayloadError } from '../../../lib/errors';

export function useStartScreeningRound() {
  const [mutate, { loading }] = useMutation(StartScreeningRoundDocument, {
    refetchQueries: [ScreeningRoundsDocument],
  });

  async function start(asOf: string): Promise<{ number?: number; errors: PayloadError[] }> {
    try {
      const { data } = await mutate({ variables: { input: { asOf } } });
      const payload = data?.startScreeningRound;
      if (payload?.round && payload.errors.length === 0) return { number: payload.round.number, errors: [] };
      return {
        errors: payload?.errors.length ? payload.errors : [{ code: 'UNKNOWN', message: '', path: null }],
      };
    } catch (error) {
      return { errors: [{ code: errorCodeOf(error) ?? 'UNKNOWN', message: '', path: null }] };
    }
  }

  return { start, loading };
}
