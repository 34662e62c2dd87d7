import { useMutation } from '@apollo/client/react';
import { RevokeApiKeyDocument } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

export function useRevokeApiKey() {
  // The payload returns the key with revokedAt set, which updates the cached list row.
  const [mutate, { loading }] = useMutation(RevokeApiKeyDocument);
  const revoke = (id: string) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input: { id } } });
      return data && { value: data.revokeApiKey.apiKey, errors: data.revokeApiKey.errors };
    });
  return { revoke, loading };
}
