import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import { checkId } from '../../graphql/errors';
import {
  type MarkNotificationsReadInput,
  MarkNotificationsReadPayload,
  Notification,
} from './notifications.types';

/** What a notification's title is written from, so each client words it in its own language. */
export interface NotificationParams {
  /** The service asked for, a goal's title, or a conference's date. */
  subject?: string;
  /** The status a referral took. */
  status?: string;
  caseNumber?: number;
}

// One row per user of each agency, in one statement. `title` is the Korean fallback.
export async function notifyAgencies(
  db: DataSource | EntityManager,
  agencyIds: string[],
  kind: string,
  title: string,
  link: string,
  entityId: string,
  params: NotificationParams = {},
): Promise<void> {
  if (!agencyIds.length) return;
  await db.query(
    `INSERT INTO notifications (user_id, kind, title, link, entity_id, params)
     SELECT u.id, $2, $3, $4, $5, $6::jsonb FROM users u WHERE u.agency_id = ANY($1::uuid[]) AND u.disabled_at IS NULL`,
    [agencyIds, kind, title, link, entityId, JSON.stringify(params)],
  );
}

const COLUMNS = `id, kind, title, link, created_at AS "createdAt", read_at AS "readAt",
  params->>'subject' AS subject, params->>'status' AS "referralStatus", (params->>'caseNumber')::int AS "caseNumber"`;

export async function listNotifications(
  ctx: RequestContext,
  unreadOnly: boolean,
  first?: number,
  after?: string,
): Promise<Page<Notification>> {
  const db = ctx.services.dataSource;
  const size = pageSize(first, 20);
  const cursor = decodeCursor(after, 2);
  const userId = ctx.actor!.userId;
  const where = `user_id = $1 AND ($2::boolean IS NOT TRUE OR read_at IS NULL)`;
  const rows = await db.query(
    `SELECT ${COLUMNS} FROM notifications WHERE ${where} AND ($3::timestamptz IS NULL OR (created_at, id) < ($3, $4::uuid))
     ORDER BY created_at DESC, id DESC LIMIT $5`,
    [userId, unreadOnly, cursor?.[0] ?? null, cursor?.[1] ?? null, size + 1],
  );
  return toPage(
    rows.map((r: object) => Object.assign(new Notification(), r)),
    size,
    cursor,
    (n) => encodeCursor([n.createdAt.toISOString(), n.id]),
    async () =>
      Number(
        (await db.query(`SELECT count(*) AS n FROM notifications WHERE ${where}`, [userId, unreadOnly]))[0].n,
      ),
  );
}

export async function unreadCount(ctx: RequestContext): Promise<number> {
  if (!ctx.actor!.userId) return 0;
  const [{ n }] = await ctx.services.dataSource.query(
    `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
    [ctx.actor!.userId],
  );
  return n;
}

export async function markRead(
  ctx: RequestContext,
  input: MarkNotificationsReadInput,
): Promise<MarkNotificationsReadPayload> {
  const ids = input.all ? null : (input.ids ?? []).map((id) => checkId(id, 'input.ids'));
  await ctx.services.dataSource.query(
    `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
    [ctx.actor!.userId, ids],
  );
  return Object.assign(new MarkNotificationsReadPayload(), {
    unreadCount: await unreadCount(ctx),
    errors: [],
  });
}
