// Referrals: the SQL its service and loaders share (column lists, row mappers, batch loads for the
// DataLoaders), so the service reads as rules.
import type { DataSource } from 'typeorm';
import { isFinalReferralStatus } from '@ieum/domain';
import { todayInKorea } from '../../clock';
import { Referral, ReferralEvent } from './referrals.types';

export const OPEN = ['SENT', 'RECEIVED', 'ACCEPTED', 'IN_SERVICE'];

export const REFERRAL_COLUMNS = `r.id, r.status, r.outcome, r.outcome_note AS "outcomeNote", r.decline_reason AS "declineReason", r.service, r.note,
  to_char(r.sent_on, 'YYYY-MM-DD') AS "sentOn", to_char(r.reply_by, 'YYYY-MM-DD') AS "replyBy", to_char(r.deadline, 'YYYY-MM-DD') AS deadline,
  r.case_id AS "caseId", c.number::int AS "caseNumber", r.from_agency_id AS "fromAgencyId", r.to_agency_id AS "toAgencyId", c.household_id AS "householdId",
  h.region_code AS "regionCode", r.created_by AS "sentByAccount", r.status_since AS "statusSince", r.version,
  r.resource_id AS "resourceId"`;

export const FROM = `referrals r JOIN cases c ON c.id = r.case_id JOIN households h ON h.id = c.household_id`;

export function toReferral(row: Omit<Referral, 'overdue'>): Referral {
  const overdue =
    row.deadline !== null && !isFinalReferralStatus(row.status) && todayInKorea() > row.deadline;
  return Object.assign(new Referral(), row, { overdue });
}

export async function referralsById(db: DataSource, ids: readonly string[]): Promise<(Referral | null)[]> {
  const rows: Referral[] = (
    await db.query(`SELECT ${REFERRAL_COLUMNS} FROM ${FROM} WHERE r.id = ANY($1::uuid[])`, [ids])
  ).map(toReferral);
  const by = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => by.get(id) ?? null);
}

export async function referralsByCase(db: DataSource, caseIds: readonly string[]): Promise<Referral[][]> {
  const rows: Referral[] = (
    await db.query(
      `SELECT ${REFERRAL_COLUMNS} FROM ${FROM} WHERE r.case_id = ANY($1::uuid[]) ORDER BY r.created_at DESC`,
      [caseIds],
    )
  ).map(toReferral);
  return caseIds.map((id) => rows.filter((r) => r.caseId === id));
}

export async function historyByReferral(db: DataSource, ids: readonly string[]): Promise<ReferralEvent[][]> {
  const rows = await db.query(
    `SELECT referral_id AS "referralId", status, at, agency_id AS "agencyId", account, note FROM referral_events
     WHERE referral_id = ANY($1::uuid[]) ORDER BY id`,
    [ids],
  );
  return ids.map((id) =>
    rows
      .filter((r: { referralId: string }) => r.referralId === id)
      .map((r: object) => Object.assign(new ReferralEvent(), r)),
  );
}
