import { useQuery } from '@apollo/client/react';
import { BenefitParametersDocument, type BenefitParametersQuery } from '../../../generated/graphql';

export type BenefitParameterRow = BenefitParametersQuery['benefitParameters'][number];

/** Every benefit parameter in force on a date, with its history (public reference data). */
export function useBenefitParameters(asOf: string) {
  const { data, loading, error, refetch } = useQuery(BenefitParametersDocument, { variables: { asOf } });
  return {
    parameters: data?.benefitParameters ?? [],
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
