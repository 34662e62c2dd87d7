import { useMutation } from '@apollo/client/react';
import { WithdrawConsentDocument } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps withdrawConsent (동의 철회); the payload's consent updates the cached row. */
export function useWithdrawConsent() {
  const [mutate, { loading }] = useMutation(WithdrawConsentDocument);
  const withdraw = (consentId: string) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input: { consentId } } });
      return data && { value: data.withdrawConsent.consent, errors: data.withdrawConsent.errors };
    });
  return { withdraw, loading };
}
