import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { SignOutDocument } from '../../../generated/graphql';

export function useSignOut() {
  const [mutate, { loading }] = useMutation(SignOutDocument);
  async function signOut(): Promise<void> {
    try {
      await mutate();
    } catch {
      // Already signed out (e.g. expired): the UI ends the session either way.
    }
  }
  return { signOut, loading };
}

/** Forgets everything cached for the previous session (personal data must not linger). */
export function useClearSession() {
  const client = useApolloClient();
  return useCallback(
    () =>
      client.clearStore().then(
        () => undefined,
        () => undefined,
      ),
    [client],
  );
}
