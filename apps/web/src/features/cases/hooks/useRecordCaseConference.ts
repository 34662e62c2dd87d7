import { useMutation } from '@apollo/client/react';
import {
  CaseDetailDocument,
  RecordCaseConferenceDocument,
  type RecordCaseConferenceInput,
} from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps recordCaseConference (사례회의). */
export function useRecordCaseConference() {
  const [mutate, { loading }] = useMutation(RecordCaseConferenceDocument, {
    refetchQueries: [CaseDetailDocument],
    awaitRefetchQueries: true,
  });
  const run = (input: RecordCaseConferenceInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return (
        data && { value: data.recordCaseConference.conference, errors: data.recordCaseConference.errors }
      );
    });
  return { run, loading };
}
