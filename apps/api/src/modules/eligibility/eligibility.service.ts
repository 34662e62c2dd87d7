import { createHash } from 'node:crypto';
import {
  benefitHouseholdOf,
  canonicalParameterSet,
  checkBenefitInput,
  checkMeansInput,
  compactTrace,
  estimateBenefits,
  parameterSetOf,
  PROGRAMMES,
  regionClassesOf,
  type MeansProperty as DomainMeansProperty,
  type ParameterTable,
  type Programme,
  type UsedParameter,
} from '@ieum/domain';
import type { EntityManager, QueryRunner } from 'typeorm';
import { isUniqueViolation } from '@ieum/db';
import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import {
  checkId,
  ErrorCode,
  fromFieldProblem,
  inputError,
  validationError,
  type UserError,
} from '../../graphql/errors';
import { benefitParameterTable, sigunguNameOf } from '../benefits/benefits.service';
import { ParameterMissingError } from '../benefits/benefits.types';
import { readHousehold, recordHouseholdAccess } from '../consents/household-access';
import type { Household } from '../households/households.types';
import { queueGuidance } from '../membership/guidance-queue';
import { decisionsById, meansById, meansInForce } from './eligibility.queries';
import {
  DecideEligibilityPayload,
  RecordHouseholdMeansPayload,
  type DecideEligibilityInput,
  type EligibilityDecision,
  type HouseholdMeans,
  type RecordHouseholdMeansInput,
} from './eligibility.types';

const HOUSEHOLD_PATH = ['input', 'householdId'];
const noHousehold = () => inputError(ErrorCode.NOT_FOUND, 'There is no such household.', HOUSEHOLD_PATH);
const meansPayload = (means: HouseholdMeans | null, errors: UserError[] = []) =>
  Object.assign(new RecordHouseholdMeansPayload(), { means, errors });
const decisionsPayload = (decisions: EligibilityDecision[], errors: UserError[] = []) =>
  Object.assign(new DecideEligibilityPayload(), { decisions, errors });

// 소득·재산 are FINANCES: the one household guard refuses outside the worker's area (FORBIDDEN) or
// without a consent covering them (NO_CONSENT), and logs the members' read.
const householdForMeans = (ctx: RequestContext, householdId: string) =>
  readHousehold(ctx, checkId(householdId, 'input.householdId'), 'FINANCES');

/** Records a household's means as of a date, with every row, in one transaction. */
export async function recordHouseholdMeans(
  ctx: RequestContext,
  input: RecordHouseholdMeansInput,
): Promise<RecordHouseholdMeansPayload> {
  const household = await householdForMeans(ctx, input.householdId);
  if (!household) return meansPayload(null, [noHousehold()]);
  const members = await ctx.loaders.householdMembers.load(household.id);
  const property: DomainMeansProperty[] = input.property.map((p) => ({
    personId: p.personId ?? null,
    kind: p.kind,
    amount: p.amount,
    source: p.source,
    engineCc: p.engineCc ?? null,
    modelYear: p.modelYear ?? null,
    use: p.use ?? null,
  }));
  const record = { asOf: input.asOf, incomes: input.incomes, property, facts: input.facts };
  const problems = checkMeansInput(
    record,
    members.map((m) => m.person.id),
    todayInKorea(),
  );
  if (problems.length)
    return meansPayload(
      null,
      problems.map((p) => fromFieldProblem(p)),
    );

  const id = await ctx.services.dataSource.transaction(async (tx) => {
    const [row] = await tx.query(
      `INSERT INTO household_means (household_id, as_of, recorded_by) VALUES ($1, $2, $3) RETURNING id`,
      [household.id, record.asOf, ctx.actor!.account],
    );
    const means: string = row.id;
    if (record.incomes.length)
      await tx.query(
        `INSERT INTO household_means_incomes (means_id, line, person_id, kind, monthly_amount, source)
         SELECT $1, t.line, t.person, t.kind, t.amount, t.source
         FROM unnest($2::uuid[], $3::varchar[], $4::bigint[], $5::varchar[]) WITH ORDINALITY AS t(person, kind, amount, source, line)`,
        [
          means,
          record.incomes.map((r) => r.personId),
          record.incomes.map((r) => r.kind),
          record.incomes.map((r) => r.monthlyAmount),
          record.incomes.map((r) => r.source),
        ],
      );
    if (property.length)
      await tx.query(
        `INSERT INTO household_means_property (means_id, line, person_id, kind, amount, source, engine_cc, model_year, car_use)
         SELECT $1, t.line, t.person, t.kind, t.amount, t.source, t.cc, t.year, t.use
         FROM unnest($2::uuid[], $3::varchar[], $4::bigint[], $5::varchar[], $6::int[], $7::smallint[], $8::varchar[])
           WITH ORDINALITY AS t(person, kind, amount, source, cc, year, use, line)`,
        [
          means,
          property.map((r) => r.personId),
          property.map((r) => r.kind),
          property.map((r) => r.amount),
          property.map((r) => r.source),
          property.map((r) => r.engineCc),
          property.map((r) => r.modelYear),
          property.map((r) => r.use),
        ],
      );
    if (record.facts.length)
      await tx.query(
        `INSERT INTO household_means_facts (means_id, person_id, disabled, student)
         SELECT $1, t.person, t.disabled, t.student FROM unnest($2::uuid[], $3::boolean[], $4::boolean[]) AS t(person, disabled, student)`,
        [
          means,
          record.facts.map((f) => f.personId),
          record.facts.map((f) => f.disabled),
          record.facts.map((f) => f.student),
        ],
      );
    // 복지멤버십: new means are a reason to look again (nothing is queued for a non-member).
    await queueGuidance(tx, [household.id], 'MEANS');
    return means;
  });
  await recordHouseholdAccess(ctx, household.id, 'CREATE');
  return meansPayload((await meansById(ctx.services.dataSource, [id]))[0]);
}

