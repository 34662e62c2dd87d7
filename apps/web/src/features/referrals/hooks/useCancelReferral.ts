import { useMutation } from '@apollo/client/react';
import { CancelReferralDocument, type ReferralStepInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** 취소, by the sender. The payload's referral replaces the cached one (status, history, next actions). */
export function useCancelReferral() {
  const [mutate, { loading }] = useMutation(CancelReferralDocument);
  const run = (input: ReferralStepInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.cancelReferral.referral, errors: data.cancelReferral.errors };
    });
  return { run, loading };
}
