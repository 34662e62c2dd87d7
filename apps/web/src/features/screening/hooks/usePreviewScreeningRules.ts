import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { PreviewScreeningRulesDocument, type PreviewScreeningRulesQuery } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';
import type { RuleDocument } from '../rule-document';

export type ScreeningPreview = NonNullable<PreviewScreeningRulesQuery['previewScreeningRules']['preview']>;

/** previewScreeningRules on demand (a button), never cached: the draft changes between clicks. */
export function usePreviewScreeningRules() {
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);

  async function preview(regionCode: string | null, document: RuleDocument) {
    setLoading(true);
    try {
      return await runPayload(async () => {
        const { data } = await client.query({
          query: PreviewScreeningRulesDocument,
          variables: { input: { regionCode, document } },
          fetchPolicy: 'no-cache',
        });
        return (
          data && { value: data.previewScreeningRules.preview, errors: data.previewScreeningRules.errors }
        );
      });
    } finally {
      setLoading(false);
    }
  }

  return { preview, loading };
}
