import { useMutation } from '@apollo/client/react';
import { CompleteReferralDocument, type CompleteReferralInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** 완료(회송): the outcome goes back to the sender. The payload's referral replaces the cached one (status, history, next actions). */
export function useCompleteReferral() {
  const [mutate, { loading }] = useMutation(CompleteReferralDocument);
  const run = (input: CompleteReferralInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.completeReferral.referral, errors: data.completeReferral.errors };
    });
  return { run, loading };
}
