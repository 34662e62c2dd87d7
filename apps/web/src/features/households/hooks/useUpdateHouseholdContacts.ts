import { useMutation } from '@apollo/client/react';
import {
  UpdateHouseholdContactsDocument,
  type UpdateHouseholdContactsInput,
} from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps updateHouseholdContacts; the cache updates the household's contacts from the payload. */
export function useUpdateHouseholdContacts() {
  const [mutate, { loading }] = useMutation(UpdateHouseholdContactsDocument);
  const update = (input: UpdateHouseholdContactsInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return (
        data && {
          value: data.updateHouseholdContacts.household,
          errors: data.updateHouseholdContacts.errors,
        }
      );
    });
  return { update, loading };
}
