import { describe, expect, it } from 'vitest';
import { CRISIS_INDICATOR_KIND_CODES, CRISIS_INDICATOR_KINDS } from '../indicators/crisis-indicator-kinds';
import {
  DEFAULT_NATIONAL_RULES,
  RULE_DOCUMENT_JSON_SCHEMA,
  ruleDocumentSchema,
  validateRuleDocument,
  type ScreeningRuleDocument,
} from './rule-document';

const KINDS = CRISIS_INDICATOR_KIND_CODES;
const clone = (): ScreeningRuleDocument => structuredClone(DEFAULT_NATIONAL_RULES);
// Returns a copy of the default with one change made by `edit` (which may break the types on purpose).
const edited = (edit: (d: any) => void): unknown => {
  const d = clone();
  edit(d);
  return d;
};

describe('DEFAULT_NATIONAL_RULES', () => {
  it('is a valid document', () => {
    expect(validateRuleDocument(DEFAULT_NATIONAL_RULES, KINDS)).toEqual({
      ok: true,
      value: DEFAULT_NATIONAL_RULES,
    });
  });

  it('has a weight for every one of the 39 kinds and no other', () => {
    expect(Object.keys(DEFAULT_NATIONAL_RULES.indicators).sort()).toEqual(
      CRISIS_INDICATOR_KINDS.map((k) => k.code).sort(),
    );
  });

  it.each([
    { name: 'looks back 365 days', key: 'lookbackDays', value: 365 },
    { name: 'halves a signal every 180 days', key: 'halfLifeDays', value: 180 },
    { name: 'needs a score of 30', key: 'minScore', value: 30 },
    { name: 'picks 100 households per 시군구', key: 'quota', value: 100 },
  ] as const)('the national default $name', ({ key, value }) => {
    expect(DEFAULT_NATIONAL_RULES[key]).toBe(value);
  });

  it.each([
    { name: 'a power cut weighs 30', kind: 'POWER_CUT', rule: { weight: 30 } },
    {
      name: 'health-insurance arrears weigh 5 per month up to 6 months',
      kind: 'HEALTH_INSURANCE_PREMIUM_ARREARS',
      rule: { weight: 5, perUnit: true, maxUnits: 6 },
    },
    { name: 'the death of the household head weighs 40', kind: 'HOUSEHOLD_HEAD_DEATH', rule: { weight: 40 } },
    {
      name: 'an emergency-room visit for a suicide attempt weighs 50',
      kind: 'SUICIDE_ATTEMPT_ER_VISIT',
      rule: { weight: 50 },
    },
    { name: 'fire damage weighs 35', kind: 'FIRE_DAMAGE', rule: { weight: 35 } },
  ])('in the national default $name', ({ kind, rule }) => {
    expect(DEFAULT_NATIONAL_RULES.indicators[kind]).toEqual(rule);
  });

  it('has the four national household rules', () => {
    expect(DEFAULT_NATIONAL_RULES.householdRules.map((r) => [r.code, r.points])).toEqual([
      ['RURAL_ELDERLY_ONLY', 20],
      ['LIVING_ALONE', 10],
      ['MULTIPLE_CRISES', 15],
      ['LOW_JEONSE_DEPOSIT', 15],
    ]);
  });
});

