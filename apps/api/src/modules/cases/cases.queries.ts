// Cases: the SQL its service and loaders share (column lists, row mappers, batch loads for the
// DataLoaders), so the service reads as rules.
import type { DataSource } from 'typeorm';
import { Case, CaseConference, CaseGoal, CaseService, NeedsAssessment, ProgressNote } from './cases.types';

export const CASE_COLUMNS = `c.id, c.number::int AS number, c.status, c.opened_at AS "openedAt", c.closed_at AS "closedAt", c.closure_reason AS "closureReason",
  c.closure_note AS "closureNote", c.household_id AS "householdId", h.region_code AS "regionCode", c.lead_agency_id AS "leadAgencyId",
  c.responsible_user_id AS "responsibleUserId", c.version`;

export const toCase = (row: object) => Object.assign(new Case(), row);

export async function casesById(db: DataSource, ids: readonly string[]): Promise<(Case | null)[]> {
  const rows: Case[] = (
    await db.query(
      `SELECT ${CASE_COLUMNS} FROM cases c JOIN households h ON h.id = c.household_id WHERE c.id = ANY($1::uuid[])`,
      [ids],
    )
  ).map(toCase);
  const by = new Map(rows.map((c) => [c.id, c]));
  return ids.map((id) => by.get(id) ?? null);
}

export async function partnersByCase(db: DataSource, ids: readonly string[]): Promise<string[][]> {
  const rows: { caseId: string; agencyId: string }[] = await db.query(
    `SELECT case_id AS "caseId", agency_id AS "agencyId" FROM case_partners WHERE case_id = ANY($1::uuid[]) ORDER BY joined_at`,
    [ids],
  );
  return ids.map((id) => rows.filter((r) => r.caseId === id).map((r) => r.agencyId));
}

export async function assessmentsByCase(
  db: DataSource,
  ids: readonly string[],
): Promise<NeedsAssessment[][]> {
  const rows = await db.query(
    `SELECT case_id AS "caseId", id, recorded_at AS "recordedAt", recorded_by AS "recordedBy", agency_id AS "agencyId", items
     FROM needs_assessments WHERE case_id = ANY($1::uuid[]) ORDER BY recorded_at DESC, id`,
    [ids],
  );
  return ids.map((id) =>
    rows
      .filter((r: { caseId: string }) => r.caseId === id)
      .map((r: object) => Object.assign(new NeedsAssessment(), r)),
  );
}

// The other sections, loaded for many cases at once (one statement per section).
export async function sectionsByCase(db: DataSource, ids: readonly string[]) {
  const [goals, services, conferences, notes] = await Promise.all([
    db.query(
      `SELECT case_id AS "caseId", id, title, to_char(target_date, 'YYYY-MM-DD') AS "targetDate", needs, created_at AS "createdAt"
              FROM case_goals WHERE case_id = ANY($1::uuid[]) ORDER BY target_date, id`,
      [ids],
    ),
    db.query(
      `SELECT case_id AS "caseId", id, service, to_char(starts_on, 'YYYY-MM-DD') AS "providedOn", note, agency_id AS "agencyId",
                     referral_id AS "referralId", goal_id AS "goalId", recorded_by AS "recordedBy", recorded_at AS "recordedAt"
              FROM provisions WHERE case_id = ANY($1::uuid[]) ORDER BY starts_on DESC, recorded_at DESC`,
      [ids],
    ),
    db.query(
      `SELECT case_id AS "caseId", id, to_char(held_on, 'YYYY-MM-DD') AS "heldOn", participants, decisions, recorded_by AS "recordedBy", recorded_at AS "recordedAt"
              FROM case_conferences WHERE case_id = ANY($1::uuid[]) ORDER BY held_on DESC, recorded_at DESC`,
      [ids],
    ),
    db.query(
      `SELECT case_id AS "caseId", id, to_char(noted_on, 'YYYY-MM-DD') AS "notedOn", text, goal_id AS "goalId", agency_id AS "agencyId",
                     recorded_by AS "recordedBy", recorded_at AS "recordedAt"
              FROM progress_notes WHERE case_id = ANY($1::uuid[]) ORDER BY noted_on DESC, recorded_at DESC`,
      [ids],
    ),
  ]);
  type Recorded = { recordedAt: Date };
  const of = <T extends object>(rows: { caseId: string }[], id: string, cls: new () => T): (T & Recorded)[] =>
    rows.filter((r) => r.caseId === id).map((r) => Object.assign(new cls(), r) as unknown as T & Recorded);
  return ids.map((id) => ({
    goals: of(goals, id, CaseGoal),
    services: of(services, id, CaseService),
    conferences: of(conferences, id, CaseConference),
    notes: of(notes, id, ProgressNote),
  }));
}
