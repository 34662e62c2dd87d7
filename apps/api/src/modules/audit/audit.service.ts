import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import { checkId } from '../../graphql/errors';
import { AccessLogEntry, type AccessLogFilter } from './audit.types';

// Newest first. Reading the log is read-only by construction: the table refuses UPDATE and DELETE.
export async function listAccessLog(
  db: DataSource,
  filter: AccessLogFilter | undefined,
  first?: number,
  after?: string,
): Promise<Page<AccessLogEntry>> {
  const size = pageSize(first, 50);
  const cursor = decodeCursor(after, 1);
  const where = `($1::uuid IS NULL OR person_id = $1) AND ($2::uuid IS NULL OR user_id = $2)
    AND ($3::timestamptz IS NULL OR at >= $3) AND ($4::timestamptz IS NULL OR at <= $4)`;
  if (filter?.personId) checkId(filter.personId, 'filter.personId');
  if (filter?.userId) checkId(filter.userId, 'filter.userId');
  const params = [filter?.personId ?? null, filter?.userId ?? null, filter?.from ?? null, filter?.to ?? null];
  const rows = await db.query(
    `SELECT id::text, at, account, user_id AS "userId", api_key_id AS "apiKeyId", agency_id AS "agencyId", person_id AS "personId",
            action, operation, client_address AS "clientAddress"
     FROM access_log WHERE ${where} AND ($5::bigint IS NULL OR id < $5) ORDER BY id DESC LIMIT $6`,
    [...params, cursor?.[0] ?? null, size + 1],
  );
  return toPage(
    rows.map((r: object) => Object.assign(new AccessLogEntry(), r)),
    size,
    cursor,
    (e) => encodeCursor([e.id]),
    async () => Number((await db.query(`SELECT count(*) AS n FROM access_log WHERE ${where}`, params))[0].n),
  );
}
