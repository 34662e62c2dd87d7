import {
  checkBenefitInput,
  estimateBenefits,
  isRegionCode,
  parametersInForce,
  regionClassesOf,
  regionLevelOf,
  type BenefitHousehold,
  type ParameterTable,
  type ParameterValue,
} from '@ieum/domain';
import { loadBenefitParameters } from '@ieum/db';
import { todayInKorea } from '../../clock';
import type { RequestContext } from '../../context';
import { consumePublicRequest } from '../../graphql/public-rate-limit';
import { ErrorCode, fromFieldProblem, validationError } from '../../graphql/errors';
import {
  BenefitEstimatePayload,
  ParameterMissingError,
  type BenefitEstimateInput,
  type BenefitParameter,
  type BenefitParameterValue,
} from './benefits.types';

let table: ParameterTable | null = null;

// Read once per process (libs/db/data/benefits); server start calls it so a bad file stops start-up.
export function benefitParameterTable(): ParameterTable {
  table ??= loadBenefitParameters();
  return table;
}

const NO_INCOME = { earned: 0, business: 0, property: 0, pension: 0, publicTransfer: 0, privateTransfer: 0 };
const NO_PROPERTY = { residential: 0, general: 0, financial: 0, debt: 0, cars: [] };

// The calculator: nothing is read about a person and nothing is stored, so no access log.
export async function estimateBenefitsFor(
  ctx: RequestContext,
  input: BenefitEstimateInput,
): Promise<BenefitEstimatePayload> {
  const members = input.members.map((m) => ({
    birthDate: m.birthDate,
    relationship: m.relationship,
    disabled: m.disabled,
    disabilitySevere: m.disabilitySevere,
    student: m.student,
    monthlyIncome: { ...NO_INCOME, ...m.monthlyIncome },
  }));
  const property = { ...NO_PROPERTY, ...input.property };
  const housing = input.housing
    ? { tenure: input.housing.tenure, monthlyRent: input.housing.monthlyRent, deposit: input.housing.deposit }
    : null;
  const problems = checkBenefitInput({ asOf: input.asOf, members, property, housing }, todayInKorea());
  const errors = problems.map((p) => fromFieldProblem(p));
  // The limit and the region are two round trips to the database: made together.
  const [, sigunguName] = await Promise.all([
    consumePublicRequest(
      ctx.services.dataSource,
      'calculator',
      ctx.clientAddress,
      ctx.services.publicRateLimit,
    ),
    sigunguNameOf(ctx, input.regionCode),
  ]);
  if (sigunguName === null) {
    errors.push(
      validationError('NOT_ALLOWED_VALUE', 'regionCode is not a known 시군구 or 읍면동 code.', [
        'input',
        'regionCode',
      ]),
    );
  }
  if (errors.length > 0 || sigunguName === null) return payload({ errors });

  const household: BenefitHousehold = {
    asOf: input.asOf,
    regionClass: regionClassesOf(input.regionCode, sigunguName),
    members,
    property,
    supportObligor: input.supportObligor,
    housing,
    crisisSituation: input.crisisSituation,
  };
  const r = estimateBenefits(benefitParameterTable(), household);
  if (!r.ok) {
    const e = Object.assign(new ParameterMissingError(), {
      code: ErrorCode.PARAMETER_MISSING,
      message: r.error.message,
      path: ['input', 'asOf'],
      parameter: r.error.parameter,
      date: r.error.date,
    });
    return payload({ errors: [e] });
  }
  return payload({
    incomeRecognized: r.value.incomeRecognized,
    medianIncome: r.value.medianIncome,
    householdSize: r.value.householdSize,
    results: r.value.results,
  });
}

// The region list is reference data that changes with a migration or a region review, not per request:
// the calculator keeps each code's 시군구 name for an hour instead of asking the database every time.
const SIGUNGU_NAME_TTL_MS = 60 * 60 * 1000;
const sigunguNames = new Map<string, { name: string | null; until: number }>();

export async function sigunguNameOf(ctx: RequestContext, code: string): Promise<string | null> {
  const cached = sigunguNames.get(code);
  if (cached && cached.until > Date.now()) return cached.name;
  const name = await lookUpSigunguName(ctx, code);
  // Only known codes are kept, so random input cannot grow the map past the region list.
  if (name !== null) sigunguNames.set(code, { name, until: Date.now() + SIGUNGU_NAME_TTL_MS });
  return name;
}

async function lookUpSigunguName(ctx: RequestContext, code: string): Promise<string | null> {
  if (!isRegionCode(code)) return null;
  let level;
  try {
    level = regionLevelOf(code);
  } catch {
    return null;
  }
  if (level === 'SIDO') return null;
  // An 읍면동's 시군구 is nearly always its first five digits: ask for both in one batch, and follow
  // parentCode only where it says otherwise.
  const guess = `${code.slice(0, 5)}00000`;
  const [region, guessed] = await Promise.all([
    ctx.loaders.region.load(code),
    level === 'EUPMYEONDONG' ? ctx.loaders.region.load(guess) : null,
  ]);
  if (!region) return null;
  if (level === 'SIGUNGU') return region.name;
  if (!region.parentCode) return null;
  const parent = region.parentCode === guess ? guessed : await ctx.loaders.region.load(region.parentCode);
  return parent?.name ?? null;
}

function payload(fields: Partial<BenefitEstimatePayload>): BenefitEstimatePayload {
  return Object.assign(new BenefitEstimatePayload(), {
    incomeRecognized: null,
    medianIncome: null,
    householdSize: null,
    results: [],
    errors: [],
    ...fields,
  });
}

export function listBenefitParameters(asOf: string): BenefitParameter[] {
  return parametersInForce(benefitParameterTable(), asOf).map(({ parameter, inForce }) => ({
    name: parameter.name,
    family: parameter.family,
    description: parameter.description,
    unit: parameter.unit,
    inForce: toValue(inForce),
    history: parameter.values.map(toValue),
  }));
}

function toValue(v: ParameterValue): BenefitParameterValue {
  return {
    effectiveFrom: v.effectiveFrom,
    value: String(v.value),
    source: v.source,
    unverified: v.unverified,
    note: v.note,
  };
}