/** The hash that names a parameter set: the same names, dates and values give the same version. */
const versionOf = (canonical: string) => createHash('sha256').update(canonical).digest('hex').slice(0, 32);

/** The parameter set's id, stored once whoever asks first (decisions and batch runs share them). */
export async function storeParameterSet(
  tx: EntityManager | QueryRunner,
  version: string,
  set: readonly UsedParameter[],
): Promise<number> {
  await tx.query(
    `INSERT INTO benefit_parameter_sets (version, parameters) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING`,
    [version, JSON.stringify(set)],
  );
  const [{ id }] = await tx.query(`SELECT id FROM benefit_parameter_sets WHERE version = $1`, [version]);
  return id;
}

/** The parameter values in force on a date and the version that names them. */
export function parameterSetOn(table: ParameterTable, asOf: string) {
  const set = parameterSetOf(table, asOf);
  return { set, version: versionOf(canonicalParameterSet(set)) };
}

/**
 * Decides each programme asked for on `asOf` from the means in force then, and stores one decision
 * per programme, each superseding the household's current one for that programme, in one
 * transaction.
 */
export async function decideEligibility(
  ctx: RequestContext,
  input: DecideEligibilityInput,
): Promise<DecideEligibilityPayload> {
  const household = await householdForMeans(ctx, input.householdId);
  if (!household) return decisionsPayload([], [noHousehold()]);
  const programmes = input.programmes ?? [...PROGRAMMES];
  const errors: UserError[] = [];
  if (input.asOf > todayInKorea())
    errors.push(validationError('DATE_IN_FUTURE', 'A decision is for today or earlier.', ['input', 'asOf']));
  if (programmes.length === 0)
    errors.push(
      validationError('TOO_FEW', 'Ask for at least one programme.', ['input', 'programmes'], { min: 1 }),
    );
  programmes.forEach((p, i) => {
    if (programmes.indexOf(p) !== i)
      errors.push(
        validationError('DUPLICATE_ITEM', 'Each programme once.', ['input', 'programmes', String(i)]),
      );
  });
  if (errors.length) return decisionsPayload([], errors);

  const db = ctx.services.dataSource;
  const meansId = await meansInForce(db, household.id, input.asOf);
  if (!meansId)
    return decisionsPayload(
      [],
      [
        inputError(
          ErrorCode.INVALID_STATE,
          `No means (소득·재산) are recorded for this household as of ${input.asOf}: record them first (recordHouseholdMeans).`,
          ['input', 'asOf'],
        ),
      ],
    );
  const means = (await meansById(db, [meansId]))[0]!;
  const built = await engineHousehold(ctx, household, means, input);
  if ('errors' in built) return decisionsPayload([], built.errors);

  const table = benefitParameterTable();
  const estimate = estimateBenefits(table, built.household);
  if (!estimate.ok)
    return decisionsPayload(
      [],
      [
        Object.assign(new ParameterMissingError(), {
          code: ErrorCode.PARAMETER_MISSING,
          message: estimate.error.message,
          path: ['input', 'asOf'],
          parameter: estimate.error.parameter,
          date: estimate.error.date,
        }),
      ],
    );
  const results = estimate.value.results.filter((r) => programmes.includes(r.programme));
  const { set, version } = parameterSetOn(table, input.asOf);

  let ids: string[];
  try {
    ids = await db.transaction(async (tx) => {
      const setId = await storeParameterSet(tx, version, set);
      // Deciders of one household take turns, so each new decision supersedes the one current now.
      await tx.query(`SELECT 1 FROM households WHERE id = $1 FOR UPDATE`, [household.id]);
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO eligibility_decisions (household_id, programme, as_of, eligible, monthly_amount, threshold,
           income_recognized, reasons, trace, parameter_set_id, means_id, support_obligor, supersedes_id, decided_by)
         SELECT $1, r.programme, $2, r.eligible, r.monthly_amount, r.threshold, r.income_recognized,
           ARRAY(SELECT jsonb_array_elements_text(r.reasons)), r.trace, $3, $4, $5,
           (SELECT d.id FROM eligibility_decisions d WHERE d.household_id = $1 AND d.programme = r.programme
              AND NOT EXISTS (SELECT 1 FROM eligibility_decisions n WHERE n.supersedes_id = d.id)),
           $6
         FROM jsonb_to_recordset($7::jsonb) AS r(ord int, programme varchar, eligible boolean, monthly_amount bigint,
           threshold bigint, income_recognized bigint, reasons jsonb, trace jsonb)
         ORDER BY r.ord
         RETURNING id`,
        [
          household.id,
          input.asOf,
          setId,
          means.id,
          input.supportObligor,
          ctx.actor!.account,
          JSON.stringify(
            results.map((r, ord) => ({
              ord,
              programme: r.programme,
              eligible: r.eligible,
              monthly_amount: r.monthlyAmount,
              threshold: r.threshold,
              income_recognized: r.incomeRecognized,
              reasons: r.reasons,
              trace: compactTrace(r.trace),
            })),
          ),
        ],
      );
      return rows.map((r) => r.id);
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return decisionsPayload(
      [],
      [
        inputError(
          ErrorCode.CONFLICT,
          'Someone decided this household at the same moment; try again.',
          HOUSEHOLD_PATH,
        ),
      ],
    );
  }
  await recordHouseholdAccess(ctx, household.id, 'CREATE');
  const stored = await decisionsById(db, ids);
  // Programme order, as the engine answers.
  const order = (p: Programme) => PROGRAMMES.indexOf(p);
  return decisionsPayload(
    stored
      .filter((d): d is EligibilityDecision => d !== null)
      .sort((a, b) => order(a.programme) - order(b.programme)),
  );
}

/** The engine's household from the registry and a means record, or the problems that stop it. */
async function engineHousehold(
  ctx: RequestContext,
  household: Household,
  means: HouseholdMeans,
  input: DecideEligibilityInput,
) {
  const members = await ctx.loaders.householdMembers.load(household.id);
  const sigunguName = await sigunguNameOf(ctx, household.regionCode);
  if (sigunguName === null) throw new Error(`household region ${household.regionCode} has no 시군구`);
  const built = benefitHouseholdOf({
    asOf: input.asOf,
    regionClass: regionClassesOf(household.regionCode, sigunguName),
    supportObligor: input.supportObligor,
    members: members.map((m) => ({
      personId: m.person.id,
      birthDate: m.person.birthDate,
      relationship: m.relationship,
    })),
    means,
  });
  // The registry can still say something the engine refuses (no members left, a member born after
  // asOf): say so at the input that leads there rather than give a wrong number.
  const problems = checkBenefitInput(built, todayInKorea());
  if (problems.length)
    return {
      errors: problems.map((p) =>
        validationError(
          p.rule,
          `The household as registered: ${p.message}`,
          p.field === 'members' ? HOUSEHOLD_PATH : ['input', 'asOf'],
          p,
        ),
      ),
    };
  return { household: built };
}

/** A household's decisions (FINANCES): the current one of each programme, or every one with history. */
export async function decisionsOfHousehold(
  ctx: RequestContext,
  householdId: string,
  includeSuperseded: boolean,
): Promise<EligibilityDecision[]> {
  const household = await readHousehold(ctx, checkId(householdId, 'householdId'), 'FINANCES');
  if (!household) return [];
  const all = await ctx.loaders.decisionsOfHousehold.load(household.id);
  return includeSuperseded ? all : all.filter((d) => !d.superseded);
}

/** A household's means records (FINANCES), the one in force first. */
export async function meansOfHousehold(ctx: RequestContext, household: Household): Promise<HouseholdMeans[]> {
  await readHousehold(ctx, household, 'FINANCES');
  const ids = await ctx.loaders.meansOfHousehold.load(household.id);
  const records = await ctx.loaders.meansRecord.loadMany(ids);
  return records.filter((r): r is HouseholdMeans => r !== null && !(r instanceof Error));
}
