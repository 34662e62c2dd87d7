// The 발굴 기준 rule document as the API stores it (libs/domain/src/screening/rule-document.ts is
// the authority and validates it); the editor works on a draft of strings so inputs may be empty.
import { CONDITION_SPECS, CONDITION_TYPES, type ConditionParam, type ConditionType } from '@ieum/domain';

export { CONDITION_TYPES, type ConditionType };

/** The number a condition type takes, if any, and its key in the document (from the domain's specs). */
export const CONDITION_NUMBER = Object.fromEntries(
  CONDITION_TYPES.map((type) => {
    const params = CONDITION_SPECS[type] as Record<string, ConditionParam>;
    return [type, Object.keys(params).find((k) => params[k].kind !== 'indicatorKind') ?? null];
  }),
) as Record<ConditionType, 'age' | 'count' | 'threshold' | null>;

export type RuleDocument = Record<string, unknown>;

export interface ConditionDraft {
  key: number;
  type: ConditionType;
  number: string;
  kind: string;
}

export interface HouseholdRuleDraft {
  key: number;
  code: string;
  label: string;
  points: string;
  when: ConditionDraft[];
}

export interface IndicatorDraft {
  weight: string;
  perUnit: boolean;
  maxUnits: string;
}

export interface RuleDraft {
  lookbackDays: string;
  halfLifeDays: string;
  minScore: string;
  quota: string;
  indicators: Record<string, IndicatorDraft>;
  householdRules: HouseholdRuleDraft[];
}

let nextKey = 1;
export const newKey = () => nextKey++;

const text = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : '');
// An empty input is sent as null so the API names that field in its VALIDATION error.
const num = (value: string) => (value.trim() === '' ? null : Number(value));

export function newCondition(type: ConditionType = 'MEMBER_COUNT_AT_MOST'): ConditionDraft {
  return { key: newKey(), type, number: '', kind: '' };
}

export function newHouseholdRule(): HouseholdRuleDraft {
  return { key: newKey(), code: '', label: '', points: '', when: [newCondition()] };
}

export function draftFromDocument(doc: RuleDocument): RuleDraft {
  const indicators: Record<string, IndicatorDraft> = {};
  const docIndicators = (doc.indicators ?? {}) as Record<
    string,
    { weight?: number; perUnit?: boolean; maxUnits?: number }
  >;
  for (const [kind, rule] of Object.entries(docIndicators)) {
    indicators[kind] = {
      weight: text(rule.weight),
      perUnit: Boolean(rule.perUnit),
      maxUnits: text(rule.maxUnits),
    };
  }
  const rules = (Array.isArray(doc.householdRules) ? doc.householdRules : []) as {
    code?: string;
    label?: string;
    points?: number;
    when?: { type: ConditionType; age?: number; count?: number; threshold?: number; kind?: string }[];
  }[];
  return {
    lookbackDays: text(doc.lookbackDays),
    halfLifeDays: text(doc.halfLifeDays),
    minScore: text(doc.minScore),
    quota: text(doc.quota),
    indicators,
    householdRules: rules.map((rule) => ({
      key: newKey(),
      code: rule.code ?? '',
      label: rule.label ?? '',
      points: text(rule.points),
      when: (rule.when ?? []).map((c) => {
        const numberKey = CONDITION_NUMBER[c.type] ?? null;
        return {
          key: newKey(),
          type: c.type,
          number: numberKey ? text(c[numberKey]) : '',
          kind: c.kind ?? '',
        };
      }),
    })),
  };
}

export function documentFromDraft(draft: RuleDraft): RuleDocument {
  const indicators: Record<string, { weight: number | null; perUnit?: boolean; maxUnits?: number | null }> =
    {};
  for (const [kind, rule] of Object.entries(draft.indicators)) {
    // A kind without a weight is left out: the document ignores kinds it does not name.
    if (rule.weight.trim() === '') continue;
    indicators[kind] = {
      weight: num(rule.weight),
      ...(rule.perUnit ? { perUnit: true } : {}),
      ...(rule.perUnit && rule.maxUnits.trim() !== '' ? { maxUnits: num(rule.maxUnits) } : {}),
    };
  }
  return {
    schemaVersion: 1,
    lookbackDays: num(draft.lookbackDays),
    halfLifeDays: num(draft.halfLifeDays),
    minScore: num(draft.minScore),
    quota: num(draft.quota),
    indicators,
    householdRules: draft.householdRules.map((rule) => ({
      code: rule.code.trim(),
      label: rule.label.trim(),
      points: num(rule.points),
      when: rule.when.map((c) => {
        const numberKey = CONDITION_NUMBER[c.type];
        return {
          type: c.type,
          ...(c.type === 'SIGNAL_VALUE_BELOW' ? { kind: c.kind } : {}),
          ...(numberKey ? { [numberKey]: num(c.number) } : {}),
        };
      }),
    })),
  };
}
