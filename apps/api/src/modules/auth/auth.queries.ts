// Auth: the SQL the loaders share.
import type { DataSource } from 'typeorm';
import { User } from './auth.types';

export async function usersById(db: DataSource, ids: readonly string[]): Promise<(User | null)[]> {
  const rows: User[] = (
    await db.query(
      `SELECT id, name, email, role, agency_id AS "agencyId" FROM users WHERE id = ANY($1::uuid[])`,
      [ids],
    )
  ).map((r: object) => Object.assign(new User(), r));
  const byId = new Map(rows.map((u) => [u.id, u]));
  return ids.map((id) => byId.get(id) ?? null);
}
