import { createContext, useContext } from 'react';
import type { CurrentUserFragment, Role } from '../../generated/graphql';

export interface Session {
  user: CurrentUserFragment;
  signOut: () => Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in shell');
  return session;
}

export function hasRole(user: CurrentUserFragment, roles: readonly Role[]): boolean {
  return roles.includes(user.role);
}
