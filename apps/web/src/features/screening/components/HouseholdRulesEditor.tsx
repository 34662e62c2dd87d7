import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../components/FieldError';
import type { PayloadError } from '../../../lib/errors';
import {
  CONDITION_NUMBER,
  CONDITION_TYPES,
  newCondition,
  newHouseholdRule,
  type ConditionDraft,
  type ConditionType,
  type HouseholdRuleDraft,
} from '../rule-document';

interface Props {
  rules: HouseholdRuleDraft[];
  onChange: (rules: HouseholdRuleDraft[]) => void;
  kinds: readonly { code: string; name: string }[];
  /** Errors for a document key such as 'householdRules.0.when.1.age' (already looked up by the page). */
  errorsFor: (key: string) => PayloadError[] | undefined;
}

const describedBy = (hint: string | undefined, errorId: string, errors: unknown[] | undefined) =>
  [hint, errors?.length ? errorId : undefined].filter(Boolean).join(' ') || undefined;

/** 가구 조건 가점: a list of rules, each with code, label, points and conditions that must all hold. */
export function HouseholdRulesEditor({ rules, onChange, kinds, errorsFor }: Props) {
  const { t } = useTranslation();
  const update = (key: number, change: Partial<HouseholdRuleDraft>) =>
    onChange(rules.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const updateCondition = (rule: HouseholdRuleDraft, key: number, change: Partial<ConditionDraft>) =>
    update(rule.key, { when: rule.when.map((c) => (c.key === key ? { ...c, ...change } : c)) });

  return (
    <fieldset>
      <legend>{t('screening.rules.householdRulesTitle')}</legend>
      {rules.map((rule, i) => {
        const number = i + 1;
        const base = `householdRules.${i}`;
        const prefix = `rule-${rule.key}`;
        const ruleErrors = [...(errorsFor(base) ?? []), ...(errorsFor(`${base}.when`) ?? [])];
        const codeErrors = errorsFor(`${base}.code`);
        const labelErrors = errorsFor(`${base}.label`);
        const pointsErrors = errorsFor(`${base}.points`);
        return (
          <fieldset key={rule.key} className="rule-row">
            <legend>{t('screening.rules.householdRule', { number })}</legend>
            <FieldError id={`${prefix}-error`} errors={ruleErrors.length ? ruleErrors : undefined} />
            <div className="rule-fields">
              <div className="field">
                <label htmlFor={`${prefix}-code`}>{t('screening.rules.ruleCode')}</label>
                <input
                  id={`${prefix}-code`}
                  type="text"
                  value={rule.code}
                  autoComplete="off"
                  onChange={(e) => update(rule.key, { code: e.target.value.toUpperCase() })}
                  aria-invalid={codeErrors ? true : undefined}
                  aria-describedby={describedBy(`${prefix}-code-hint`, `${prefix}-code-error`, codeErrors)}
                />
                <p id={`${prefix}-code-hint`} className="hint">
                  {t('screening.rules.ruleCodeHint')}
                </p>
                <FieldError id={`${prefix}-code-error`} errors={codeErrors} />
              </div>
              <div className="field">
                <label htmlFor={`${prefix}-label`}>{t('screening.rules.ruleLabel')}</label>
                <input
                  id={`${prefix}-label`}
                  type="text"
                  value={rule.label}
                  autoComplete="off"
                  onChange={(e) => update(rule.key, { label: e.target.value })}
                  aria-invalid={labelErrors ? true : undefined}
                  aria-describedby={describedBy(undefined, `${prefix}-label-error`, labelErrors)}
                />
                <FieldError id={`${prefix}-label-error`} errors={labelErrors} />
              </div>
              <div className="field">
                <label htmlFor={`${prefix}-points`}>{t('screening.rules.rulePoints')}</label>
                <input
                  id={`${prefix}-points`}
                  type="number"
                  step="any"
                  value={rule.points}
                  onChange={(e) => update(rule.key, { points: e.target.value })}
                  aria-invalid={pointsErrors ? true : undefined}
                  aria-describedby={describedBy(undefined, `${prefix}-points-error`, pointsErrors)}
                />
                <FieldError id={`${prefix}-points-error`} errors={pointsErrors} />
              </div>
            </div>
            <fieldset>
              <legend>{t('screening.rules.conditions')}</legend>
              {rule.when.map((condition, j) => {
                const cNumber = j + 1;
                const cBase = `${base}.when.${j}`;
                const cPrefix = `${prefix}-c${condition.key}`;
                const numberKey = CONDITION_NUMBER[condition.type];
                const typeErrors = [...(errorsFor(cBase) ?? []), ...(errorsFor(`${cBase}.type`) ?? [])];
                const numberErrors = numberKey ? errorsFor(`${cBase}.${numberKey}`) : undefined;
                const kindErrors = errorsFor(`${cBase}.kind`);
                return (
                  <div
                    key={condition.key}
                    className="condition-row"
                    role="group"
                    aria-label={t('screening.rules.condition', { number: cNumber })}
                  >
                    <div className="field">
                      <label htmlFor={`${cPrefix}-type`}>{t('screening.rules.conditionType')}</label>
                      <select
                        id={`${cPrefix}-type`}
                        value={condition.type}
                        onChange={(e) =>
                          updateCondition(rule, condition.key, { type: e.target.value as ConditionType })
                        }
                        aria-invalid={typeErrors.length ? true : undefined}
                        aria-describedby={describedBy(undefined, `${cPrefix}-type-error`, typeErrors)}
                      >
                        {CONDITION_TYPES.map((type) => (
                          <option key={type} value={type}>
                            {t(`screening.rules.conditionTypes.${type}`)}
                          </option>
                        ))}
                      </select>
                      <FieldError
                        id={`${cPrefix}-type-error`}
                        errors={typeErrors.length ? typeErrors : undefined}
                      />
                    </div>
                    {condition.type === 'SIGNAL_VALUE_BELOW' ? (
                      <div className="field">
                        <label htmlFor={`${cPrefix}-kind`}>{t('screening.rules.conditionKind')}</label>
                        <select
                          id={`${cPrefix}-kind`}
                          value={condition.kind}
                          onChange={(e) => updateCondition(rule, condition.key, { kind: e.target.value })}
                          aria-invalid={kindErrors ? true : undefined}
                          aria-describedby={describedBy(undefined, `${cPrefix}-kind-error`, kindErrors)}
                        >
                          <option value="">{t('households.region.choose')}</option>
                          {kinds.map((k) => (
                            <option key={k.code} value={k.code}>
                              {k.name}
                            </option>
                          ))}
                        </select>
                        <FieldError id={`${cPrefix}-kind-error`} errors={kindErrors} />
                      </div>
                    ) : null}
                    {numberKey ? (
                      <div className="field">
                        <label htmlFor={`${cPrefix}-number`}>{t(`screening.rules.${numberKey}`)}</label>
                        <input
                          id={`${cPrefix}-number`}
                          type="number"
                          step={numberKey === 'threshold' ? 'any' : 1}
                          min={numberKey === 'threshold' ? undefined : 0}
                          value={condition.number}
                          onChange={(e) => updateCondition(rule, condition.key, { number: e.target.value })}
                          aria-invalid={numberErrors ? true : undefined}
                          aria-describedby={describedBy(undefined, `${cPrefix}-number-error`, numberErrors)}
                        />
                        <FieldError id={`${cPrefix}-number-error`} errors={numberErrors} />
                      </div>
                    ) : null}
                    {rule.when.length > 1 ? (
                      <button
                        type="button"
                        className="secondary"
                        onClick={() =>
                          update(rule.key, { when: rule.when.filter((c) => c.key !== condition.key) })
                        }
                      >
                        {t('screening.rules.removeCondition', { number: cNumber })}
                      </button>
                    ) : null}
                  </div>
                );
              })}
              <button
                type="button"
                className="secondary"
                onClick={() => update(rule.key, { when: [...rule.when, newCondition()] })}
              >
                {t('screening.rules.addCondition')}
              </button>
            </fieldset>
            <button
              type="button"
              className="secondary"
              onClick={() => onChange(rules.filter((r) => r.key !== rule.key))}
            >
              {t('screening.rules.removeRule', { number })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="secondary" onClick={() => onChange([...rules, newHouseholdRule()])}>
        {t('screening.rules.addRule')}
      </button>
    </fieldset>
  );
}
