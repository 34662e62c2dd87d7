// Households: the SQL its service and loaders share (column lists, row mappers, batch loads for the
// DataLoaders), so the service reads as rules.
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import { Household, HouseholdContact, HouseholdMember, Person } from './households.types';

export const HOUSEHOLD_COLUMNS = `h.id, h.address, h.region_code AS "regionCode", h.synthetic, h.created_at AS "createdAt"`;

export const toHousehold = (row: Record<string, unknown>) => Object.assign(new Household(), row);

export async function householdsById(
  ctx: Pick<RequestContext, 'services'>,
  ids: readonly string[],
): Promise<(Household | null)[]> {
  const rows: Household[] = (
    await ctx.services.dataSource.query(
      `SELECT ${HOUSEHOLD_COLUMNS} FROM households h WHERE h.id = ANY($1::uuid[])`,
      [ids],
    )
  ).map(toHousehold);
  const byId = new Map(rows.map((h) => [h.id, h]));
  return ids.map((id) => byId.get(id) ?? null);
}

// Members of many households in one statement, head first, then by age.
export async function membersByHousehold(
  ctx: Pick<RequestContext, 'services'>,
  ids: readonly string[],
): Promise<HouseholdMember[][]> {
  const rows = await ctx.services.dataSource.query(
    `SELECT m.household_id AS "householdId", m.relationship, p.id, p.name, p.rrn_masked AS "rrnMasked",
            to_char(p.birth_date, 'YYYY-MM-DD') AS "birthDate", p.sex, p.rrn_check_digit_mismatch AS "rrnCheckDigitMismatch"
     FROM household_members m JOIN persons p ON p.id = m.person_id
     WHERE m.household_id = ANY($1::uuid[])
     ORDER BY m.household_id, (m.relationship = 'HEAD') DESC, p.birth_date, p.id`,
    [ids],
  );
  const byHousehold = new Map<string, HouseholdMember[]>();
  for (const { householdId, relationship, ...person } of rows) {
    const list = byHousehold.get(householdId) ?? [];
    list.push(
      Object.assign(new HouseholdMember(), { relationship, person: Object.assign(new Person(), person) }),
    );
    byHousehold.set(householdId, list);
  }
  return ids.map((id) => byHousehold.get(id) ?? []);
}

// Persons by id (a person's own fields; members come with their household).
export async function personsById(db: DataSource, ids: readonly string[]): Promise<(Person | null)[]> {
  const rows: Person[] = (
    await db.query(
      `SELECT id, name, rrn_masked AS "rrnMasked", to_char(birth_date, 'YYYY-MM-DD') AS "birthDate", sex,
            rrn_check_digit_mismatch AS "rrnCheckDigitMismatch"
     FROM persons WHERE id = ANY($1::uuid[])`,
      [ids],
    )
  ).map((r: object) => Object.assign(new Person(), r));
  const byId = new Map(rows.map((p) => [p.id, p]));
  return ids.map((id) => byId.get(id) ?? null);
}

// Contacts of many households in one statement, in the order the worker entered them.
export async function contactsByHousehold(
  db: DataSource,
  ids: readonly string[],
): Promise<HouseholdContact[][]> {
  const rows: (HouseholdContact & { householdId: string })[] = await db.query(
    `SELECT household_id AS "householdId", kind, number, preferred FROM household_contacts
     WHERE household_id = ANY($1::uuid[]) ORDER BY household_id, position`,
    [ids],
  );
  const byHousehold = new Map<string, HouseholdContact[]>();
  for (const { householdId, ...contact } of rows) {
    const list = byHousehold.get(householdId) ?? [];
    list.push(Object.assign(new HouseholdContact(), contact));
    byHousehold.set(householdId, list);
  }
  return ids.map((id) => byHousehold.get(id) ?? []);
}

/** Replaces a household's contacts inside the caller's transaction. */
export async function saveContacts(
  tx: Pick<DataSource, 'query'>,
  householdId: string,
  contacts: readonly { kind: string; number: string; preferred: boolean }[],
): Promise<void> {
  await tx.query(`DELETE FROM household_contacts WHERE household_id = $1`, [householdId]);
  if (!contacts.length) return;
  await tx.query(
    `INSERT INTO household_contacts (household_id, position, kind, number, preferred)
     SELECT $1, ord - 1, kind, number, preferred
     FROM unnest($2::varchar[], $3::varchar[], $4::boolean[]) WITH ORDINALITY AS c(kind, number, preferred, ord)`,
    [
      householdId,
      contacts.map((c) => c.kind),
      contacts.map((c) => c.number),
      contacts.map((c) => c.preferred),
    ],
  );
}
