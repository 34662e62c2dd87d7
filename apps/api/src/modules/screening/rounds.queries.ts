// Screening rounds: the SQL its service and loaders share (column lists, row mappers, batch loads for the
// DataLoaders), so the service reads as rules.
import type { DataSource } from 'typeorm';
import { ScreeningRound } from './screening.types';

export const ROUND_COLUMNS = `r.id, to_char(r.as_of, 'YYYY-MM-DD') AS "asOf", r.status, r.progress, r.households_scored AS "householdsScored",
  r.candidate_count AS "candidateCount", r.failure, r.created_at AS "createdAt", r.started_at AS "startedAt", r.finished_at AS "finishedAt",
  r.national_rule_set_id AS "nationalRuleSetId", r.local_rule_set_ids AS "localRuleSetIds",
  (SELECT count(*)::int FROM screening_rounds r2 WHERE (r2.created_at, r2.id) <= (r.created_at, r.id)) AS number`;

export const toRound = (row: object) => Object.assign(new ScreeningRound(), row);

export async function roundsById(db: DataSource, ids: readonly string[]): Promise<(ScreeningRound | null)[]> {
  const rows: ScreeningRound[] = (
    await db.query(`SELECT ${ROUND_COLUMNS} FROM screening_rounds r WHERE r.id = ANY($1::uuid[])`, [ids])
  ).map(toRound);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
}
