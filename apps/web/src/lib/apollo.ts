import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { errorCodeOf } from './errors';

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

// The session can end under any request (idle timeout, sign-out in another tab); the auth gate
// listens and shows the sign-in page again.
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

const errorLink = new ErrorLink(({ error }) => {
  if (errorCodeOf(error) === 'UNAUTHENTICATED') {
    unauthenticatedListeners.forEach((listener) => listener());
  }
});

// Same origin: the httpOnly session cookie rides along; HttpLink sends
// content-type: application/json, which Apollo Server's CSRF prevention requires.
const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([errorLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        Region: { keyFields: ['code'] },
      },
    }),
  });
}
