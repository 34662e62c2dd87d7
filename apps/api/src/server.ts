import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { AppDeps, RequestContext, ResponseCookies } from './context';
import { unauthenticated } from './graphql/errors';
import { createLoaders } from './loaders';
import { logger } from './logger';
import { AccessRecorder } from './modules/audit/access-recorder';
import { actorFromToken } from './modules/auth/auth.service';
import { bearerToken, SESSION_COOKIE } from './modules/auth/tokens';
import { benefitParameterTable } from './modules/benefits/benefits.service';
import { hsdsRouter } from './modules/hsds/hsds.route';
import { feedsRouter } from './modules/indicators/feeds.route';
import { meansFeedsRouter } from './modules/means-feeds/means-feeds.route';
import { listenForLiveEvents } from './modules/notifications/live-events';
import { ieumSchema } from './schema';

export interface ServerOptions {
  deps: AppDeps;
  // The database the live-update listener connects to (LISTEN for unread-count changes).
  databaseUrl: string;
  production: boolean;
  trustProxy: boolean;
  webDist: string | null;
  // 0: any free port (the harness); RunningServer.port says which.
  port: number;
  host: string;
}

export interface RunningServer {
  app: Express;
  server: HttpServer;
  port: number;
  // Closes the sockets, the HTTP server, Apollo and the listener; the database stays open (its owner closes it).
  stop(): Promise<void>;
}

// Explicit limits on every operation (graphql-armor): depth, aliases, cost, tokens, directives.
export const GRAPHQL_LIMITS = {
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  costLimit: { maxCost: 5000 },
  maxTokens: { n: 2000 },
  maxDirectives: { n: 20 },
  blockFieldSuggestion: { enabled: true },
} as const;

// Writes the request's access-log rows once, before the response leaves.
const accessLogPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operationName, operation }) {
        if (!operation) return;
        const fields = operation.selectionSet.selections
          .map((s) => (s.kind === 'Field' ? s.name.value : s.kind))
          .join(',');
        contextValue.audit.operation = `${operation.operation} ${operationName ?? '(anonymous)'}: ${fields}`;
      },
      async willSendResponse({ contextValue }) {
        await contextValue.audit.flush(contextValue.services.dataSource);
      },
    };
  },
};

const PUBLIC_ERROR_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NO_CONSENT',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'RATE_LIMITED',
]);

