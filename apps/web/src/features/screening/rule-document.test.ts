import { describe, expect, it } from 'vitest';
import { documentFromDraft, draftFromDocument, newHouseholdRule, type RuleDocument } from './rule-document';

const document: RuleDocument = {
  schemaVersion: 1,
  lookbackDays: 90,
  halfLifeDays: 30,
  minScore: 2.5,
  quota: 100,
  indicators: {
    UTILITY_ARREARS: { weight: 1.5 },
    HEALTH_INSURANCE_ARREARS: { weight: 0.5, perUnit: true, maxUnits: 6 },
  },
  householdRules: [
    {
      code: 'RURAL_ELDERLY',
      label: '농어촌 고령 가구',
      points: 1,
      when: [{ type: 'RURAL' }, { type: 'ALL_MEMBERS_AGED_AT_LEAST', age: 65 }],
    },
    {
      code: 'LOW_SIGNAL',
      label: '단전 위험',
      points: 2,
      when: [{ type: 'SIGNAL_VALUE_BELOW', kind: 'POWER_USE', threshold: 10 }],
    },
    { code: 'SMALL', label: '1인 가구', points: 0.5, when: [{ type: 'MEMBER_COUNT_AT_MOST', count: 1 }] },
  ],
};

describe('rule document draft', () => {
  it('comes back as the same document after a round trip', () => {
    expect(documentFromDraft(draftFromDocument(document))).toEqual(document);
  });

  it('shows numbers as strings and a missing one as an empty input', () => {
    const draft = draftFromDocument({ lookbackDays: 90, quota: 'many' });
    expect(draft).toMatchObject({ lookbackDays: '90', halfLifeDays: '', minScore: '', quota: '' });
    expect(draft.householdRules).toEqual([]);
  });

  it('gives each rule and condition its own key for the editor', () => {
    const draft = draftFromDocument(document);
    const keys = draft.householdRules.flatMap((r) => [r.key, ...r.when.map((c) => c.key)]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('sends an emptied number as null, so the API names that field', () => {
    const draft = { ...draftFromDocument(document), minScore: ' ' };
    expect(documentFromDraft(draft).minScore).toBeNull();
  });

  it('leaves out an indicator without a weight, and maxUnits unless counted per unit', () => {
    const draft = draftFromDocument(document);
    draft.indicators.UTILITY_ARREARS = { weight: '', perUnit: false, maxUnits: '' };
    draft.indicators.HEALTH_INSURANCE_ARREARS = { weight: '0.5', perUnit: false, maxUnits: '6' };
    expect(documentFromDraft(draft).indicators).toEqual({ HEALTH_INSURANCE_ARREARS: { weight: 0.5 } });
  });

  it('trims codes and labels and keeps only the number its condition type takes', () => {
    const rule = newHouseholdRule();
    rule.code = ' NEW ';
    rule.label = ' 새 기준 ';
    rule.points = '3';
    rule.when = [{ key: 1, type: 'RURAL', number: '5', kind: 'X' }];
    const out = documentFromDraft({ ...draftFromDocument(document), householdRules: [rule] });
    expect(out.householdRules).toEqual([
      { code: 'NEW', label: '새 기준', points: 3, when: [{ type: 'RURAL' }] },
    ]);
  });
});
