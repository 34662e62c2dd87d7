import { useMutation } from '@apollo/client/react';
import { ApiKeysDocument, IssueApiKeyDocument, type IssueApiKeyInput } from '../../../generated/graphql';
import { errorCodeOf, type PayloadError } from '../../../lib/errors';

export interface IssuedKey {
  name: string;
  secret: string;
}

export function useIssueApiKey() {
  const [mutate, { loading }] = useMutation(IssueApiKeyDocument, { refetchQueries: [ApiKeysDocument] });

  async function issue(input: IssueApiKeyInput): Promise<{ issued?: IssuedKey; errors: PayloadError[] }> {
    try {
      const { data } = await mutate({ variables: { input } });
      const payload = data?.issueApiKey;
      if (payload?.apiKey && payload.secret && payload.errors.length === 0) {
        return { issued: { name: payload.apiKey.name, secret: payload.secret }, errors: [] };
      }
      return {
        errors: payload?.errors.length ? payload.errors : [{ code: 'UNKNOWN', message: '', path: null }],
      };
    } catch (error) {
      return { errors: [{ code: errorCodeOf(error) ?? 'UNKNOWN', message: '', path: null }] };
    }
  }

  return { issue, loading };
}
