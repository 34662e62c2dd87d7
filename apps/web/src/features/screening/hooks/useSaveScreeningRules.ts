import { useMutation } from '@apollo/client/react';
import { SaveScreeningRulesDocument, ScreeningRulesDocument } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';
import type { RuleDocument } from '../rule-document';

export function useSaveScreeningRules() {
  const [mutate, { loading }] = useMutation(SaveScreeningRulesDocument, {
    refetchQueries: [ScreeningRulesDocument],
  });
  const save = (regionCode: string | null, document: RuleDocument) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input: { regionCode, document } } });
      return data && { value: data.saveScreeningRules.ruleSet, errors: data.saveScreeningRules.errors };
    });
  return { save, loading };
}
