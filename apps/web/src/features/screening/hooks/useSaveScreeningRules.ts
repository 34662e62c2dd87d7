import { useMutation } from '@apollo/client/react';
import { SaveScreeningRulesDocument, ScreeningRulesDocument } from '../../../generated/graphql';
import { errorCodeOf, type PayloadError } from '../../../lib/errors';
import type { RuleDocument } from '../rule-document';

export function useSaveScreeningRules() {
  const [mutate, { loading }] = useMutation(SaveScreeningRulesDocument, {
    refetchQueries: [ScreeningRulesDocument],
  });

  async function save(
    regionCode: string | null,
    document: RuleDocument,
  ): Promise<{ version?: number; errors: PayloadError[] }> {
    try {
      const { data } = await mutate({ variables: { input: { regionCode, document } } });
      const payload = data?.saveScreeningRules;
      if (payload?.ruleSet && payload.errors.length === 0)
        return { version: payload.ruleSet.version, errors: [] };
      return {
        errors: payload?.errors.length ? payload.errors : [{ code: 'UNKNOWN', message: '', path: null }],
      };
    } catch (error) {
      return { errors: [{ code: errorCodeOf(error) ?? 'UNKNOWN', message: '', path: null }] };
    }
  }

  return { save, loading };
}
