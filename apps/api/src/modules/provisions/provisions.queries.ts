import type { NeedsDomain } from '@ieum/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Provision } from './provisions.types';

export const PROVISION_COLUMNS = `p.id, p.household_id AS "householdId", p.person_id AS "personId", p.resource_id AS "resourceId",
  p.agency_id AS "agencyId", p.service, p.needs_domain AS "needsDomain", p.exclusive_category AS "exclusiveCategory",
  to_char(p.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(p.ends_on, 'YYYY-MM-DD') AS "endsOn", p.amount,
  p.override_reason AS "overrideReason", p.case_id AS "caseId", p.referral_id AS "referralId",
  p.recorded_by AS "account", p.recorded_at AS "recordedAt"`;

interface ProvisionRow extends Omit<Provision, 'amount' | 'needsDomain'> {
  amount: string | null;
  needsDomain: string | null;
}

// bigint arrives as text; amounts are checked to be safe integers when written.
export const toProvision = (row: ProvisionRow): Provision =>
  Object.assign(new Provision(), {
    ...row,
    needsDomain: row.needsDomain as NeedsDomain | null,
    amount: row.amount === null ? null : Number(row.amount),
  });

/** The household's provisions not ended before `from`: what the overlap rule then reads (one index scan). */
export async function provisionsNotEndedBefore(
  db: DataSource | EntityManager,
  householdId: string,
  from: string,
): Promise<Provision[]> {
  const rows = await db.query(
    `SELECT ${PROVISION_COLUMNS} FROM provisions p
     WHERE p.household_id = $1 AND (p.ends_on IS NULL OR p.ends_on >= $2::date)
     ORDER BY p.starts_on DESC, p.recorded_at DESC, p.id DESC`,
    [householdId, from],
  );
  return rows.map(toProvision);
}
