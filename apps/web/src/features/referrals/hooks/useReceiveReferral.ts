import { useMutation } from '@apollo/client/react';
import { ReceiveReferralDocument, type ReferralStepInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** 접수: the receiving agency has seen the referral. The payload's referral replaces the cached one (status, history, next actions). */
export function useReceiveReferral() {
  const [mutate, { loading }] = useMutation(ReceiveReferralDocument);
  const run = (input: ReferralStepInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.receiveReferral.referral, errors: data.receiveReferral.errors };
    });
  return { run, loading };
}
