import { useMutation } from '@apollo/client/react';
import {
  AddCrisisIndicatorKindDocument,
  CrisisIndicatorCatalogueDocument,
  type AddCrisisIndicatorKindInput,
} from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

export function useAddIndicatorKind() {
  const [mutate, { loading }] = useMutation(AddCrisisIndicatorKindDocument, {
    refetchQueries: [CrisisIndicatorCatalogueDocument],
  });
  const add = (input: AddCrisisIndicatorKindInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.addCrisisIndicatorKind.kind, errors: data.addCrisisIndicatorKind.errors };
    });
  return { add, loading };
}
