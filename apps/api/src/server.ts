import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cookieParser from 'cookie-parser';
import express, { type Express, type Request, type Response } from 'express';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { RequestContext, Services } from './context';
import { unauthenticated } from './graphql/errors';
import { createLoaders } from './loaders';
import { logger } from './logger';
import { AccessRecorder } from './modules/audit/access-recorder';
import { actorFromToken } from './modules/auth/auth.service';
import { bearerToken, SESSION_COOKIE } from './modules/auth/tokens';
import { feedsRouter } from './modules/indicators/feeds.route';
import { ieumSchema } from './schema';

export interface ServerOptions {
  services: Services;
  production: boolean;
  trustProxy: boolean;
  webDist: string | null;
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
]);

// Unexpected errors reach the client as a code and a generic message: no stack, no SQL, no identifiers.
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (PUBLIC_ERROR_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code,
        ...(formatted.extensions?.argumentName ? { argumentName: formatted.extensions.argumentName } : {}),
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
  services: Services,
  token: string | null,
  clientAddress: string,
  req: Request,
  res: Response,
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

// Subscriptions (the unread count) over WebSocket at /graphql, with the same sign-in, the same limits
// and a same-origin check (the session cookie must not open sockets for other sites).
export async function attachLiveUpdates(
  server: HttpServer,
  services: Services,
): Promise<() => Promise<void>> {
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
        const req = ctx.extra.request;
        const header =
          typeof ctx.connectionParams?.authorization === 'string'
            ? ctx.connectionParams.authorization
            : undefined;
        const cookies = Object.fromEntries(
          (req.headers.cookie ?? '')
            .split(';')
            .map((c) => c.trim().split('='))
            .filter((kv) => kv.length === 2),
        );
        const token = bearerToken(header) ?? cookies[SESSION_COOKIE] ?? null;
        const contextValue = await contextFor(
          services,
          token,
          req.socket.remoteAddress ?? 'unknown',
          req as unknown as Request,
          null as unknown as Response,
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

export async function createApp(
  opts: ServerOptions,
): Promise<{ app: Express; apollo: ApolloServer<RequestContext> }> {
  const { services } = opts;
  const armor = new ApolloArmor(GRAPHQL_LIMITS).protect();
  const apollo = new ApolloServer<RequestContext>({
    schema: await ieumSchema(),
    introspection: !opts.production,
    csrfPrevention: true,
    ...armor,
    plugins: [
      ...armor.plugins,
      accessLogPlugin,
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
