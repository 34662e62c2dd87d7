// Consents: the SQL its service and loaders share (column lists, row mappers, batch loads for the
// DataLoaders), so the service reads as rules.
import type { DataSource } from 'typeorm';
import { isConsentActive } from '@ieum/domain';
import { consentRecordOf, nowIso } from './household-access';
import { Consent } from './consents.types';

export const CONSENT_COLUMNS = `id, household_id AS "householdId", grantee_agency_id AS "granteeAgencyId", scopes, purpose,
  to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_until, 'YYYY-MM-DD') AS "validUntil",
  refusal_right_notified AS "refusalRightNotified", recorded_at AS "recordedAt", withdrawn_at AS "withdrawnAt"`;

export function toConsent(row: Omit<Consent, 'active'>): Consent {
  const record = consentRecordOf(row);
  return Object.assign(new Consent(), row, { active: isConsentActive(record, nowIso()) });
}

// Every consent of each household, for the per-request access checks.
export async function consentsByHousehold(
  db: DataSource,
  householdIds: readonly string[],
): Promise<Consent[][]> {
  const rows = await db.query(
    `SELECT ${CONSENT_COLUMNS} FROM consents WHERE household_id = ANY($1::uuid[]) ORDER BY recorded_at DESC`,
    [householdIds],
  );
  const by = new Map<string, Consent[]>();
  for (const r of rows) by.set(r.householdId, [...(by.get(r.householdId) ?? []), toConsent(r)]);
  return householdIds.map((id) => by.get(id) ?? []);
}
