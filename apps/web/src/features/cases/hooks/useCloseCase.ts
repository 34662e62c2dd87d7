import { useMutation } from '@apollo/client/react';
import { CaseDetailDocument, CloseCaseDocument, type CloseCaseInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps closeCase (종결); a closed case is read-only afterwards. */
export function useCloseCase() {
  const [mutate, { loading }] = useMutation(CloseCaseDocument, {
    refetchQueries: [CaseDetailDocument],
    awaitRefetchQueries: true,
  });
  const run = (input: CloseCaseInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.closeCase.case, errors: data.closeCase.errors };
    });
  return { run, loading };
}
