import { PROGRAMMES, type UsedParameter } from '@ieum/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { EligibilityDecision, HouseholdMeans } from './eligibility.types';

type Db = DataSource | EntityManager;

// A means record with its rows in one statement (rows in the order they were given).
const MEANS_COLUMNS = `m.id, m.household_id AS "householdId", to_char(m.as_of, 'YYYY-MM-DD') AS "asOf",
  m.recorded_by AS "recordedByAccount", m.recorded_at AS "recordedAt",
  coalesce((SELECT jsonb_agg(jsonb_build_object('personId', i.person_id, 'kind', i.kind,
      'monthlyAmount', i.monthly_amount, 'source', i.source) ORDER BY i.line)
    FROM household_means_incomes i WHERE i.means_id = m.id), '[]') AS incomes,
  coalesce((SELECT jsonb_agg(jsonb_build_object('personId', p.person_id, 'kind', p.kind, 'amount', p.amount,
      'source', p.source, 'engineCc', p.engine_cc, 'modelYear', p.model_year, 'use', p.car_use) ORDER BY p.line)
    FROM household_means_property p WHERE p.means_id = m.id), '[]') AS property,
  coalesce((SELECT jsonb_agg(jsonb_build_object('personId', f.person_id, 'disabled', f.disabled,
      'student', f.student) ORDER BY f.person_id)
    FROM household_means_facts f WHERE f.means_id = m.id), '[]') AS facts`;

const toMeans = (row: HouseholdMeans) => Object.assign(new HouseholdMeans(), row);

export async function meansById(db: Db, ids: readonly string[]): Promise<(HouseholdMeans | null)[]> {
  const rows: HouseholdMeans[] = await db.query(
    `SELECT ${MEANS_COLUMNS} FROM household_means m WHERE m.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, toMeans(r)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Each household's means record ids, the one in force first (latest asOf, then latest recorded). */
export async function meansIdsByHousehold(db: Db, householdIds: readonly string[]): Promise<string[][]> {
  const rows: { householdId: string; ids: string[] }[] = await db.query(
    `SELECT household_id AS "householdId", array_agg(id ORDER BY as_of DESC, recorded_at DESC, id) AS ids
     FROM household_means WHERE household_id = ANY($1::uuid[]) GROUP BY household_id`,
    [householdIds],
  );
  const byHousehold = new Map(rows.map((r) => [r.householdId, r.ids]));
  return householdIds.map((id) => byHousehold.get(id) ?? []);
}

/** The means record in force on `asOf`: the latest recorded as of that date or earlier. */
export async function meansInForce(db: Db, householdId: string, asOf: string): Promise<string | null> {
  const [row] = await db.query(
    `SELECT id FROM household_means WHERE household_id = $1 AND as_of <= $2
     ORDER BY as_of DESC, recorded_at DESC, id LIMIT 1`,
    [householdId, asOf],
  );
  return row?.id ?? null;
}

const DECISION_COLUMNS = `d.id, d.household_id AS "householdId", d.programme, to_char(d.as_of, 'YYYY-MM-DD') AS "asOf",
  d.eligible, d.monthly_amount::float8 AS "monthlyAmount", d.threshold::float8 AS threshold,
  d.income_recognized::float8 AS "incomeRecognized", d.reasons, d.support_obligor AS "supportObligor",
  d.trace AS "storedTrace", s.version AS "parameterVersion", d.parameter_set_id AS "parameterSetId",
  d.means_id AS "meansId", d.supersedes_id AS "supersedesId", d.decided_by AS "decidedByAccount",
  d.decided_at AS "decidedAt",
  EXISTS (SELECT 1 FROM eligibility_decisions n WHERE n.supersedes_id = d.id) AS superseded`;

const toDecision = (row: EligibilityDecision) => Object.assign(new EligibilityDecision(), row);

export async function decisionsById(db: Db, ids: readonly string[]): Promise<(EligibilityDecision | null)[]> {
  const rows: EligibilityDecision[] = await db.query(
    `SELECT ${DECISION_COLUMNS} FROM eligibility_decisions d JOIN benefit_parameter_sets s ON s.id = d.parameter_set_id
     WHERE d.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, toDecision(r)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Every decision of each household, newest first, in programme order within one decision. */
export async function decisionsByHousehold(
  db: Db,
  householdIds: readonly string[],
): Promise<EligibilityDecision[][]> {
  const rows: EligibilityDecision[] = await db.query(
    `SELECT ${DECISION_COLUMNS} FROM eligibility_decisions d JOIN benefit_parameter_sets s ON s.id = d.parameter_set_id
     WHERE d.household_id = ANY($1::uuid[])
     ORDER BY d.household_id, d.decided_at DESC, array_position($2::text[], d.programme::text), d.programme`,
    [householdIds, PROGRAMMES],
  );
  const byHousehold = new Map<string, EligibilityDecision[]>();
  for (const r of rows) {
    const list = byHousehold.get(r.householdId) ?? [];
    list.push(toDecision(r));
    byHousehold.set(r.householdId, list);
  }
  return householdIds.map((id) => byHousehold.get(id) ?? []);
}

/** Stored parameter sets by id, each as name → value in force. */
export async function parameterSetsById(
  db: Db,
  ids: readonly number[],
): Promise<ReadonlyMap<string, UsedParameter>[]> {
  const rows: { id: number; parameters: UsedParameter[] }[] = await db.query(
    `SELECT id, parameters FROM benefit_parameter_sets WHERE id = ANY($1::int[])`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, new Map(r.parameters.map((p) => [p.name, p]))]));
  return ids.map((id) => byId.get(id) ?? new Map());
}
