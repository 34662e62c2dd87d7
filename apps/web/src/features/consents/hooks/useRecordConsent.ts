import { useMutation } from '@apollo/client/react';
import {
  HouseholdConsentsDocument,
  RecordConsentDocument,
  type RecordConsentInput,
} from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps recordConsent; the household's consent list is read again so the new one shows. */
export function useRecordConsent() {
  const [mutate, { loading }] = useMutation(RecordConsentDocument, {
    refetchQueries: [HouseholdConsentsDocument],
    awaitRefetchQueries: true,
  });
  const record = (input: RecordConsentInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.recordConsent.consent, errors: data.recordConsent.errors };
    });
  return { record, loading };
}
