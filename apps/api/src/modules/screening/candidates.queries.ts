// Screening candidates: the SQL its service and loaders share (column lists, row mappers, batch loads for the
// DataLoaders), so the service reads as rules.
import type { DataSource } from 'typeorm';
import { isHit, OUTREACH_OUTCOMES } from '@ieum/domain';
import { Candidate, OutreachVisit } from './screening.types';

export const CANDIDATE_COLUMNS = `c.id, c.round_id AS "roundId", c.household_id AS "householdId", c.region_code AS "regionCode", c.rule_set_id AS "ruleSetId",
  c.rank, c.score::float8 AS score, c.picked_by AS "pickedBy", c.status, c.last_outcome AS "lastOutcome", c.indicators, c.rules`;

export const toCandidate = (row: object) => Object.assign(new Candidate(), row);

export async function candidatesById(db: DataSource, ids: readonly string[]): Promise<(Candidate | null)[]> {
  const rows: Candidate[] = (
    await db.query(`SELECT ${CANDIDATE_COLUMNS} FROM screening_candidates c WHERE c.id = ANY($1::uuid[])`, [
      ids,
    ])
  ).map(toCandidate);
  const byId = new Map(rows.map((c) => [c.id, c]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function visitsByCandidate(db: DataSource, ids: readonly string[]): Promise<OutreachVisit[][]> {
  const rows = await db.query(
    `SELECT candidate_id AS "candidateId", id, outcome, note, to_char(visited_on, 'YYYY-MM-DD') AS "visitedOn", account, recorded_at AS "recordedAt"
     FROM outreach_visits WHERE candidate_id = ANY($1::uuid[]) ORDER BY recorded_at, id`,
    [ids],
  );
  const by = new Map<string, OutreachVisit[]>();
  for (const { candidateId, ...v } of rows)
    by.set(candidateId, [...(by.get(candidateId) ?? []), Object.assign(new OutreachVisit(), v)]);
  return ids.map((id) => by.get(id) ?? []);
}

export async function roundTotals(
  db: DataSource,
  roundIds: readonly string[],
): Promise<{ visits: number; hits: number }[]> {
  const rows = await db.query(
    `SELECT round_id AS "roundId", count(*) FILTER (WHERE last_outcome IS NOT NULL)::int AS visits,
            count(*) FILTER (WHERE last_outcome = ANY($2))::int AS hits
     FROM screening_candidates WHERE round_id = ANY($1::uuid[]) GROUP BY round_id`,
    [roundIds, HIT_OUTCOMES],
  );
  const by = new Map(rows.map((r: { roundId: string; visits: number; hits: number }) => [r.roundId, r]));
  return roundIds.map(
    (id) => (by.get(id) as { visits: number; hits: number } | undefined) ?? { visits: 0, hits: 0 },
  );
}

export const HIT_OUTCOMES = OUTREACH_OUTCOMES.filter(isHit);
