import { describe, expect, it } from 'vitest';
import { CRISIS_INDICATOR_KIND_CODES, DEFAULT_NATIONAL_RULES, validateRuleDocument } from '@ieum/domain';
import { documentFromDraft, draftFromDocument, newHouseholdRule } from './rule-document';

describe('rule document draft', () => {
  it('gives back the national default document unchanged after a round trip through the editor draft', () => {
    const doc = documentFromDraft(draftFromDocument(DEFAULT_NATIONAL_RULES as never));
    expect(doc).toEqual(DEFAULT_NATIONAL_RULES);
    expect(validateRuleDocument(doc, CRISIS_INDICATOR_KIND_CODES).ok).toBe(true);
  });

  it('sends an emptied number as null, so the API names that field', () => {
    const draft = draftFromDocument(DEFAULT_NATIONAL_RULES as never);
    const doc = documentFromDraft({ ...draft, halfLifeDays: ' ' });
    expect(doc.halfLifeDays).toBeNull();
    const result = validateRuleDocument(doc, CRISIS_INDICATOR_KIND_CODES);
    expect(result.ok ? [] : result.error.map((p) => p.path.join('.'))).toEqual(['halfLifeDays']);
  });

  it('leaves out an indicator whose weight is emptied', () => {
    const draft = draftFromDocument(DEFAULT_NATIONAL_RULES as never);
    const [kind] = Object.keys(draft.indicators);
    draft.indicators[kind] = { ...draft.indicators[kind], weight: '' };
    expect(documentFromDraft(draft).indicators).not.toHaveProperty(kind);
  });

  it('writes a new household rule with the number under the key its condition type takes', () => {
    const draft = draftFromDocument(DEFAULT_NATIONAL_RULES as never);
    const rule = newHouseholdRule();
    rule.code = 'SMALL_HOUSEHOLD';
    rule.label = '1인 가구';
    rule.points = '5';
    rule.when[0].number = '1';
    const doc = documentFromDraft({ ...draft, householdRules: [rule] });
    expect(doc.householdRules).toEqual([
      {
        code: 'SMALL_HOUSEHOLD',
        label: '1인 가구',
        points: 5,
        when: [{ type: 'MEMBER_COUNT_AT_MOST', count: 1 }],
      },
    ]);
  });
});
