import { useMutation } from '@apollo/client/react';
import { SignInDocument } from '../../../generated/graphql';
import { runPayload } from '../../../lib/payload';

export function useSignIn() {
  const [mutate, { loading }] = useMutation(SignInDocument);
  const signIn = (email: string, password: string) =>
    runPayload(async () => {
      const { data } = await mutate({ variables: { input: { email, password } } });
      return data && { value: data.signIn.user, errors: data.signIn.errors };
    });
  return { signIn, loading };
}
