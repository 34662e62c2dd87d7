// 발굴 기준 (screening rules) as data: the national default and each 시군구's own document are
// stored per region and validated here before use (docs/style.md §6, "local screening rules are data
// too"). risk-score.ts gives the semantics; the SQL scoring reads the same documents.
import { z } from 'zod';
import type { RuleBounds, ValidationRule } from '../validation/validation-rule';
import { err, ok, type Result } from '../result';

export type HouseholdCondition =
  // The household's 읍면동 is a 읍 or a 면 (name ends with '읍' or '면'): 농어촌 under 지방자치법.
  | { type: 'RURAL' }
  // Every member's 만 나이 on asOf >= age; false for an empty household.
  | { type: 'ALL_MEMBERS_AGED_AT_LEAST'; age: number }
  | { type: 'ANY_MEMBER_AGED_UNDER'; age: number }
  // e.g. 1 = single-person household (1인 가구).
  | { type: 'MEMBER_COUNT_AT_MOST'; count: number }
  // Some counted signal of that kind has value < threshold (e.g. 전세 deposit under the region's threshold).
  | { type: 'SIGNAL_VALUE_BELOW'; kind: string; threshold: number }
  // Number of kinds with points > 0.
  | { type: 'DISTINCT_KINDS_AT_LEAST'; count: number };

// The six household condition types, declared once: each parameter with its kind and bounds. The
// zod schema, the JSON Schema and the web editor are built from this table; the two evaluators
// (risk-score.ts, and the SQL in the API's scoring.ts) keep an exhaustive switch over the types.
export type ConditionParam =
  { kind: 'integer'; min: number; max: number } | { kind: 'number' } | { kind: 'indicatorKind' };

// Bounds no source sets, chosen so a typo (age 650) is caught rather than silently never true.
const AGE = { kind: 'integer', min: 0, max: 150 } as const;
const COUNT = { kind: 'integer', min: 0, max: 1000 } as const;

export const CONDITION_SPECS = {
  RURAL: {},
  ALL_MEMBERS_AGED_AT_LEAST: { age: AGE },
  ANY_MEMBER_AGED_UNDER: { age: AGE },
  MEMBER_COUNT_AT_MOST: { count: COUNT },
  SIGNAL_VALUE_BELOW: { kind: { kind: 'indicatorKind' }, threshold: { kind: 'number' } },
  DISTINCT_KINDS_AT_LEAST: { count: COUNT },
} as const satisfies Record<HouseholdCondition['type'], Record<string, ConditionParam>>;

export type ConditionType = keyof typeof CONDITION_SPECS;

// The condition a spec describes, which must be exactly HouseholdCondition (checked at compile time).
type ParamValue<P> = P extends { kind: 'indicatorKind' } ? string : number;
type SpecCondition = {
  [T in ConditionType]: { type: T } & {
    -readonly [K in keyof (typeof CONDITION_SPECS)[T]]: ParamValue<(typeof CONDITION_SPECS)[T][K]>;
  };
}[ConditionType];
const _specsMatch: [
  SpecCondition extends HouseholdCondition ? true : false,
  HouseholdCondition extends SpecCondition ? true : false,
] = [true, true];
void _specsMatch;
export const CONDITION_TYPES = Object.keys(CONDITION_SPECS) as ConditionType[];

export interface IndicatorRule {
  weight: number;
  /** Multiply by the signal's value (e.g. months in arrears) instead of counting it once. */
  perUnit?: boolean;
  /** Cap on the units of a perUnit rule; no cap when absent. */
  maxUnits?: number;
}

export interface HouseholdRule {
  code: string;
  label: string;
  points: number;
  /** All must hold. */
  when: HouseholdCondition[];
}

export interface ScreeningRuleDocument {
  schemaVersion: 1;
  /** Integer 1..730: signals with asOf - lookbackDays < observedOn <= asOf count. */
  lookbackDays: number;
  /** Integer 1..3650: fade = 0.5 ** (ageDays / halfLifeDays). */
  halfLifeDays: number;
  /** 0..100000 */
  minScore: number;
  /** Integer 0..100000. National document: the national quota per 시군구; a 시군구's document: its own extra (local) quota. */
  quota: number;
  /** kind code -> rule; kinds absent are ignored. */
  indicators: Record<string, IndicatorRule>;
  householdRules: HouseholdRule[];
}

