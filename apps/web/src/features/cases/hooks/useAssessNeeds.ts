import { useMutation } from '@apollo/client/react';
import { CaseDetailDocument, AssessNeedsDocument, type AssessNeedsInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps assessNeeds (욕구사정); the case is read again so the new assessment, goals' choices and timeline show. */
export function useAssessNeeds() {
  const [mutate, { loading }] = useMutation(AssessNeedsDocument, {
    refetchQueries: [CaseDetailDocument],
    awaitRefetchQueries: true,
  });
  const run = (input: AssessNeedsInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.assessNeeds.assessment, errors: data.assessNeeds.errors };
    });
  return { run, loading };
}
