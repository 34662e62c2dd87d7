import { Router, type Request, type RequestHandler, type Response } from 'express';
import { can, type Capability } from '@ieum/domain';
import cookieParser from 'cookie-parser';
import { todayInKorea } from '../../clock';
import type { AppDeps } from '../../context';
import { logger } from '../../logger';
import { actorFromToken } from '../auth/auth.service';
import { bearerToken, SESSION_COOKIE } from '../auth/tokens';
import { crisisFeedTarget, drain, ingestFeed, type FeedTarget } from './feed-ingestion';
import { knownKindCodes } from './indicators.service';

// POST /api/feeds?source=<agency name>, body text/csv. Answers once the feed is stored or refused:
// 200 LOADED or DUPLICATE, 422 REJECTED (with line/column errors). Requiring text/csv also keeps
// cross-site forms out (they cannot send it without a CORS preflight).
export function feedsRouter(services: AppDeps): Router {
  const router = Router();
  router.post(
    '/api/feeds',
    cookieParser(),
    feedUploadHandler(services, {
      capability: 'UPLOAD_FEED',
      forbidden: 'Only an analyst may load crisis-indicator feeds.',
      target: async () => crisisFeedTarget(await knownKindCodes(services.dataSource)),
    }),
  );
  return router;
}

/**
 * The upload of any feed the shared loader takes (crisis signals, means): who may send it, the
 * source named in ?source=, text/csv, then the loader; the same answers and statuses for each.
 */
export function feedUploadHandler(
  services: AppDeps,
  feed: { capability: Capability; forbidden: string; target: () => Promise<FeedTarget> },
): RequestHandler {
  return async (req: Request, res: Response) => {
    const clientAddress = req.ip ?? 'unknown';
    const token = bearerToken(req.headers.authorization) ?? req.cookies?.[SESSION_COOKIE] ?? null;
    const actor = token
      ? await actorFromToken(services.dataSource, token, services.sessionIdleMinutes)
      : null;
    const refuse = async (status: number, code: string, message: string) => {
      await drain(req).catch(() => {});
      res.status(status).json({ error: { code, message } });
    };
    if (!actor)
      return refuse(401, 'UNAUTHENTICATED', 'Sign in or send an API key (Authorization: Bearer …).');
    if (!can(actor.role, feed.capability)) return refuse(403, 'FORBIDDEN', feed.forbidden);
    const source = typeof req.query.source === 'string' ? req.query.source.trim() : '';
    if (!source || source.length > 200)
      return refuse(
        400,
        'BAD_REQUEST',
        'Name the source agency: ?source=<agency name> (up to 200 characters).',
      );
    if (!/^text\/csv\b/i.test(req.headers['content-type'] ?? ''))
      return refuse(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the feed as text/csv (UTF-8).');
    try {
      const result = await ingestFeed(
        services.dataSource,
        services.keys,
        actor,
        clientAddress,
        source,
        req,
        await feed.target(),
        todayInKorea(),
      );
      res.status(result.status === 'REJECTED' ? 422 : 200).json(result);
    } catch (e) {
      logger.error({ err: { message: (e as Error).message } }, 'feed load failed');
      if (!res.headersSent)
        res.status(500).json({
          error: {
            code: 'INTERNAL_SERVER_ERROR',
            message: 'The feed could not be loaded; nothing of it was stored.',
          },
        });
    }
  };
}
