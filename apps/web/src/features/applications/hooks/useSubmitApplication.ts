import { useMutation, useQuery } from '@apollo/client/react';
import {
  ApplicationProgrammesDocument,
  SubmitBenefitApplicationDocument,
  type SubmitBenefitApplicationInput,
} from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** 급여 신청 접수; the inboxes refetch so the new application shows in 보낸 신청. */
export function useSubmitApplication() {
  const [mutate, { loading }] = useMutation(SubmitBenefitApplicationDocument, {
    refetchQueries: ['BenefitApplications'],
  });
  const run = (input: SubmitBenefitApplicationInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return (
        data && {
          value: data.submitBenefitApplication.application,
          errors: data.submitBenefitApplication.errors,
        }
      );
    });
  return { run, loading };
}

/** What can be applied for, with where (nationwide) and by whom (onBehalfAllowed). */
export function useApplicationProgrammes() {
  const { data, loading, error } = useQuery(ApplicationProgrammesDocument);
  return { programmes: data?.applicationProgrammes ?? [], loading, error };
}
