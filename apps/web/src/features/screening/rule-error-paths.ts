import { CONDITION_NUMBER, type RuleDraft } from './rule-document';

/** The four numbers at the top of a rule document, in the order the editor shows them. */
export const RULE_BASICS = ['lookbackDays', 'halfLifeDays', 'minScore', 'quota'] as const;
export type RuleBasic = (typeof RULE_BASICS)[number];

/**
 * Every error path (without 'input') the rules editor shows beside a field, for useFormErrors:
 * the basics, each known kind's weight, per-unit and maximum, and each household rule with its
 * conditions as the draft has them now. An error below one of these paths shows at the nearest;
 * any other error (a kind the catalogue lacks, a rule since removed) goes to the summary.
 */
export function ruleErrorPaths(draft: RuleDraft, kindCodes: readonly string[]): string[] {
  const indicators = kindCodes.flatMap((code) => {
    const base = `indicators.${code}`;
    return [base, `${base}.weight`, `${base}.perUnit`, `${base}.maxUnits`];
  });
  const householdRules = draft.householdRules.flatMap((rule, i) => {
    const base = `householdRules.${i}`;
    const conditions = rule.when.flatMap((condition, j) => {
      const at = `${base}.when.${j}`;
      const numberKey = CONDITION_NUMBER[condition.type];
      return [
        at,
        `${at}.type`,
        ...(condition.type === 'SIGNAL_VALUE_BELOW' ? [`${at}.kind`] : []),
        ...(numberKey ? [`${at}.${numberKey}`] : []),
      ];
    });
    return [base, `${base}.when`, `${base}.code`, `${base}.label`, `${base}.points`, ...conditions];
  });
  return [...RULE_BASICS, ...indicators, ...householdRules].map((path) => `document.${path}`);
}
