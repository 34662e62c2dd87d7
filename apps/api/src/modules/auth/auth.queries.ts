// Auth: the SQL the loaders share.
import type { DataSource } from 'typeorm';
import { Colleague, User } from './auth.types';

export async function usersById(db: DataSource, ids: readonly string[]): Promise<(User | null)[]> {
  const rows: User[] = (
    await db.query(
      `SELECT id, name, email, role, phone, agency_id AS "agencyId" FROM users WHERE id = ANY($1::uuid[])`,
      [ids],
    )
  ).map((r: object) => Object.assign(new User(), r));
  const byId = new Map(rows.map((u) => [u.id, u]));
  return ids.map((id) => byId.get(id) ?? null);
}

// Who an account label (users.email, or "apikey:<prefix>", as history rows store it) belongs to.
export async function colleaguesByAccount(
  db: DataSource,
  accounts: readonly string[],
): Promise<(Colleague | null)[]> {
  const rows: (Colleague & { account: string })[] = await db.query(
    `SELECT u.email AS account, u.name, coalesce(u.phone, a.phone) AS phone, u.agency_id AS "agencyId"
     FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.email = ANY($1::text[])
     UNION ALL
     SELECT 'apikey:' || k.prefix, k.name, a.phone, k.agency_id
     FROM api_keys k JOIN agencies a ON a.id = k.agency_id WHERE 'apikey:' || k.prefix = ANY($1::text[])`,
    [accounts],
  );
  const by = new Map(rows.map(({ account, ...c }) => [account, Object.assign(new Colleague(), c)]));
  return accounts.map((a) => by.get(a) ?? null);
}