export interface RuleProblem extends RuleBounds {
  /** Path inside the document, e.g. ['indicators', 'POWER_CUT', 'weight']. */
  path: (string | number)[];
  rule: ValidationRule;
  message: string;
}

export const MAX_HOUSEHOLD_RULES = 20;
export const MAX_CONDITIONS_PER_RULE = 10;
export const HOUSEHOLD_RULE_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

const finite = () => z.number().finite();
// Both bounds travel in the message, so a value out of range is told the whole range ("1–730"), as
// the form's hint says it, whichever end it missed.
const int = (min: number, max: number) => {
  const range = { message: `${min}..${max}` };
  return z.number().int().min(min, range).max(max, range);
};
const RANGE_MESSAGE = /^(-?\d+)\.\.(-?\d+)$/;

function buildSchema(knownKinds: ReadonlySet<string>) {
  const kindCode = z.string().refine(
    (k) => knownKinds.has(k),
    (k) => ({ message: `unknown indicator kind '${k}'` }),
  );

  const param = (p: ConditionParam) =>
    p.kind === 'integer' ? int(p.min, p.max) : p.kind === 'number' ? finite() : kindCode;
  const [first, ...rest] = CONDITION_TYPES.map((type) =>
    z
      .object({
        type: z.literal(type),
        ...Object.fromEntries(
          Object.entries(CONDITION_SPECS[type] as Record<string, ConditionParam>).map(([k, p]) => [
            k,
            param(p),
          ]),
        ),
      })
      .strict(),
  );
  // zod cannot infer a union built in a loop; SpecCondition (checked against HouseholdCondition
  // below) is its exact type.
  const condition = z.discriminatedUnion('type', [first, ...rest]) as unknown as z.ZodType<SpecCondition>;

  const indicatorRule = z
    .object({
      weight: finite().min(0).max(1000),
      perUnit: z.boolean().optional(),
      maxUnits: finite().gt(0).optional(),
    })
    .strict();

  const householdRule = z
    .object({
      code: z
        .string()
        .regex(HOUSEHOLD_RULE_CODE, 'code must be 2-40 characters: A-Z first, then A-Z, 0-9 or _'),
      label: z.string().min(1).max(100),
      points: finite().min(-1000).max(1000),
      when: z.array(condition).min(1).max(MAX_CONDITIONS_PER_RULE),
    })
    .strict();

  return z
    .object({
      schemaVersion: z.literal(1),
      lookbackDays: int(1, 730),
      halfLifeDays: int(1, 3650),
      minScore: finite().min(0).max(100_000),
      quota: int(0, 100_000),
      indicators: z.record(kindCode, indicatorRule),
      householdRules: z
        .array(householdRule)
        .max(MAX_HOUSEHOLD_RULES)
        .superRefine((rules, ctx) => {
          const seen = new Set<string>();
          rules.forEach((r, i) => {
            if (seen.has(r.code)) {
              ctx.addIssue({
                code: z.ZodIssueCode.custom,
                path: [i, 'code'],
                message: `duplicate rule code '${r.code}'`,
              });
            }
            seen.add(r.code);
          });
        }),
    })
    .strict();
}

const minOf = (message: string) => {
  const m = RANGE_MESSAGE.exec(message);
  return m ? { min: Number(m[1]) } : {};
};
const maxOf = (message: string) => {
  const m = RANGE_MESSAGE.exec(message);
  return m ? { max: Number(m[2]) } : {};
};

