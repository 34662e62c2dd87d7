import { useMutation } from '@apollo/client/react';
import { CaseDetailDocument, SendReferralDocument, type SendReferralInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps sendReferral; NO_CONSENT when a private receiver has no consent for the household. */
export function useSendReferral() {
  const [mutate, { loading }] = useMutation(SendReferralDocument, {
    refetchQueries: [CaseDetailDocument],
    awaitRefetchQueries: true,
  });
  const send = (input: SendReferralInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.sendReferral.referral, errors: data.sendReferral.errors };
    });
  return { send, loading };
}
