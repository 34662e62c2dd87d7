import { useMutation } from '@apollo/client/react';
import { AcceptReferralDocument, type ReferralStepInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** 수락: the receiving agency will serve the household. The payload's referral replaces the cached one (status, history, next actions). */
export function useAcceptReferral() {
  const [mutate, { loading }] = useMutation(AcceptReferralDocument);
  const run = (input: ReferralStepInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.acceptReferral.referral, errors: data.acceptReferral.errors };
    });
  return { run, loading };
}
