import { useMutation } from '@apollo/client/react';
import { RecordHouseholdMeansDocument, type RecordHouseholdMeansInput } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps recordHouseholdMeans; the section reads the new record back with its household. */
export function useRecordHouseholdMeans() {
  const [mutate, { loading }] = useMutation(RecordHouseholdMeansDocument, {
    refetchQueries: ['HouseholdEligibility'],
    awaitRefetchQueries: true,
  });
  const record = (input: RecordHouseholdMeansInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.recordHouseholdMeans.means, errors: data.recordHouseholdMeans.errors };
    });
  return { record, loading };
}
