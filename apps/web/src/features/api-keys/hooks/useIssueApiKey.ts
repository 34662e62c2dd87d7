import { useMutation } from '@apollo/client/react';
import { ApiKeysDocument, IssueApiKeyDocument, type IssueApiKeyInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

export interface IssuedKey {
  name: string;
  secret: string;
}

export function useIssueApiKey() {
  const [mutate, { loading }] = useMutation(IssueApiKeyDocument, { refetchQueries: [ApiKeysDocument] });
  const issue = (input: IssueApiKeyInput) =>
    runPayload<IssuedKey>(async () => {
      const { data } = await mutate({ variables: { input } });
      if (!data) return data;
      const { apiKey, secret, errors } = data.issueApiKey;
      // The secret is shown once, here: a key without one is no use to the caller.
      return { value: apiKey && secret ? { name: apiKey.name, secret } : null, errors };
    });
  return { issue, loading };
}