describe('validateRuleDocument', () => {
  it.each<{ name: string; doc: unknown; problems: { path: (string | number)[]; message?: RegExp }[] }>([
    { name: 'a document that is not an object is refused', doc: 'rules', problems: [{ path: [] }] },
    {
      name: 'schemaVersion 2 is refused',
      doc: edited((d) => (d.schemaVersion = 2)),
      problems: [{ path: ['schemaVersion'] }],
    },
    {
      name: 'a missing quota is refused',
      doc: edited((d) => delete d.quota),
      problems: [{ path: ['quota'], message: /Required/ }],
    },
    {
      name: 'lookbackDays 0 is refused',
      doc: edited((d) => (d.lookbackDays = 0)),
      problems: [{ path: ['lookbackDays'] }],
    },
    {
      name: 'lookbackDays 731 is refused',
      doc: edited((d) => (d.lookbackDays = 731)),
      problems: [{ path: ['lookbackDays'] }],
    },
    {
      name: 'a fractional lookbackDays is refused',
      doc: edited((d) => (d.lookbackDays = 30.5)),
      problems: [{ path: ['lookbackDays'] }],
    },
    {
      name: 'halfLifeDays 3651 is refused',
      doc: edited((d) => (d.halfLifeDays = 3651)),
      problems: [{ path: ['halfLifeDays'] }],
    },
    {
      name: 'a negative minScore is refused',
      doc: edited((d) => (d.minScore = -1)),
      problems: [{ path: ['minScore'] }],
    },
    {
      name: 'minScore over 100000 is refused',
      doc: edited((d) => (d.minScore = 100_001)),
      problems: [{ path: ['minScore'] }],
    },
    {
      name: 'a fractional quota is refused',
      doc: edited((d) => (d.quota = 1.5)),
      problems: [{ path: ['quota'] }],
    },
    {
      name: 'a weight over 1000 is refused',
      doc: edited((d) => (d.indicators.POWER_CUT.weight = 1001)),
      problems: [{ path: ['indicators', 'POWER_CUT', 'weight'] }],
    },
    {
      name: 'a negative weight is refused',
      doc: edited((d) => (d.indicators.POWER_CUT.weight = -1)),
      problems: [{ path: ['indicators', 'POWER_CUT', 'weight'] }],
    },
    {
      name: 'maxUnits 0 is refused',
      doc: edited((d) => (d.indicators.RENT_ARREARS.maxUnits = 0)),
      problems: [{ path: ['indicators', 'RENT_ARREARS', 'maxUnits'] }],
    },
    {
      name: 'an unknown indicator kind is refused',
      doc: edited((d) => (d.indicators.POWER_OUTAGE = { weight: 1 })),
      problems: [{ path: ['indicators', 'POWER_OUTAGE'], message: /unknown indicator kind 'POWER_OUTAGE'/ }],
    },
    {
      name: 'an unknown key in an indicator rule is refused',
      doc: edited((d) => (d.indicators.POWER_CUT.cap = 3)),
      problems: [{ path: ['indicators', 'POWER_CUT', 'cap'], message: /unknown key 'cap'/ }],
    },
    {
      name: 'an unknown top-level key is refused',
      doc: edited((d) => (d.region = '11110')),
      problems: [{ path: ['region'], message: /unknown key 'region'/ }],
    },
    {
      name: 'a duplicate rule code is refused',
      doc: edited((d) => d.householdRules.push({ ...d.householdRules[1] })),
      problems: [{ path: ['householdRules', 4, 'code'], message: /duplicate rule code 'LIVING_ALONE'/ }],
    },
    {
      name: 'a rule code in lower case is refused',
      doc: edited((d) => (d.householdRules[0].code = 'rural')),
      problems: [{ path: ['householdRules', 0, 'code'] }],
    },
    {
      name: 'a one-letter rule code is refused',
      doc: edited((d) => (d.householdRules[0].code = 'R')),
      problems: [{ path: ['householdRules', 0, 'code'] }],
    },
    {
      name: 'an empty label is refused',
      doc: edited((d) => (d.householdRules[0].label = '')),
      problems: [{ path: ['householdRules', 0, 'label'] }],
    },
    {
      name: 'a label of 101 characters is refused',
      doc: edited((d) => (d.householdRules[0].label = '가'.repeat(101))),
      problems: [{ path: ['householdRules', 0, 'label'] }],
    },
    {
      name: 'rule points under -1000 are refused',
      doc: edited((d) => (d.householdRules[0].points = -1001)),
      problems: [{ path: ['householdRules', 0, 'points'] }],
    },
    {
      name: 'a rule without conditions is refused',
      doc: edited((d) => (d.householdRules[0].when = [])),
      problems: [{ path: ['householdRules', 0, 'when'] }],
    },
    {
      name: 'a rule with 11 conditions is refused',
      doc: edited((d) => (d.householdRules[0].when = Array(11).fill({ type: 'RURAL' }))),
      problems: [{ path: ['householdRules', 0, 'when'] }],
    },
    {
      name: 'an unknown condition type is refused',
      doc: edited((d) => (d.householdRules[0].when[0] = { type: 'URBAN' })),
      problems: [{ path: ['householdRules', 0, 'when', 0, 'type'] }],
    },
    {
      name: 'a condition with an extra key is refused',
      doc: edited((d) => (d.householdRules[0].when[0] = { type: 'RURAL', age: 65 })),
      problems: [{ path: ['householdRules', 0, 'when', 0, 'age'] }],
    },
    {
      name: 'a SIGNAL_VALUE_BELOW of an unknown kind is refused',
      doc: edited((d) => (d.householdRules[3].when[0].kind = 'JEONSE')),
      problems: [
        { path: ['householdRules', 3, 'when', 0, 'kind'], message: /unknown indicator kind 'JEONSE'/ },
      ],
    },
    {
      name: 'an age of 151 is refused',
      doc: edited((d) => (d.householdRules[0].when[1].age = 151)),
      problems: [{ path: ['householdRules', 0, 'when', 1, 'age'] }],
    },
    {
      name: '21 household rules are refused',
      doc: edited(
        (d) =>
          (d.householdRules = Array.from({ length: 21 }, (_, i) => ({
            code: `RULE_${i}`,
            label: 'x',
            points: 1,
            when: [{ type: 'RURAL' }],
          }))),
      ),
      problems: [{ path: ['householdRules'] }],
    },
    {
      name: 'several problems are all reported',
      doc: edited((d) => {
        d.quota = -1;
        d.indicators.GAS_CUT.weight = 'high';
      }),
      problems: [{ path: ['quota'] }, { path: ['indicators', 'GAS_CUT', 'weight'] }],
    },
  ])('$name', ({ doc, problems }) => {
    const result = validateRuleDocument(doc, KINDS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((p) => p.path)).toEqual(problems.map((p) => p.path));
    problems.forEach((p, i) => {
      if (p.message) expect(result.error[i].message).toMatch(p.message);
    });
  });

  it.each<{ name: string; doc: unknown }>([
    {
      name: 'a local document with no indicators and no rules is valid',
      doc: {
        schemaVersion: 1,
        lookbackDays: 90,
        halfLifeDays: 30,
        minScore: 0,
        quota: 0,
        indicators: {},
        householdRules: [],
      },
    },
    {
      name: 'the largest bounds are valid',
      doc: edited((d) =>
        Object.assign(d, { lookbackDays: 730, halfLifeDays: 3650, minScore: 100_000, quota: 100_000 }),
      ),
    },
    {
      name: 'the smallest bounds are valid',
      doc: edited((d) => Object.assign(d, { lookbackDays: 1, halfLifeDays: 1, minScore: 0, quota: 0 })),
    },
    { name: 'negative rule points are valid', doc: edited((d) => (d.householdRules[1].points = -1000)) },
    {
      name: 'a perUnit rule without a cap is valid',
      doc: edited((d) => (d.indicators.RENT_ARREARS = { weight: 2, perUnit: true })),
    },
  ])('$name', ({ doc }) => {
    expect(validateRuleDocument(doc, KINDS).ok).toBe(true);
  });

  it('a kind known to another deployment is refused here', () => {
    const result = validateRuleDocument(DEFAULT_NATIONAL_RULES, new Set(['POWER_CUT']));
    expect(result.ok).toBe(false);
  });
});

