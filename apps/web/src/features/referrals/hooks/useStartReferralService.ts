import { useMutation } from '@apollo/client/react';
import { StartReferralServiceDocument, type ReferralStepInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** 서비스 시작. The payload's referral replaces the cached one (status, history, next actions). */
export function useStartReferralService() {
  const [mutate, { loading }] = useMutation(StartReferralServiceDocument);
  const run = (input: ReferralStepInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.startReferralService.referral, errors: data.startReferralService.errors };
    });
  return { run, loading };
}
