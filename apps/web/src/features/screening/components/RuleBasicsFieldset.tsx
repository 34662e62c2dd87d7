import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/Fields';
import type { PayloadError } from '../../../lib/errors';
import type { RuleDraft } from '../rule-document';
import { RULE_BASICS, type RuleBasic } from '../rule-error-paths';

/** Days are whole numbers; the minimum score may have decimals. */
const STEP: Record<RuleBasic, string> = { lookbackDays: '1', halfLifeDays: '1', minScore: 'any', quota: '1' };

interface Props {
  draft: RuleDraft;
  onChange: (change: Partial<RuleDraft>) => void;
  /** The quota's hint differs: a 시군구's quota adds to the national one. */
  isLocal: boolean;
  errorsFor: (key: string) => PayloadError[] | undefined;
}

/** 기본 설정 of a rule document: look-back, half-life, minimum score and quota. */
export function RuleBasicsFieldset({ draft, onChange, isLocal, errorsFor }: Props) {
  const { t } = useTranslation();
  const hint = (name: RuleBasic) =>
    name === 'quota'
      ? t(isLocal ? 'screening.rules.quotaHintLocal' : 'screening.rules.quotaHintNational')
      : t(`screening.rules.${name}Hint`);
  return (
    <fieldset className="basics">
      <legend>{t('screening.rules.basics')}</legend>
      {RULE_BASICS.map((name) => (
        <TextField
          key={name}
          id={`rules-${name}`}
          type="number"
          min="0"
          step={STEP[name]}
          label={t(`screening.rules.${name}`)}
          hint={hint(name)}
          value={draft[name]}
          onChange={(value) => onChange({ [name]: value })}
          errors={errorsFor(name)}
        />
      ))}
    </fieldset>
  );
}