// Which rule a zod issue broke, with its bounds: numbers out of range, lists too short or long,
// strings too long, values not allowed (an unknown kind, a wrong literal), a duplicate rule code.
function ruleOfIssue(issue: z.ZodIssue): { rule: ValidationRule } & RuleBounds {
  switch (issue.code) {
    case z.ZodIssueCode.too_small: {
      const min = Number(issue.minimum);
      if (issue.type === 'array') return { rule: 'TOO_FEW', min };
      if (issue.type === 'string') return { rule: min <= 1 ? 'REQUIRED' : 'TOO_SHORT', min };
      return { rule: 'OUT_OF_RANGE', min, ...maxOf(issue.message) };
    }
    case z.ZodIssueCode.too_big: {
      const max = Number(issue.maximum);
      if (issue.type === 'array') return { rule: 'TOO_MANY', max };
      if (issue.type === 'string') return { rule: 'TOO_LONG', limit: max, max };
      return { rule: 'OUT_OF_RANGE', ...minOf(issue.message), max };
    }
    case z.ZodIssueCode.invalid_type:
      return issue.received === 'undefined' ? { rule: 'REQUIRED' } : { rule: 'INVALID_FORMAT' };
    case z.ZodIssueCode.invalid_string:
      return { rule: 'INVALID_FORMAT' };
    case z.ZodIssueCode.custom:
      return { rule: issue.message.startsWith('duplicate') ? 'DUPLICATE_ITEM' : 'NOT_ALLOWED_VALUE' };
    default:
      // invalid_literal, invalid_enum_value, invalid_union_discriminator, not_finite, …
      return { rule: 'NOT_ALLOWED_VALUE' };
  }
}

// Schemas are built per set of known kinds (the refinements close over it) and reused.
const schemas = new WeakMap<ReadonlySet<string>, ReturnType<typeof buildSchema>>();

// Compile-time check that the schema's output is exactly the published interface.
type Parsed = z.infer<ReturnType<typeof buildSchema>>;
const _sameShape: [
  Parsed extends ScreeningRuleDocument ? true : false,
  ScreeningRuleDocument extends Parsed ? true : false,
] = [true, true];
void _sameShape;

/**
 * Validates a rule document (strict: unknown keys are problems) and that every kind code it names,
 * as an indicators key or a SIGNAL_VALUE_BELOW kind, is known. Returns a deep copy on success.
 */
export function validateRuleDocument(
  doc: unknown,
  knownKinds: ReadonlySet<string>,
): Result<ScreeningRuleDocument, RuleProblem[]> {
  let schema = schemas.get(knownKinds);
  if (schema === undefined) {
    schema = buildSchema(knownKinds);
    schemas.set(knownKinds, schema);
  }
  const parsed = schema.safeParse(doc);
  if (parsed.success) return ok(parsed.data);
  const problems: RuleProblem[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === z.ZodIssueCode.unrecognized_keys) {
      // One problem per key, pointing at the key itself.
      for (const key of issue.keys)
        problems.push({
          path: [...issue.path, key],
          rule: 'NOT_ALLOWED_VALUE',
          message: `unknown key '${key}'`,
        });
    } else {
      const bounds = RANGE_MESSAGE.exec(issue.message);
      const message = bounds ? `must be a whole number from ${bounds[1]} to ${bounds[2]}` : issue.message;
      problems.push({ path: [...issue.path], message, ...ruleOfIssue(issue) });
    }
  }
  return err(problems);
}