// A small JSON Schema (2020-12) checker for the keywords RULE_DOCUMENT_JSON_SCHEMA uses, so the
// hand-written schema is tested against the zod schema without another dependency.
type Schema = Record<string, any>;
function jsonSchemaErrors(schema: Schema, value: unknown, root: Schema = schema, path = ''): string[] {
  if (schema.$ref)
    return jsonSchemaErrors(root.$defs[schema.$ref.replace('#/$defs/', '')], value, root, path);
  if (schema.oneOf) {
    const passing = schema.oneOf.filter((s: Schema) => jsonSchemaErrors(s, value, root, path).length === 0);
    return passing.length === 1 ? [] : [`${path}: matches ${passing.length} of oneOf`];
  }
  const errors: string[] = [];
  const fail = (m: string) => errors.push(`${path}: ${m}`);
  if ('const' in schema && value !== schema.const) fail('const');
  const t = schema.type;
  if (t === 'object' && (typeof value !== 'object' || value === null || Array.isArray(value)))
    return [`${path}: not an object`];
  if (t === 'array' && !Array.isArray(value)) return [`${path}: not an array`];
  if (t === 'string' && typeof value !== 'string') return [`${path}: not a string`];
  if (t === 'boolean' && typeof value !== 'boolean') return [`${path}: not a boolean`];
  if ((t === 'number' || t === 'integer') && (typeof value !== 'number' || !Number.isFinite(value)))
    return [`${path}: not a number`];
  if (t === 'integer' && !Number.isInteger(value)) fail('not an integer');
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail('minimum');
    if (schema.maximum !== undefined && value > schema.maximum) fail('maximum');
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) fail('exclusiveMinimum');
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && [...value].length < schema.minLength) fail('minLength');
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) fail('maxLength');
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) fail('pattern');
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) fail('minItems');
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail('maxItems');
    if (schema.items)
      value.forEach((v, i) => errors.push(...jsonSchemaErrors(schema.items, v, root, `${path}/${i}`)));
  }
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) fail(`missing ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      const prop = schema.properties?.[key];
      if (prop) errors.push(...jsonSchemaErrors(prop, v, root, `${path}/${key}`));
      else if (schema.additionalProperties === false) fail(`unknown ${key}`);
      else if (typeof schema.additionalProperties === 'object')
        errors.push(...jsonSchemaErrors(schema.additionalProperties, v, root, `${path}/${key}`));
    }
  }
  return errors;
}

describe('RULE_DOCUMENT_JSON_SCHEMA', () => {
  const json = RULE_DOCUMENT_JSON_SCHEMA as Schema;
  const zodDoc = ruleDocumentSchema(KINDS);
  const zodIndicator = zodDoc.shape.indicators.valueSchema;
  const zodRule = zodDoc.shape.householdRules.innerType().element;

  it('declares draft 2020-12', () => {
    expect(json.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each([
    {
      name: 'the document has the keys of the zod schema and of DEFAULT_NATIONAL_RULES',
      jsonKeys: Object.keys(json.properties),
      zodKeys: Object.keys(zodDoc.shape),
      defaultKeys: Object.keys(DEFAULT_NATIONAL_RULES),
    },
    {
      name: 'an indicator rule has the keys of the zod schema',
      jsonKeys: Object.keys(json.$defs.indicatorRule.properties),
      zodKeys: Object.keys(zodIndicator.shape),
      defaultKeys: ['weight', 'perUnit', 'maxUnits'],
    },
    {
      name: 'a household rule has the keys of the zod schema and of the default rules',
      jsonKeys: Object.keys(json.$defs.householdRule.properties),
      zodKeys: Object.keys(zodRule.shape),
      defaultKeys: Object.keys(DEFAULT_NATIONAL_RULES.householdRules[0]),
    },
  ])('$name', ({ jsonKeys, zodKeys, defaultKeys }) => {
    expect([...jsonKeys].sort()).toEqual([...zodKeys].sort());
    expect([...defaultKeys].sort()).toEqual([...zodKeys].sort());
  });

  it('lists the same condition types as the zod schema', () => {
    const zodCondition = zodRule.shape.when.element;
    const jsonTypes = json.$defs.condition.oneOf.map((s: Schema) => s.properties.type.const);
    const optionsMap = (zodCondition as unknown as { optionsMap: Map<string, unknown> }).optionsMap;
    expect(jsonTypes.sort()).toEqual([...optionsMap.keys()].sort());
  });

  it('accepts DEFAULT_NATIONAL_RULES', () => {
    expect(jsonSchemaErrors(json, DEFAULT_NATIONAL_RULES)).toEqual([]);
  });

  // The same documents as above, minus the checks JSON Schema cannot express (known kinds, unique codes).
  it.each<{ name: string; doc: unknown; valid: boolean }>([
    {
      name: 'an empty local document',
      doc: {
        schemaVersion: 1,
        lookbackDays: 90,
        halfLifeDays: 30,
        minScore: 0,
        quota: 0,
        indicators: {},
        householdRules: [],
      },
      valid: true,
    },
    { name: 'lookbackDays 731', doc: edited((d) => (d.lookbackDays = 731)), valid: false },
    { name: 'a fractional quota', doc: edited((d) => (d.quota = 1.5)), valid: false },
    { name: 'maxUnits 0', doc: edited((d) => (d.indicators.RENT_ARREARS.maxUnits = 0)), valid: false },
    {
      name: 'an unknown key in an indicator rule',
      doc: edited((d) => (d.indicators.POWER_CUT.cap = 3)),
      valid: false,
    },
    {
      name: 'a lower-case rule code',
      doc: edited((d) => (d.householdRules[0].code = 'rural')),
      valid: false,
    },
    { name: 'a rule without conditions', doc: edited((d) => (d.householdRules[0].when = [])), valid: false },
    {
      name: 'an unknown condition type',
      doc: edited((d) => (d.householdRules[0].when[0] = { type: 'URBAN' })),
      valid: false,
    },
    {
      name: 'a condition with an extra key',
      doc: edited((d) => (d.householdRules[0].when[0] = { type: 'RURAL', age: 65 })),
      valid: false,
    },
    { name: 'an age of 151', doc: edited((d) => (d.householdRules[0].when[1].age = 151)), valid: false },
    { name: 'negative rule points', doc: edited((d) => (d.householdRules[1].points = -1000)), valid: true },
  ])('JSON Schema and zod agree on $name', ({ doc, valid }) => {
    expect(jsonSchemaErrors(json, doc).length === 0).toBe(valid);
    expect(validateRuleDocument(doc, KINDS).ok).toBe(valid);
  });
});

describe('a number out of range names the whole range, whichever end it missed', () => {
  it.each([
    { field: 'lookbackDays', value: 0 },
    { field: 'lookbackDays', value: 731 },
  ])('$field = $value', ({ field, value }) => {
    const doc = { ...structuredClone(DEFAULT_NATIONAL_RULES), [field]: value };
    const result = validateRuleDocument(doc, CRISIS_INDICATOR_KIND_CODES);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toEqual([
        expect.objectContaining({
          path: [field],
          rule: 'OUT_OF_RANGE',
          min: 1,
          max: 730,
          message: 'must be a whole number from 1 to 730',
        }),
      ]);
  });
});
