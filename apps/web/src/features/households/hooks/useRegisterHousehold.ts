import { useMutation } from '@apollo/client/react';
import { RegisterHouseholdDocument, type RegisterHouseholdInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps registerHousehold; payload errors keep their path so the form shows them per field. */
export function useRegisterHousehold() {
  const [mutate, { loading }] = useMutation(RegisterHouseholdDocument);
  const register = (input: RegisterHouseholdInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.registerHousehold.household, errors: data.registerHousehold.errors };
    });
  return { register, loading };
}
