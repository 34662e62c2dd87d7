import { Router } from 'express';
import cookieParser from 'cookie-parser';
import { MEANS_FEED_COLUMNS } from '@ieum/domain';
import type { AppDeps } from '../../context';
import type { FeedTarget } from '../indicators/feed-ingestion';
import { feedUploadHandler } from '../indicators/feeds.route';

// POST /api/means-feeds?source=<agency name>, body text/csv (rrn,kind,monthly_amount,period_from,
// period_to,source_ref): the crisis feeds' loader and answers (200 LOADED or DUPLICATE, 422 REJECTED
// with line/column errors), into means_feed_rows. Evaluations read the newest row per person and
// income kind in place of the recorded means (reverification-run.ts).
export const MEANS_FEED_TARGET: FeedTarget = {
  kind: 'MEANS',
  feedsTable: 'means_feeds',
  rowsTable: 'means_feed_rows',
  copyColumns: 'feed_id, rrn_hash, kind, monthly_amount, period_from, period_to, source_ref',
  columns: MEANS_FEED_COLUMNS,
  knownKinds: [],
};

export function meansFeedsRouter(services: AppDeps): Router {
  const router = Router();
  router.post(
    '/api/means-feeds',
    cookieParser(),
    feedUploadHandler(services, {
      capability: 'UPLOAD_MEANS_FEED',
      forbidden: 'Only an analyst may load means feeds (소득·재산 자료).',
      target: async () => MEANS_FEED_TARGET,
    }),
  );
  return router;
}
