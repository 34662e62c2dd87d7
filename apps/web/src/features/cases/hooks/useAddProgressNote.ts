import { useMutation } from '@apollo/client/react';
import {
  CaseDetailDocument,
  AddProgressNoteDocument,
  type AddProgressNoteInput,
} from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps addProgressNote (모니터링 기록). */
export function useAddProgressNote() {
  const [mutate, { loading }] = useMutation(AddProgressNoteDocument, {
    refetchQueries: [CaseDetailDocument],
    awaitRefetchQueries: true,
  });
  const run = (input: AddProgressNoteInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.addProgressNote.note, errors: data.addProgressNote.errors };
    });
  return { run, loading };
}
