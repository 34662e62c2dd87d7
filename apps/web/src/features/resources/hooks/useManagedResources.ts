import { useMutation, useQuery } from '@apollo/client/react';
import {
  CreateResourceDocument,
  ManagedResourcesDocument,
  ResourceForEditDocument,
  SetResourceCapacityDocument,
  UpdateResourceDocument,
  VerifyResourceDocument,
  type CreateResourceInput,
  type ResourceFilter,
  type SetResourceCapacityInput,
  type UpdateResourceInput,
} from '../../../generated/graphql';
import { isUnknownIdError } from '../../../lib/errors';
import { runPayload } from '../../../lib/payload';
import { usePagedResult } from '../../../lib/use-connection';

/** An agency's own entries (mine) or a 시군구's stale ones, with status and verification date. */
export function useManagedResources(filter: ResourceFilter, skip = false) {
  const query = useQuery(ManagedResourcesDocument, {
    variables: { filter, first: 50 },
    fetchPolicy: 'cache-and-network',
    skip,
  });
  const { nodes, ...list } = usePagedResult(query, (data) => data.resources);
  return { resources: nodes, ...list };
}

export function useResourceForEdit(id: string | undefined) {
  const { data, loading, error, refetch } = useQuery(ResourceForEditDocument, {
    variables: { id: id ?? '' },
    skip: !id,
  });
  return {
    resource: data?.resource ?? undefined,
    loading,
    error: isUnknownIdError(error) ? undefined : error,
    retry: () => void refetch().catch(() => undefined),
  };
}

const REFETCH = { refetchQueries: [ManagedResourcesDocument], awaitRefetchQueries: true };

/** createResource, updateResource, verifyResource and setResourceCapacity, each answering its payload. */
export function useResourceMutations() {
  const [create, created] = useMutation(CreateResourceDocument, REFETCH);
  const [update, updated] = useMutation(UpdateResourceDocument, REFETCH);
  const [verify, verified] = useMutation(VerifyResourceDocument, REFETCH);
  const [capacity, capacitySet] = useMutation(SetResourceCapacityDocument, REFETCH);
  return {
    loading: created.loading || updated.loading || verified.loading || capacitySet.loading,
    create: (input: CreateResourceInput) =>
      runPayload(async () => {
        const { data } = await create({ variables: { input } });
        return data && { value: data.createResource.resource, errors: data.createResource.errors };
      }),
    update: (input: UpdateResourceInput) =>
      runPayload(async () => {
        const { data } = await update({ variables: { input } });
        return data && { value: data.updateResource.resource, errors: data.updateResource.errors };
      }),
    verify: (resourceId: string) =>
      runPayload(async () => {
        const { data } = await verify({ variables: { input: { resourceId } } });
        return data && { value: data.verifyResource.resource, errors: data.verifyResource.errors };
      }),
    setCapacity: (input: SetResourceCapacityInput) =>
      runPayload(async () => {
        const { data } = await capacity({ variables: { input } });
        return data && { value: data.setResourceCapacity.resource, errors: data.setResourceCapacity.errors };
      }),
  };
}
