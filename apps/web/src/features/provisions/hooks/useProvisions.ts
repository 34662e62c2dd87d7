import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  HouseholdProvisionsDocument,
  ProvisionOverlapsDocument,
  ProvisionResourcesDocument,
  RecordProvisionDocument,
  type ProvisionOverlapsInput,
  type RecordProvisionInput,
} from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** 제공 이력 of a household, newest first (the latest 100). */
export function useHouseholdProvisions(householdId: string) {
  const { data, loading, error, refetch } = useQuery(HouseholdProvisionsDocument, {
    variables: { householdId, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  return {
    provisions: data?.provisions.edges.map((e) => e.node) ?? [],
    total: data?.provisions.totalCount ?? 0,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** The overlap check while the form is filled in; null input (not enough filled in yet) asks nothing. */
export function useProvisionOverlaps(input: ProvisionOverlapsInput | null) {
  const { data, loading } = useQuery(
    ProvisionOverlapsDocument,
    input ? { variables: { input }, fetchPolicy: 'network-only' } : skipToken,
  );
  return {
    overlaps: input ? (data?.provisionOverlaps.overlaps.map((o) => o.provision) ?? []) : [],
    checking: loading,
  };
}

/** The resources of the caller's own agency: a provision names what its own agency gives. */
export function useOwnResources(agencyId: string) {
  const { data } = useQuery(ProvisionResourcesDocument);
  return data?.resources.edges.map((e) => e.node).filter((r) => r.agency.id === agencyId) ?? [];
}

export function useRecordProvision() {
  const [mutate, { loading }] = useMutation(RecordProvisionDocument, {
    refetchQueries: ['HouseholdProvisions', 'ProvisionOverlaps'],
    awaitRefetchQueries: true,
  });
  const record = (input: RecordProvisionInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return data && { value: data.recordProvision.provision, errors: data.recordProvision.errors };
    });
  return { record, loading };
}
