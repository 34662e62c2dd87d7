import { useMutation } from '@apollo/client/react';
import { RevokeApiKeyDocument } from '../../../generated/graphql';
import { errorCodeOf, type PayloadError } from '../../../lib/errors';

export function useRevokeApiKey() {
  // The payload returns the key with revokedAt set, which updates the cached list row.
  const [mutate, { loading }] = useMutation(RevokeApiKeyDocument);

  async function revoke(id: string): Promise<PayloadError[]> {
    try {
      const { data } = await mutate({ variables: { input: { id } } });
      const payload = data?.revokeApiKey;
      if (payload?.apiKey && payload.errors.length === 0) return [];
      return payload?.errors.length ? payload.errors : [{ code: 'UNKNOWN', message: '', path: null }];
    } catch (error) {
      return [{ code: errorCodeOf(error) ?? 'UNKNOWN', message: '', path: null }];
    }
  }

  return { revoke, loading };
}
