import { useMutation } from '@apollo/client/react';
import { RegisterHouseholdDocument, type RegisterHouseholdInput } from '../../../generated/graphql';
import { errorCodeOf, type PayloadError } from '../../../lib/errors';

export type RegisterResult =
  { householdId: string; errors: [] } | { householdId?: undefined; errors: PayloadError[] };

/** Wraps registerHousehold; payload errors keep their path so the form shows them per field. */
export function useRegisterHousehold() {
  const [mutate, { loading }] = useMutation(RegisterHouseholdDocument);

  async function register(input: RegisterHouseholdInput): Promise<RegisterResult> {
    try {
      const { data } = await mutate({ variables: { input } });
      const payload = data?.registerHousehold;
      if (payload?.household && payload.errors.length === 0)
        return { householdId: payload.household.id, errors: [] };
      return {
        errors: payload?.errors.length ? payload.errors : [{ code: 'UNKNOWN', message: '', path: null }],
      };
    } catch (error) {
      return { errors: [{ code: errorCodeOf(error) ?? 'UNKNOWN', message: '', path: null }] };
    }
  }

  return { register, loading };
}
