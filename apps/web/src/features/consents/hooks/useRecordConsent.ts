import { useMutation } from '@apollo/client/react';
import {
  HouseholdConsentsDocument,
  ReferralTargetsDocument,
  RecordConsentDocument,
  type RecordConsentInput,
} from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps recordConsent; the consent list and the referral form's coverage are read again so the new one shows. */
export function useRecordConsent() {
  const [mutate, { loading }] = useMutation(RecordConsentDocument, {
    refetchQueries: [HouseholdConsentsDocument, ReferralTargetsDocument],
    awaitRefetchQueries: true,
  });
  const record = (input: RecordConsentInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.recordConsent.consent, errors: data.recordConsent.errors };
    });
  return { record, loading };
}
