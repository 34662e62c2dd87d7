import { useMutation } from '@apollo/client/react';
import { SignInDocument } from '../../../generated/graphql';
import type { PayloadError } from '../../../lib/errors';

export interface SignInResult {
  ok: boolean;
  errors: PayloadError[];
}

export function useSignIn() {
  const [mutate, { loading }] = useMutation(SignInDocument);

  async function signIn(email: string, password: string): Promise<SignInResult> {
    try {
      const { data } = await mutate({ variables: { input: { email, password } } });
      const payload = data?.signIn;
      if (payload?.user && payload.errors.length === 0) return { ok: true, errors: [] };
      const errors = payload?.errors ?? [];
      return { ok: false, errors: errors.length ? errors : [{ code: 'UNKNOWN', message: '', path: null }] };
    } catch {
      return { ok: false, errors: [{ code: 'UNKNOWN', message: '', path: null }] };
    }
  }

  return { signIn, loading };
}
