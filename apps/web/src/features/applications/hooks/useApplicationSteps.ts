import { useMutation } from '@apollo/client/react';
import {
  ApproveBenefitApplicationDocument,
  RejectBenefitApplicationDocument,
  RequestApplicationDocumentsDocument,
  ReviewBenefitApplicationDocument,
  WithdrawBenefitApplicationDocument,
} from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/**
 * The steps of an application: 검토, 서류 보완 요청, 승인, 반려 (the home 읍면동) and 철회 (the side that
 * applied). Each payload's application replaces the cached one (status, history, next actions).
 */
export function useApplicationSteps(applicationId: string) {
  const [review, r] = useMutation(ReviewBenefitApplicationDocument);
  const [documents, d] = useMutation(RequestApplicationDocumentsDocument);
  const [approve, a] = useMutation(ApproveBenefitApplicationDocument);
  const [reject, j] = useMutation(RejectBenefitApplicationDocument);
  const [withdraw, w] = useMutation(WithdrawBenefitApplicationDocument);
  const input = { applicationId };
  return {
    busy: r.loading || d.loading || a.loading || j.loading || w.loading,
    REVIEW: () =>
      runPayload(async () => {
        const { data } = await review({ variables: { input } });
        return (
          data && {
            value: data.reviewBenefitApplication.application,
            errors: data.reviewBenefitApplication.errors,
          }
        );
      }),
    REQUEST_DOCUMENTS: (reason: string) =>
      runPayload(async () => {
        const { data } = await documents({ variables: { input: { ...input, reason } } });
        return (
          data && {
            value: data.requestApplicationDocuments.application,
            errors: data.requestApplicationDocuments.errors,
          }
        );
      }),
    APPROVE: () =>
      runPayload(async () => {
        const { data } = await approve({ variables: { input } });
        return (
          data && {
            value: data.approveBenefitApplication.application,
            errors: data.approveBenefitApplication.errors,
          }
        );
      }),
    REJECT: (reason: string) =>
      runPayload(async () => {
        const { data } = await reject({ variables: { input: { ...input, reason } } });
        return (
          data && {
            value: data.rejectBenefitApplication.application,
            errors: data.rejectBenefitApplication.errors,
          }
        );
      }),
    WITHDRAW: () =>
      runPayload(async () => {
        const { data } = await withdraw({ variables: { input } });
        return (
          data && {
            value: data.withdrawBenefitApplication.application,
            errors: data.withdrawBenefitApplication.errors,
          }
        );
      }),
  };
}
