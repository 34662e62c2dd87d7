import { useMutation } from '@apollo/client/react';
import { OpenCaseDocument, type OpenCaseInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps openCase; CONFLICT when the household already has an open case. */
export function useOpenCase() {
  const [mutate, { loading }] = useMutation(OpenCaseDocument);
  const open = (input: OpenCaseInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.openCase.case, errors: data.openCase.errors };
    });
  return { open, loading };
}
