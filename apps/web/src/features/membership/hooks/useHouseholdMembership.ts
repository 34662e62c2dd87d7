import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  HouseholdMembershipDocument,
  JoinWelfareMembershipDocument,
  LeaveWelfareMembershipDocument,
  type JoinWelfareMembershipInput,
} from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

/** A household's 복지멤버십 (the current one first) and its 맞춤형 급여 안내. */
export function useHouseholdMembership(householdId: string, enabled = true) {
  const { data, loading, error, refetch } = useQuery(
    HouseholdMembershipDocument,
    enabled ? { variables: { householdId }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const memberships = data?.welfareMemberships ?? [];
  return {
    current: memberships.find((m) => m.status === 'ACTIVE') ?? null,
    memberships,
    guidance: data?.welfareGuidance.edges.map((e) => e.node) ?? [],
    guidanceCount: data?.welfareGuidance.totalCount ?? 0,
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
    refetch: () => refetch().catch(() => undefined),
  };
}

/** Wraps joinWelfareMembership (가입, with the consent). */
export function useJoinMembership() {
  const [mutate, { loading }] = useMutation(JoinWelfareMembershipDocument);
  const join = (input: JoinWelfareMembershipInput) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input } });
      return (
        data && { value: data.joinWelfareMembership.membership, errors: data.joinWelfareMembership.errors }
      );
    });
  return { join, loading };
}

/** Wraps leaveWelfareMembership (탈퇴, at once). */
export function useLeaveMembership() {
  const [mutate, { loading }] = useMutation(LeaveWelfareMembershipDocument);
  const leave = (membershipId: string) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input: { membershipId } } });
      return (
        data && { value: data.leaveWelfareMembership.membership, errors: data.leaveWelfareMembership.errors }
      );
    });
  return { leave, loading };
}
