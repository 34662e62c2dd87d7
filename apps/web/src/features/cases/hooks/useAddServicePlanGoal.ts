import { useMutation } from '@apollo/client/react';
import {
  CaseDetailDocument,
  AddServicePlanGoalDocument,
  type AddServicePlanGoalInput,
} from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** Wraps addServicePlanGoal (서비스 계획 목표); VALIDATION on needs not assessed above NONE. */
export function useAddServicePlanGoal() {
  const [mutate, { loading }] = useMutation(AddServicePlanGoalDocument, {
    refetchQueries: [CaseDetailDocument],
    awaitRefetchQueries: true,
  });
  const run = (input: AddServicePlanGoalInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.addServicePlanGoal.goal, errors: data.addServicePlanGoal.errors };
    });
  return { run, loading };
}
