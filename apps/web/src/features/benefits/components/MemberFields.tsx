import { ageOn, isIsoDate } from '@ieum/domain';
import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../../components/Fields';
import type { PayloadError } from '../../../lib/errors';
import { formatWon, todayInKorea } from '../../../lib/format';
import { RELATIONSHIPS } from '../../households/components/MemberFieldset';
import { birthDateOf, INCOME_KINDS, parseWon, type MemberRow } from '../calculator-form';

// A year, month and day picked from lists: quicker on a phone than scrolling a date picker back
// seventy years, and a keyboard types '1956' into the focused list.
const MAX_AGE = 120;
const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1));
const DAYS = Array.from({ length: 31 }, (_, i) => String(i + 1));

interface Props {
  member: MemberRow;
  /** 1-based, as the legend says it. */
  number: number;
  asOf: string;
  onChange: (change: Partial<MemberRow>) => void;
  /** Absent for the only member (a household has at least one). */
  onRemove?: () => void;
  errorsFor: (path: string) => PayloadError[] | undefined;
}

/** The hint under an amount: what to enter, then the figure as read ('1,200,000원'). */
export function amountHint(text: string, hint: string, language: string): string {
  const value = parseWon(text);
  return text.trim() && value !== null ? `${hint} (${formatWon(value, language)})` : hint;
}

/** 가구원 n: birth date, relationship, 장애·재학, and the six monthly incomes. */
export function MemberFields({ member, number, asOf, onChange, onRemove, errorsFor }: Props) {
  const { t, i18n } = useTranslation();
  const prefix = `calc-member-${member.key}`;
  const at = `members.${number - 1}`;
  const thisYear = Number((isIsoDate(asOf) ? asOf : todayInKorea()).slice(0, 4));
  const years = Array.from({ length: MAX_AGE + 1 }, (_, i) => String(thisYear - i));
  const birthDate = birthDateOf(member);
  const age =
    member.birthYear && isIsoDate(birthDate) && isIsoDate(asOf) && birthDate <= asOf
      ? ageOn(birthDate, asOf)
      : null;
  return (
    <fieldset className="calc-member">
      <legend>{t('benefits.calculator.memberLegend', { number })}</legend>
      <fieldset className="birth-date">
        <legend>{t('benefits.calculator.birthLegend', { number })}</legend>
        <SelectField
          id={`${prefix}-birth-year`}
          label={t('benefits.calculator.birthYear')}
          required
          hint={age !== null ? t('benefits.calculator.age', { age }) : undefined}
          value={member.birthYear}
          onChange={(birthYear) => onChange({ birthYear })}
          errors={errorsFor(`${at}.birthDate`)}
        >
          <option value="">{t('benefits.calculator.chooseYear')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${prefix}-birth-month`}
          label={t('benefits.calculator.birthMonth')}
          value={member.birthMonth}
          onChange={(birthMonth) => onChange({ birthMonth })}
        >
          <option value="">{t('benefits.calculator.unknown')}</option>
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${prefix}-birth-day`}
          label={t('benefits.calculator.birthDay')}
          value={member.birthDay}
          onChange={(birthDay) => onChange({ birthDay })}
        >
          <option value="">{t('benefits.calculator.unknown')}</option>
          {DAYS.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </SelectField>
        <p className="hint birth-hint">{t('benefits.calculator.birthHint')}</p>
      </fieldset>
      <SelectField
        id={`${prefix}-relationship`}
        label={t('benefits.calculator.relationship')}
        value={member.relationship}
        onChange={(relationship) => onChange({ relationship: relationship as MemberRow['relationship'] })}
        errors={errorsFor(`${at}.relationship`)}
      >
        {RELATIONSHIPS.map((r) => (
          <option key={r} value={r}>
            {t(`common.relationship.${r}`)}
          </option>
        ))}
      </SelectField>
      <div className="calc-flags">
        <CheckboxField
          id={`${prefix}-disabled`}
          label={t('benefits.calculator.disabled')}
          checked={member.disabled}
          onChange={(disabled) => onChange({ disabled })}
        />
        <CheckboxField
          id={`${prefix}-student`}
          label={t('benefits.calculator.student')}
          checked={member.student}
          onChange={(student) => onChange({ student })}
        />
      </div>
      <fieldset className="amounts">
        <legend>{t('benefits.calculator.incomeLegend', { number })}</legend>
        {INCOME_KINDS.map((kind) => (
          <TextField
            key={kind}
            id={`${prefix}-income-${kind}`}
            label={t(`benefits.calculator.income.${kind}`)}
            hint={amountHint(
              member.income[kind],
              t(`benefits.calculator.incomeHints.${kind}`),
              i18n.language,
            )}
            inputMode="numeric"
            autoComplete="off"
            value={member.income[kind]}
            onChange={(value) => onChange({ income: { ...member.income, [kind]: value } })}
            errors={errorsFor(`${at}.monthlyIncome.${kind}`)}
          />
        ))}
      </fieldset>
      {onRemove ? (
        <button type="button" className="secondary" onClick={onRemove}>
          {t('benefits.calculator.removeMember', { number })}
        </button>
      ) : null}
    </fieldset>
  );
}
