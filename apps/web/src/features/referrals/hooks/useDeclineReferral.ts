import { useMutation } from '@apollo/client/react';
import { DeclineReferralDocument, type DeclineReferralInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** 거절, with the reason the sender reads. The payload's referral replaces the cached one (status, history, next actions). */
export function useDeclineReferral() {
  const [mutate, { loading }] = useMutation(DeclineReferralDocument);
  const run = (input: DeclineReferralInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.declineReferral.referral, errors: data.declineReferral.errors };
    });
  return { run, loading };
}
