import { useMutation } from '@apollo/client/react';
import {
  AddCrisisIndicatorKindDocument,
  CrisisIndicatorCatalogueDocument,
  type AddCrisisIndicatorKindInput,
} from '../../../generated/graphql';
import { errorCodeOf, type PayloadError } from '../../../lib/errors';

export function useAddIndicatorKind() {
  const [mutate, { loading }] = useMutation(AddCrisisIndicatorKindDocument, {
    refetchQueries: [CrisisIndicatorCatalogueDocument],
  });

  async function add(input: AddCrisisIndicatorKindInput): Promise<{ name?: string; errors: PayloadError[] }> {
    try {
      const { data } = await mutate({ variables: { input } });
      const payload = data?.addCrisisIndicatorKind;
      if (payload?.kind && payload.errors.length === 0) return { name: payload.kind.nameKo, errors: [] };
      return {
        errors: payload?.errors.length ? payload.errors : [{ code: 'UNKNOWN', message: '', path: null }],
      };
    } catch (error) {
      return { errors: [{ code: errorCodeOf(error) ?? 'UNKNOWN', message: '', path: null }] };
    }
  }

  return { add, loading };
}
