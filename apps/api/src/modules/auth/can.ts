import { rolesFor, type Capability } from '@ieum/domain';
import { Authorized } from 'type-graphql';

/** Allows a field to the roles that hold `capability` in the domain's permissions table. */
export const Can = (capability: Capability) => Authorized(...rolesFor(capability));
