import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { RequestContext } from '../../context';
import { forbidden, unauthenticated } from '../../graphql/errors';

// @Authorized() = any signed-in caller; @Can(capability) = the roles the permissions table gives it. A missing sign-in is
// UNAUTHENTICATED and a wrong role FORBIDDEN, as GraphQL errors (not an empty result).
export class RoleAuthChecker implements AuthCheckerInterface<RequestContext> {
  check({ context }: ResolverData<RequestContext>, roles: string[]): boolean {
    if (!context.actor) throw unauthenticated();
    if (roles.length && !roles.includes(context.actor.role)) throw forbidden('Your role may not do this.');
    return true;
  }
}
