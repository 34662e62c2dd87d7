import { useMutation } from '@apollo/client/react';
import { RecordOutreachVisitDocument, type RecordOutreachVisitInput } from '../../../generated/graphql';
import { errorCodeOf, type PayloadError } from '../../../lib/errors';

/** Wraps recordOutreachVisit; the payload's candidate updates the cached status and visits. */
export function useRecordOutreachVisit() {
  const [mutate, { loading }] = useMutation(RecordOutreachVisitDocument);

  async function record(
    input: RecordOutreachVisitInput,
  ): Promise<{ status?: string; errors: PayloadError[] }> {
    try {
      const { data } = await mutate({ variables: { input } });
      const payload = data?.recordOutreachVisit;
      if (payload?.candidate && payload.errors.length === 0)
        return { status: payload.candidate.status, errors: [] };
      return {
        errors: payload?.errors.length ? payload.errors : [{ code: 'UNKNOWN', message: '', path: null }],
      };
    } catch (error) {
      return { errors: [{ code: errorCodeOf(error) ?? 'UNKNOWN', message: '', path: null }] };
    }
  }

  return { record, loading };
}
