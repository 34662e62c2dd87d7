// Open Referral HSDS 3.1 over plain HTTP, beside /graphql. Reading is public and shows the published
// directory only (as the resources query does signed out), counted per client address like the
// directory search unless the caller signs in (a partner's API key pages freely); importing needs
// MANAGE_RESOURCES.
// Errors are JSON: { error: { code, message, parameter? , faults? } }.
import { can } from '@ieum/domain';
import cookieParser from 'cookie-parser';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { Actor, AppDeps } from '../../context';
import { consumePublicRequest } from '../../graphql/public-rate-limit';
import { logger } from '../../logger';
import { actorFromToken } from '../auth/auth.service';
import { bearerToken, SESSION_COOKIE } from '../auth/tokens';
import { exportDatapackage } from './hsds-export';
import { importServices, IMPORT_LIMITS } from './hsds-import';
import { BadParameter, pagingOf, serviceQueryOf, uuidOf } from './hsds.params';
import {
  getOrganization,
  getService,
  getTaxonomy,
  getTaxonomyTerm,
  listOrganizations,
  listServices,
  listTaxonomies,
  listTaxonomyTerms,
} from './hsds.service';

const fail = (res: Response, status: number, code: string, message: string, more: object = {}) =>
  res.status(status).json({ error: { code, message, ...more } });

// An async handler whose rejection reaches the router's error handler below.
const handle =
  (fn: (req: Request, res: Response) => Promise<unknown>) =>
  (req: Request, res: Response, next: NextFunction) =>
    fn(req, res).catch(next);

export function hsdsRouter(services: AppDeps): Router {
  const db = services.dataSource;
  const router = Router();
  const actorOf = (req: Request): Promise<Actor | null> => {
    const token = bearerToken(req.headers.authorization) ?? req.cookies?.[SESSION_COOKIE] ?? null;
    return token ? actorFromToken(db, token, services.sessionIdleMinutes) : Promise.resolve(null);
  };
  router.use('/hsds', cookieParser());
  router.get('/hsds/{*path}', (req: Request, _res: Response, next: NextFunction) => {
    actorOf(req)
      .then((actor) =>
        actor
          ? undefined
          : consumePublicRequest(db, 'directory', req.ip ?? 'unknown', services.publicRateLimit),
      )
      .then(() => next(), next);
  });
  const found = (res: Response, what: string, value: object | null) =>
    value ? res.json(value) : fail(res, 404, 'NOT_FOUND', `There is no published ${what} with that id.`);

  router.get(
    '/hsds/services',
    handle(async (req, res) => res.json(await listServices(db, serviceQueryOf(req.query)))),
  );
  router.get(
    '/hsds/services/:id',
    handle(async (req, res) => found(res, 'service', await getService(db, String(req.params.id)))),
  );
  router.get(
    '/hsds/organizations',
    handle(async (req, res) => res.json(await listOrganizations(db, pagingOf(req.query)))),
  );
  router.get(
    '/hsds/organizations/:id',
    handle(async (req, res) => found(res, 'organization', await getOrganization(db, String(req.params.id)))),
  );
  router.get(
    '/hsds/taxonomies',
    handle(async (req, res) => res.json(listTaxonomies(pagingOf(req.query)))),
  );
  router.get(
    '/hsds/taxonomies/:id',
    handle(async (req, res) => found(res, 'taxonomy', getTaxonomy(String(req.params.id)))),
  );
  router.get(
    '/hsds/taxonomy_terms',
    handle(async (req, res) =>
      res.json(listTaxonomyTerms(pagingOf(req.query, ['taxonomy_id']), uuidOf(req.query, 'taxonomy_id'))),
    ),
  );
  router.get(
    '/hsds/taxonomy_terms/:id',
    handle(async (req, res) => found(res, 'taxonomy term', getTaxonomyTerm(String(req.params.id)))),
  );

  router.get(
    '/hsds/export.zip',
    handle(async (req, res) => {
      pagingOf(req.query, []); // takes no parameters: refuse any rather than ignore it
      const now = new Date();
      res.status(200);
      res.setHeader('content-type', 'application/zip');
      res.setHeader(
        'content-disposition',
        `attachment; filename="ieum-hsds-${now.toISOString().slice(0, 10)}.zip"`,
      );
      await exportDatapackage(db, res, now);
    }),
  );

  router.post(
    '/hsds/import',
    handle(async (req, res) => {
      const actor = await actorOf(req);
      const refuse = (status: number, code: string, message: string) => {
        req.resume(); // the body is not read; let it pass so the connection stays usable
        return fail(res, status, code, message);
      };
      if (!actor)
        return refuse(401, 'UNAUTHENTICATED', 'Sign in or send an API key (Authorization: Bearer …).');
      if (!can(actor.role, 'MANAGE_RESOURCES'))
        return refuse(403, 'FORBIDDEN', 'Only an agency or an administrator imports resources.');
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
        return refuse(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send HSDS services as application/json.');
      await new Promise<void>((resolve, reject) =>
        express.json({ limit: IMPORT_LIMITS.bytes, strict: false })(req, res, (e?: unknown) =>
          e ? reject(e) : resolve(),
        ),
      );
      const result = await importServices(db, actor, req.body);
      if (!result.ok)
        return fail(res, result.status, 'VALIDATION', result.message, { faults: result.faults });
      res.json({
        created: result.created.length,
        updated: result.updated.length,
        unchanged: result.unchanged.length,
        services: [
          ...result.created.map((id) => ({ id, action: 'CREATED' })),
          ...result.updated.map((id) => ({ id, action: 'UPDATED' })),
          ...result.unchanged.map((id) => ({ id, action: 'UNCHANGED' })),
        ],
      });
    }),
  );

  router.use('/hsds', (_req: Request, res: Response) =>
    fail(
      res,
      404,
      'NOT_FOUND',
      'No such HSDS endpoint (services, organizations, taxonomies, taxonomy_terms, export.zip, import).',
    ),
  );

  // body-parser's errors carry their HTTP status and a type; everything else is unexpected.
  router.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/hsds')) return next(err);
    if (res.headersSent) {
      logger.error({ err: { message: (err as Error).message } }, 'HSDS export stopped');
      return res.destroy();
    }
    const limited = (err as { extensions?: { code?: string; retryAfterSeconds?: number } }).extensions;
    if (limited?.code === 'RATE_LIMITED') {
      res.setHeader('retry-after', String(limited.retryAfterSeconds ?? 60));
      return fail(res, 429, 'RATE_LIMITED', (err as Error).message);
    }
    if (err instanceof BadParameter)
      return fail(res, 400, 'BAD_REQUEST', err.message, { parameter: err.parameter });
    const type = (err as { type?: string }).type;
    if (type) req.resume();
    if (type === 'entity.too.large')
      return fail(
        res,
        413,
        'PAYLOAD_TOO_LARGE',
        `An import is at most ${IMPORT_LIMITS.bytes.toUpperCase()} of JSON; split the file. Nothing was imported.`,
      );
    if (type === 'entity.parse.failed')
      return fail(res, 400, 'BAD_REQUEST', 'The body is not valid JSON. Nothing was imported.');
    logger.error(
      { err: { message: (err as Error).message, stack: (err as Error).stack } },
      'HSDS request failed',
    );
    return fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on the server; it has been logged.');
  });
  return router;
}
