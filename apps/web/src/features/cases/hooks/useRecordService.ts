import { useMutation } from '@apollo/client/react';
import {
  CaseDetailDocument,
  RecordServiceDocument,
  type RecordServiceInput,
} from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps recordService (서비스 제공 기록). */
export function useRecordService() {
  const [mutate, { loading }] = useMutation(RecordServiceDocument, {
    refetchQueries: [CaseDetailDocument],
    awaitRefetchQueries: true,
  });
  const run = (input: RecordServiceInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.recordService.service, errors: data.recordService.errors };
    });
  return { run, loading };
}
