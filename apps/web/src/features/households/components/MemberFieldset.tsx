import { useTranslation } from 'react-i18next';
import type { Relationship } from '../../../generated/graphql';
import { CheckboxField, SelectField, TextField } from '../../../components/Fields';
import { joinErrors, type PayloadError } from '../../../lib/errors';

export const RELATIONSHIPS: readonly Relationship[] = [
  'HEAD',
  'SPOUSE',
  'CHILD',
  'PARENT',
  'SIBLING',
  'GRANDCHILD',
  'OTHER',
];

/** One 가구원 as the register form holds it. */
export interface MemberRow {
  key: number;
  name: string;
  rrn: string;
  relationship: Relationship;
  /** Shown once the API answers RRN_CHECK_DIGIT_UNCONFIRMED for this member. */
  isCheckDigitQuestioned: boolean;
  confirmCheckDigitMismatch: boolean;
}

/** The input paths of member `index` that the fieldset shows errors beside. */
export const memberErrorPaths = (index: number) =>
  ['', '.name', '.rrn', '.relationship', '.confirmCheckDigitMismatch'].map((p) => `members.${index}${p}`);

interface Props {
  member: MemberRow;
  /** 1-based, as the legend says it. */
  number: number;
  onChange: (change: Partial<MemberRow>) => void;
  /** Absent for the only member (a household has at least one). */
  onRemove?: () => void;
  errorsFor: (path: string) => PayloadError[] | undefined;
}

/** 가구원 n: name, 주민등록번호 (with the check-digit confirmation once asked) and relationship. */
export function MemberFieldset({ member, number, onChange, onRemove, errorsFor }: Props) {
  const { t } = useTranslation();
  const prefix = `member-${member.key}`;
  const at = `members.${number - 1}`;
  return (
    <fieldset className="member-row">
      <legend>{t('households.register.memberLegend', { number })}</legend>
      <TextField
        id={`${prefix}-name`}
        label={t('households.register.name')}
        required
        autoComplete="off"
        value={member.name}
        onChange={(name) => onChange({ name })}
        errors={errorsFor(`${at}.name`)}
      />
      <div className="field">
        <TextField
          id={`${prefix}-rrn`}
          label={t('households.register.rrn')}
          hint={t('households.register.rrnHint')}
          inputMode="numeric"
          required
          autoComplete="off"
          value={member.rrn}
          // A new number must be confirmed again.
          onChange={(rrn) => onChange({ rrn, confirmCheckDigitMismatch: false })}
          // An error about the member as a whole, or its confirmation, is said at the number.
          errors={joinErrors(
            errorsFor(`${at}.rrn`),
            errorsFor(at),
            errorsFor(`${at}.confirmCheckDigitMismatch`),
          )}
        />
        {member.isCheckDigitQuestioned ? (
          <CheckboxField
            id={`${prefix}-confirm`}
            label={t('households.register.confirmCheckDigit')}
            checked={member.confirmCheckDigitMismatch}
            onChange={(confirmCheckDigitMismatch) => onChange({ confirmCheckDigitMismatch })}
          />
        ) : null}
      </div>
      <SelectField
        id={`${prefix}-relationship`}
        label={t('households.register.relationship')}
        value={member.relationship}
        onChange={(relationship) => onChange({ relationship: relationship as Relationship })}
        errors={errorsFor(`${at}.relationship`)}
      >
        {RELATIONSHIPS.map((r) => (
          <option key={r} value={r}>
            {t(`common.relationship.${r}`)}
          </option>
        ))}
      </SelectField>
      {onRemove ? (
        <button type="button" className="secondary" onClick={onRemove}>
          {t('households.register.removeMember', { number })}
        </button>
      ) : null}
    </fieldset>
  );
}
