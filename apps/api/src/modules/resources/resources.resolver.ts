import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Can } from '../auth/can';
import { Agency } from '../agencies/agencies.types';
import * as resources from './resources.service';
import {
  CreateResourceInput,
  Resource,
  ResourceConnection,
  ResourceFilter,
  ResourcePayload,
  SetResourceCapacityInput,
  UpdateResourceInput,
  VerifyResourceInput,
} from './resources.types';

@Resolver(() => Resource)
export class ResourcesResolver {
  // The directory (복지샘) is public: no sign-in; signed-in users also see their agency's drafts.
  @Query(() => ResourceConnection, {
    description: '복지자원 검색: published resources, by words, region and need',
  })
  async resources(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ResourceFilter, { nullable: true }) filter?: ResourceFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ResourceConnection> {
    return new ResourceConnection(await resources.listResources(ctx, filter, first, after));
  }

  @Query(() => Resource, { nullable: true, description: 'One resource: published, or of your agency' })
  resource(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Resource | null> {
    return resources.getResource(ctx, id);
  }

  @Can('MANAGE_RESOURCES')
  @Mutation(() => ResourcePayload, {
    description: '복지자원 등록 (your agency). Errors: VALIDATION, FORBIDDEN',
  })
  createResource(
    @Arg('input', () => CreateResourceInput) input: CreateResourceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return resources.createResource(ctx, input);
  }

  @Can('MANAGE_RESOURCES')
  @Mutation(() => ResourcePayload, {
    description:
      'Changes a resource of your agency; the change is kept in its history. Errors: VALIDATION, FORBIDDEN, NOT_FOUND',
  })
  updateResource(
    @Arg('input', () => UpdateResourceInput) input: UpdateResourceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return resources.updateResource(ctx, input);
  }

  @Can('MANAGE_RESOURCES')
  @Mutation(() => ResourcePayload, { description: '확인: the agency checked the entry is still right today' })
  verifyResource(
    @Arg('input', () => VerifyResourceInput) input: VerifyResourceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return resources.verifyResource(ctx, input.resourceId);
  }

  @Can('MANAGE_RESOURCES')
  @Mutation(() => ResourcePayload, {
    description:
      'Sets places in all and free (free between 0 and the total). Errors: VALIDATION, FORBIDDEN, NOT_FOUND',
  })
  setResourceCapacity(
    @Arg('input', () => SetResourceCapacityInput) input: SetResourceCapacityInput,
    @Ctx() ctx: RequestContext,
  ) {
    return resources.setResourceCapacity(ctx, input);
  }

  @FieldResolver(() => Agency)
  agency(@Root() r: Resource, @Ctx() ctx: RequestContext): Promise<Agency | null> {
    return ctx.loaders.agency.load(r.agencyId);
  }
}
