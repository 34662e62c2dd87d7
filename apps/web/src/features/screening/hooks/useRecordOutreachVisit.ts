import { useMutation } from '@apollo/client/react';
import { RecordOutreachVisitDocument, type RecordOutreachVisitInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps recordOutreachVisit; the payload's candidate updates the cached status and visits. */
export function useRecordOutreachVisit() {
  const [mutate, { loading }] = useMutation(RecordOutreachVisitDocument);
  const record = (input: RecordOutreachVisitInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.recordOutreachVisit.candidate, errors: data.recordOutreachVisit.errors };
    });
  return { record, loading };
}
