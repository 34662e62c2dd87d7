import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { PreviewScreeningRulesDocument, type PreviewScreeningRulesQuery } from '../../../generated/graphql';
import { errorCodeOf, type PayloadError } from '../../../lib/errors';
import type { RuleDocument } from '../rule-document';

export type ScreeningPreview = NonNullable<PreviewScreeningRulesQuery['previewScreeningRules']['preview']>;

/** previewScreeningRules on demand (a button), never cached: the draft changes between clicks. */
export function usePreviewScreeningRules() {
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);

  async function preview(
    regionCode: string | null,
    document: RuleDocument,
  ): Promise<{ preview?: ScreeningPreview; errors: PayloadError[] }> {
    setLoading(true);
    try {
      const { data } = await client.query({
        query: PreviewScreeningRulesDocument,
        variables: { input: { regionCode, document } },
        fetchPolicy: 'no-cache',
      });
      const payload = data?.previewScreeningRules;
      if (payload?.preview && payload.errors.length === 0) return { preview: payload.preview, errors: [] };
      return {
        errors: payload?.errors.length ? payload.errors : [{ code: 'UNKNOWN', message: '', path: null }],
      };
    } catch (error) {
      return { errors: [{ code: errorCodeOf(error) ?? 'UNKNOWN', message: '', path: null }] };
    } finally {
      setLoading(false);
    }
  }

  return { preview, loading };
}
