import { createContext, useContext } from 'react';
import type { Capability } from '@ieum/domain';
import type { CurrentUserFragment } from '../../generated/graphql';

export interface Session {
  user: CurrentUserFragment;
  signOut: () => Promise<void>;
  /** The session began with a sign-in on this page (not a reload): the shell moves focus to the page's heading. */
  justSignedIn?: boolean;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in shell');
  return session;
}

/** Whether the account may do this: the API says what its role holds (me.permissions). */
export function can(user: Pick<CurrentUserFragment, 'permissions'>, capability: Capability): boolean {
  return (user.permissions as readonly string[]).includes(capability);
}