// Unexpected errors reach the client as a code and a generic message: no stack, no SQL, no identifiers.
// Which argument a BAD_USER_INPUT concerns, as a dotted path ('input.agencyId'), so a client can say
// it beside the field: ours name it; graphql-js's variable errors say it in the message
// ('Variable "$input" got invalid value "" at "input.agencyId"', '… Field "address" … was not provided').
function argumentNameOf(code: string, formatted: GraphQLFormattedError): string | undefined {
  const named = formatted.extensions?.argumentName;
  if (typeof named === 'string') return named;
  if (code !== 'BAD_USER_INPUT') return undefined;
  const variable = /^Variable "\$(\w+)"/.exec(formatted.message)?.[1];
  if (!variable) return undefined;
  const at = / at "([^"]+)"/.exec(formatted.message)?.[1]?.replace(/\[(\d+)\]/g, '.$1') ?? variable;
  const missing = /Field "(\w+)" of required type "[^"]+" was not provided/.exec(formatted.message)?.[1];
  return missing ? `${at}.${missing}` : at;
}

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (PUBLIC_ERROR_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code,
        ...(argumentNameOf(code, formatted) ? { argumentName: argumentNameOf(code, formatted) } : {}),
        ...(code === 'RATE_LIMITED' ? { retryAfterSeconds: formatted.extensions?.retryAfterSeconds } : {}),
      },
    };
  }
  const original = unwrapResolverError(error) as Error;
  logger.error(
    {
      err: { name: original?.name, message: original?.message, stack: original?.stack },
      path: formatted.path,
    },
    'unexpected GraphQL error',
  );
  return {
    message: 'Something went wrong on the server; it has been logged.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

async function contextFor(
  services: AppDeps,
  token: string | null,
  clientAddress: string,
  req: IncomingMessage,
  res: ResponseCookies,
): Promise<RequestContext> {
  const actor = token ? await actorFromToken(services.dataSource, token, services.sessionIdleMinutes) : null;
  return {
    actor,
    services,
    loaders: createLoaders(services),
    audit: new AccessRecorder(actor, clientAddress),
    clientAddress,
    req,
    res,
  };
}

// cookie-parser as a plain function, for the WebSocket upgrade request, which never passes through
// Express: it reads req.headers.cookie into req.cookies and calls next, and never touches the response.
const parseCookies = cookieParser() as unknown as (
  req: IncomingMessage & { cookies?: Record<string, string> },
  res: null,
  next: () => void,
) => void;

function sessionCookie(req: IncomingMessage & { cookies?: Record<string, string> }): string | null {
  parseCookies(req, null, () => {});
  return req.cookies?.[SESSION_COOKIE] ?? null;
}

// The socket carries subscriptions only, so nothing there signs in or out; were it to, this says why
// it cannot: a WebSocket has no HTTP response to carry the session cookie.
function noCookiesOverSockets(): never {
  throw new Error('a WebSocket operation cannot set or clear the session cookie');
}
const SOCKET_RESPONSE: ResponseCookies = { cookie: noCookiesOverSockets, clearCookie: noCookiesOverSockets };

const SUBSCRIPTIONS_ONLY = new GraphQLError(
  'The WebSocket carries subscriptions only: send queries and mutations over HTTP (POST /graphql).',
  { extensions: { code: 'BAD_REQUEST' } },
);

// Subscriptions (the unread count) over WebSocket at /graphql, with the same sign-in, the same limits
// and a same-origin check (the session cookie must not open sockets for other sites).
async function attachLiveUpdates(server: HttpServer, services: AppDeps): Promise<() => Promise<void>> {
  const schema = await ieumSchema();
  const rules = [...specifiedRules, ...new ApolloArmor(GRAPHQL_LIMITS).protect().validationRules];
  const wss = new WebSocketServer({
    server,
    path: '/graphql',
    verifyClient: ({ origin, req }: { origin: string; req: IncomingMessage }) =>
      !origin || new URL(origin).host === req.headers.host,
  });
  const cleanup = useServer<Record<string, unknown>, { request: IncomingMessage }>(
    {
      schema,
      onSubscribe: async (ctx, _id, payload) => {
        const document = parse(payload.query);
        const errors = validate(schema, document, rules);
        if (errors.length) return errors;
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription')
          return [SUBSCRIPTIONS_ONLY];
        const req = ctx.extra.request;
        const header =
          typeof ctx.connectionParams?.authorization === 'string'
            ? ctx.connectionParams.authorization
            : undefined;
        const token = bearerToken(header) ?? sessionCookie(req);
        const contextValue = await contextFor(
          services,
          token,
          req.socket.remoteAddress ?? 'unknown',
          req,
          SOCKET_RESPONSE,
        );
        if (!contextValue.actor) return [unauthenticated()];
        return {
          schema,
          document,
          variableValues: payload.variables,
          operationName: payload.operationName,
          contextValue,
        };
      },
    },
    wss,
  );
  return async () => {
    await cleanup.dispose();
    await new Promise((resolve) => wss.close(resolve));
  };
}

async function createApp(
  opts: ServerOptions,
): Promise<{ app: Express; apollo: ApolloServer<RequestContext> }> {
  const services = opts.deps;
  const armor = new ApolloArmor(GRAPHQL_LIMITS).protect();
  const apollo = new ApolloServer<RequestContext>({
    schema: await ieumSchema(),
    introspection: !opts.production,
    csrfPrevention: true,
    ...armor,
    plugins: [
      ...armor.plugins,
      accessLogPlugin,
      // No HTTP caching of answers about people; the cache-control plugin would also wrap every resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(opts.production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
    formatError,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', opts.trustProxy);
  app.use(helmet({ contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } }));

  app.get('/healthz', async (_req, res) => {
    try {
      await services.dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        contextFor(
          services,
          bearerToken(req.headers.authorization) ?? req.cookies?.[SESSION_COOKIE] ?? null,
          req.ip ?? req.socket.remoteAddress ?? 'unknown',
          req,
          res,
        ),
    }),
  );

  app.use(feedsRouter(services));
  app.use(meansFeedsRouter(services));
  // Open Referral HSDS 3.1: the published directory as JSON and a datapackage, and imports.
  app.use(hsdsRouter(services));

  // The built SPA, same origin; client-side routes fall back to index.html.
  if (opts.webDist && existsSync(join(opts.webDist, 'index.html'))) {
    const webDist = opts.webDist;
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => res.sendFile(join(webDist, 'index.html')));
  } else {
    app.get('/', (_req, res) =>
      res.type('text/plain').send('Ieum API: POST /graphql. The web app is not built (npm run build:web).'),
    );
  }
  return { app, apollo };
}

function listen(app: Express, port: number, host: string): Promise<HttpServer> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

function close(server: HttpServer): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((e) => (e ? reject(e) : resolve()));
    server.closeIdleConnections();
  });
}

// The composition root: the GraphQL API, the feed upload route, the HSDS exchange and the built SPA on one HTTP server,
// with live updates over WebSocket on the same port. main.ts and the test harness both start it.
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  benefitParameterTable(); // a bad parameter file stops start-up here, naming the file and key
  const { app, apollo } = await createApp(opts);
  const server = await listen(app, opts.port, opts.host);
  const listener = await listenForLiveEvents(opts.databaseUrl);
  const stopSockets = await attachLiveUpdates(server, opts.deps);
  return {
    app,
    server,
    port: (server.address() as AddressInfo).port,
    async stop() {
      // Every step runs even if one before it failed; the first failure is rethrown.
      let failure: unknown = null;
      for (const step of [stopSockets, () => close(server), () => apollo.stop(), () => listener.stop()]) {
        await step().catch((e: unknown) => (failure ??= e));
      }
      if (failure) throw failure;
    },
  };
}
