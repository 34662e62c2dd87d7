// Applications: the SQL the service and the loaders share (column list, row mapper, batch loads).
import type { DataSource, EntityManager } from 'typeorm';
import { BenefitApplication, BenefitApplicationEvent } from './applications.types';

export const APPLICATION_COLUMNS = `a.id, a.programme, a.status, a.on_behalf AS "onBehalf", a.note, a.status_reason AS "statusReason",
  a.submitted_at AS "submittedAt", a.status_since AS "statusSince", a.household_id AS "householdId",
  a.applicant_person_id AS "applicantPersonId", a.applicant_agency_id AS "applicantAgencyId",
  a.receiving_region_code AS "receivingRegionCode", a.submitted_by AS "submittedByAccount"`;

export const toApplication = (row: object) => Object.assign(new BenefitApplication(), row);

export async function applicationsById(
  db: DataSource | EntityManager,
  ids: readonly string[],
): Promise<(BenefitApplication | null)[]> {
  const rows: BenefitApplication[] = (
    await db.query(`SELECT ${APPLICATION_COLUMNS} FROM benefit_applications a WHERE a.id = ANY($1::uuid[])`, [
      ids,
    ])
  ).map(toApplication);
  const by = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => by.get(id) ?? null);
}

export async function historyByApplication(
  db: DataSource,
  ids: readonly string[],
): Promise<BenefitApplicationEvent[][]> {
  const rows: (BenefitApplicationEvent & { applicationId: string })[] = await db.query(
    `SELECT application_id AS "applicationId", action, from_status AS "from", to_status AS "to", at, reason,
            agency_id AS "agencyId", account
     FROM benefit_application_events WHERE application_id = ANY($1::uuid[]) ORDER BY id`,
    [ids],
  );
  return ids.map((id) =>
    rows.filter((r) => r.applicationId === id).map((e) => Object.assign(new BenefitApplicationEvent(), e)),
  );
}
