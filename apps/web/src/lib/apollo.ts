import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { isSubscriptionOperation } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { errorCodeOf } from './errors';
import { POSSIBLE_TYPES } from './possible-types';

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

// Subscriptions (the unread count) over a WebSocket on the same origin; the browser sends the session
// cookie with the handshake. It reconnects by itself; queries and mutations stay on HTTP.
function wsLink(): ApolloLink | null {
  if (typeof window === 'undefined' || typeof WebSocket === 'undefined') return null;
  const url = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  return new GraphQLWsLink(createClient({ url, lazy: true, retryAttempts: Infinity }));
}

export function createApolloClient(): ApolloClient {
  const ws = wsLink();
  const transport = ws ? ApolloLink.split((op) => isSubscriptionOperation(op.query), ws, httpLink) : httpLink;
  return new ApolloClient({
    link: ApolloLink.from([errorLink, transport]),
    cache: new InMemoryCache({
      possibleTypes: POSSIBLE_TYPES,
      typePolicies: {
        Region: { keyFields: ['code'] },
      },
    }),
  });
}