// Illustrative starting points for analysts to tune, NOT official weights: 사회보장정보원 does not
// publish its model's weights. Reasoning: a cut-off supply (단전·단수·단가스) or a death, fire,
// disaster or suicide risk is an acute crisis; arrears grow with the months unpaid (feed value =
// months in arrears), capped so long-standing debt does not swamp everything else; employment and
// living-standard indicators are moderate; records that describe rather than signal a crisis
// (주민등록 세대원) weigh 0.
export const DEFAULT_NATIONAL_RULES: ScreeningRuleDocument = {
  schemaVersion: 1,
  lookbackDays: 365,
  halfLifeDays: 180,
  minScore: 30,
  quota: 100,
  indicators: {
    // 요금 체납
    POWER_CUT: { weight: 30 },
    WATER_CUT: { weight: 30 },
    GAS_CUT: { weight: 30 },
    ELECTRICITY_BILL_ARREARS: { weight: 5, perUnit: true, maxUnits: 4 },
    HEALTH_INSURANCE_PREMIUM_ARREARS: { weight: 5, perUnit: true, maxUnits: 6 },
    NATIONAL_PENSION_ARREARS: { weight: 2, perUnit: true, maxUnits: 6 },
    MAINTENANCE_FEE_ARREARS: { weight: 5, perUnit: true, maxUnits: 4 },
    RENT_ARREARS: { weight: 5, perUnit: true, maxUnits: 4 },
    TELECOM_BILL_ARREARS: { weight: 3, perUnit: true, maxUnits: 5 },
    // 생활수준 추정
    ELDERLY_LONG_TERM_CARE: { weight: 10 },
    EXCESSIVE_MEDICAL_EXPENSES: { weight: 20 },
    // value = deposit in won; the deposit itself is judged by the LOW_JEONSE_DEPOSIT rule.
    JEONSE_VULNERABLE_HOUSEHOLD: { weight: 15 },
    MONTHLY_RENT_VULNERABLE_HOUSEHOLD: { weight: 15 },
    FINANCIAL_DELINQUENCY: { weight: 15 },
    HEALTH_INSURANCE_PREMIUM_ASSESSMENT: { weight: 5 },
    CUSTOMIZED_BENEFIT_APPLICATION_INCOME_ASSETS: { weight: 10 },
    // 상황 변동
    FACILITY_LEAVER: { weight: 25 },
    BASIC_OR_EMERGENCY_APPLICATION_REJECTED: { weight: 25 },
    BUSINESS_CLOSURE: { weight: 20 },
    FIRE_DAMAGE: { weight: 35 },
    DISASTER_DAMAGE: { weight: 35 },
    HOUSEHOLD_HEAD_DEATH: { weight: 40 },
    LONG_TERM_CARE_GRADE: { weight: 10 },
    SEVERE_DISEASE_COPAY_EXEMPTION: { weight: 20 },
    // No claims for a long time may mean isolation (고독사 risk) as well as good health.
    LONG_TERM_NO_MEDICAL_CLAIMS: { weight: 20 },
    RESIDENT_REGISTRATION_HOUSEHOLD_MEMBERS: { weight: 0 },
    // 근로 위기
    UNEMPLOYMENT_BENEFIT_RECIPIENT: { weight: 15 },
    UNEMPLOYMENT_BENEFIT_NON_RECIPIENT: { weight: 25 },
    NOT_EMPLOYED_AFTER_INDUSTRIAL_INJURY_CARE: { weight: 20 },
    UNEMPLOYED_DAY_LABORER: { weight: 20 },
    INDIVIDUAL_EXTENDED_BENEFIT: { weight: 20 },
    // 타 복지사업 관련
    STUDENT_IN_CRISIS: { weight: 20 },
    NUTRITION_PLUS_NOT_SUPPORTED: { weight: 10 },
    VISITING_HEALTH_CARE_GROUP: { weight: 15 },
    DIAPER_FORMULA_SUPPORT: { weight: 10 },
    NEWBORN_HEARING_LOSS_CONFIRMED: { weight: 10 },
    // 기타
    SUICIDE_HIGH_RISK_MANAGED: { weight: 50 },
    SUICIDE_ATTEMPT_ER_VISIT: { weight: 50 },
    CRIME_VICTIM: { weight: 20 },
  },
  householdRules: [
    {
      code: 'RURAL_ELDERLY_ONLY',
      label: '농어촌(읍·면) 65세 이상 노인만 사는 가구',
      points: 20,
      when: [{ type: 'RURAL' }, { type: 'ALL_MEMBERS_AGED_AT_LEAST', age: 65 }],
    },
    {
      code: 'LIVING_ALONE',
      label: '1인 가구',
      points: 10,
      when: [{ type: 'MEMBER_COUNT_AT_MOST', count: 1 }],
    },
    {
      code: 'MULTIPLE_CRISES',
      label: '위기정보 3종 이상 중복',
      points: 15,
      when: [{ type: 'DISTINCT_KINDS_AT_LEAST', count: 3 }],
    },
    {
      code: 'LOW_JEONSE_DEPOSIT',
      label: '전세보증금 기준 이하 취약가구',
      points: 15,
      // 50,000,000 won: illustrative; a 시군구 sets its own threshold in its document.
      when: [{ type: 'SIGNAL_VALUE_BELOW', kind: 'JEONSE_VULNERABLE_HOUSEHOLD', threshold: 50_000_000 }],
    },
  ],
};

