import { useQuery } from '@apollo/client/react';
import { BenefitApplicationsDocument, type BenefitApplicationFilter } from '../../../generated/graphql';
import { usePagedResult } from '../../../lib/use-connection';

export const APPLICATION_PAGE_SIZE = 20;

/** 받은 신청 / 보낸 신청, newest first. */
export function useApplications(filter: BenefitApplicationFilter, after: string | undefined) {
  const query = useQuery(BenefitApplicationsDocument, {
    variables: { filter, first: APPLICATION_PAGE_SIZE, after },
    fetchPolicy: 'cache-and-network',
  });
  const { nodes, ...list } = usePagedResult(query, (data) => data.benefitApplications);
  return { applications: nodes, ...list };
}
