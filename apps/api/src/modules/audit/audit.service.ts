import type { DataSource } from 'typeorm';
import { likePrefix } from '@ieum/db';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '../../graphql/connection';
import { checkId } from '../../graphql/errors';
import { AccessLogEntry, type AccessLogFilter } from './audit.types';

// Newest first, by the identity column (the insertion order). Reading the log is read-only by
// construction: the table refuses UPDATE and DELETE.
export async function listAccessLog(
  db: DataSource,
  filter: AccessLogFilter | undefined,
  first?: number,
  after?: string,
): Promise<Page<AccessLogEntry>> {
  const size = pageSize(first, 50);
  const cursor = decodeCursor(after, 1);
  if (filter?.personId) checkId(filter.personId, 'filter.personId');
  if (filter?.userId) checkId(filter.userId, 'filter.userId');
  const person = filter?.person?.trim() ? likePrefix(filter.person) : null;
  const user = filter?.user?.trim() ? likePrefix(filter.user.toLowerCase()) : null;
  const where = `($1::uuid IS NULL OR l.person_id = $1) AND ($2::uuid IS NULL OR l.user_id = $2)
    AND ($3::timestamptz IS NULL OR l.at >= $3) AND ($4::timestamptz IS NULL OR l.at <= $4)
    AND ($5::text IS NULL OR l.person_id IN (SELECT id FROM persons WHERE name COLLATE "C" LIKE $5))
    AND ($6::text IS NULL OR l.account LIKE $6 OR l.user_id IN (SELECT id FROM users WHERE lower(name) LIKE $6)
         OR l.api_key_id IN (SELECT id FROM api_keys WHERE lower(name) LIKE $6))
    AND ($7::varchar IS NULL OR l.action = $7)`;
  const params = [
    filter?.personId ?? null,
    filter?.userId ?? null,
    filter?.from ?? null,
    filter?.to ?? null,
    person,
    user,
    filter?.action ?? null,
  ];
  const rows = await db.query(
    `SELECT l.id::text AS id, l.at, l.account, l.user_id AS "userId", l.api_key_id AS "apiKeyId", l.agency_id AS "agencyId",
            l.person_id AS "personId", l.action, l.operation, l.client_address AS "clientAddress", l.detail
     FROM access_log l WHERE ${where} AND ($8::bigint IS NULL OR l.id < $8) ORDER BY l.id DESC LIMIT $9`,
    [...params, cursor?.[0] ?? null, size + 1],
  );
  return toPage(
    rows.map((r: object) => Object.assign(new AccessLogEntry(), r)),
    size,
    cursor,
    (e) => encodeCursor([e.id]),
    async () =>
      Number((await db.query(`SELECT count(*) AS n FROM access_log l WHERE ${where}`, params))[0].n),
  );
}

/** The filter as the viewing row names it: "accessLog person=김* action=READ". */
export function describeViewing(filter: AccessLogFilter | undefined): string {
  const parts = Object.entries(filter ?? {})
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}=${v instanceof Date ? v.toISOString() : String(v)}`);
  return ['accessLog', ...parts].join(' ');
}