const conditionSchema = (type: string, props: Record<string, object>) => ({
  type: 'object',
  additionalProperties: false,
  required: ['type', ...Object.keys(props)],
  properties: { type: { const: type }, ...props },
});

// Hand-written mirror of the zod schema above for partners and the README; rule-document.test.ts
// checks it against the zod schema's keys and DEFAULT_NATIONAL_RULES. Kind codes are checked
// against the live list at validation time, so they are only described here.
export const RULE_DOCUMENT_JSON_SCHEMA: object = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Ieum screening rule document (발굴 기준)',
  description:
    "A local government's 복지사각지대 발굴 rules. Signals with asOf - lookbackDays < observedOn <= asOf count; " +
    'each scores weight × units × 0.5^(ageDays/halfLifeDays); per kind the highest-scoring signal counts; ' +
    'household rules whose conditions all hold add their points.',
  type: 'object',
  additionalProperties: false,
  required: [
    'schemaVersion',
    'lookbackDays',
    'halfLifeDays',
    'minScore',
    'quota',
    'indicators',
    'householdRules',
  ],
  properties: {
    schemaVersion: { const: 1 },
    lookbackDays: { type: 'integer', minimum: 1, maximum: 730 },
    halfLifeDays: { type: 'integer', minimum: 1, maximum: 3650 },
    minScore: { type: 'number', minimum: 0, maximum: 100000 },
    quota: {
      type: 'integer',
      minimum: 0,
      maximum: 100000,
      description:
        'National document: the national quota per 시군구; a 시군구 document: its own extra (local) quota.',
    },
    indicators: {
      type: 'object',
      description:
        'Crisis-indicator kind code (e.g. POWER_CUT) -> rule. Kinds absent are ignored; unknown codes are rejected.',
      additionalProperties: { $ref: '#/$defs/indicatorRule' },
    },
    householdRules: {
      type: 'array',
      maxItems: MAX_HOUSEHOLD_RULES,
      items: { $ref: '#/$defs/householdRule' },
    },
  },
  $defs: {
    indicatorRule: {
      type: 'object',
      additionalProperties: false,
      required: ['weight'],
      properties: {
        weight: { type: 'number', minimum: 0, maximum: 1000 },
        perUnit: { type: 'boolean', description: 'Multiply by the signal value (e.g. months in arrears).' },
        maxUnits: {
          type: 'number',
          exclusiveMinimum: 0,
          description: 'Cap on units when perUnit; no cap when absent.',
        },
      },
    },
    householdRule: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'label', 'points', 'when'],
      properties: {
        code: {
          type: 'string',
          pattern: HOUSEHOLD_RULE_CODE.source,
          description: 'Unique within the document.',
        },
        label: { type: 'string', minLength: 1, maxLength: 100 },
        points: { type: 'number', minimum: -1000, maximum: 1000 },
        when: {
          type: 'array',
          minItems: 1,
          maxItems: MAX_CONDITIONS_PER_RULE,
          description: 'All must hold.',
          items: { $ref: '#/$defs/condition' },
        },
      },
    },
    condition: {
      oneOf: CONDITION_TYPES.map((type) =>
        conditionSchema(
          type,
          Object.fromEntries(
            Object.entries(CONDITION_SPECS[type] as Record<string, ConditionParam>).map(([k, p]) => [
              k,
              p.kind === 'integer'
                ? { type: 'integer', minimum: p.min, maximum: p.max }
                : p.kind === 'number'
                  ? { type: 'number' }
                  : { type: 'string', description: 'A crisis-indicator kind code' },
            ]),
          ),
        ),
      ),
    },
  },
};

/** For tests and tools: the zod schema for a set of known kinds. */
export function ruleDocumentSchema(knownKinds: ReadonlySet<string>) {
  return buildSchema(knownKinds);
}
