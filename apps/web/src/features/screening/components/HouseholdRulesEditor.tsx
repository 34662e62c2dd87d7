import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../components/FieldError';
import { SelectField, TextField } from '../../../components/Fields';
import { joinErrors, type PayloadError } from '../../../lib/errors';
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
        const legend = t('screening.rules.householdRule', { number });
        return (
          <fieldset key={rule.key} className="rule-row">
            <legend>{legend}</legend>
            <FieldError
              id={`${prefix}-error`}
              errors={joinErrors(errorsFor(base), errorsFor(`${base}.when`))}
              label={legend}
            />
            <div className="rule-fields">
              <TextField
                id={`${prefix}-code`}
                label={t('screening.rules.ruleCode')}
                hint={t('screening.rules.ruleCodeHint')}
                autoComplete="off"
                value={rule.code}
                onChange={(code) => update(rule.key, { code: code.toUpperCase() })}
                errors={errorsFor(`${base}.code`)}
              />
              <TextField
                id={`${prefix}-label`}
                label={t('screening.rules.ruleLabel')}
                autoComplete="off"
                value={rule.label}
                onChange={(label) => update(rule.key, { label })}
                errors={errorsFor(`${base}.label`)}
              />
              <TextField
                id={`${prefix}-points`}
                label={t('screening.rules.rulePoints')}
                type="number"
                step="any"
                value={rule.points}
                onChange={(points) => update(rule.key, { points })}
                errors={errorsFor(`${base}.points`)}
              />
            </div>
            <fieldset>
              <legend>{t('screening.rules.conditions')}</legend>
              {rule.when.map((condition, j) => {
                const cNumber = j + 1;
                const cBase = `${base}.when.${j}`;
                const cPrefix = `${prefix}-c${condition.key}`;
                const numberKey = CONDITION_NUMBER[condition.type];
                return (
                  <div
                    key={condition.key}
                    className="condition-row"
                    role="group"
                    aria-label={t('screening.rules.condition', { number: cNumber })}
                  >
                    <SelectField
                      id={`${cPrefix}-type`}
                      label={t('screening.rules.conditionType')}
                      value={condition.type}
                      onChange={(type) =>
                        updateCondition(rule, condition.key, { type: type as ConditionType })
                      }
                      errors={joinErrors(errorsFor(cBase), errorsFor(`${cBase}.type`))}
                    >
                      {CONDITION_TYPES.map((type) => (
                        <option key={type} value={type}>
                          {t(`screening.rules.conditionTypes.${type}`)}
                        </option>
                      ))}
                    </SelectField>
                    {condition.type === 'SIGNAL_VALUE_BELOW' ? (
                      <SelectField
                        id={`${cPrefix}-kind`}
                        label={t('screening.rules.conditionKind')}
                        value={condition.kind}
                        onChange={(kind) => updateCondition(rule, condition.key, { kind })}
                        errors={errorsFor(`${cBase}.kind`)}
                      >
                        <option value="">{t('households.region.choose')}</option>
                        {kinds.map((k) => (
                          <option key={k.code} value={k.code}>
                            {k.name}
                          </option>
                        ))}
                      </SelectField>
                    ) : null}
                    {numberKey ? (
                      <TextField
                        id={`${cPrefix}-number`}
                        label={t(`screening.rules.${numberKey}`)}
                        type="number"
                        step={numberKey === 'threshold' ? 'any' : '1'}
                        min={numberKey === 'threshold' ? undefined : '0'}
                        value={condition.number}
                        onChange={(value) => updateCondition(rule, condition.key, { number: value })}
                        errors={errorsFor(`${cBase}.${numberKey}`)}
                      />
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
