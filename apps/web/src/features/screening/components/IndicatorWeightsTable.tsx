import { useTranslation } from 'react-i18next';
import { CheckboxField, TextField } from '../../../components/Fields';
import { RecordTable } from '../../../components/RecordTable';
import { joinErrors, type PayloadError } from '../../../lib/errors';
import type { IndicatorDraft } from '../rule-document';

const EMPTY_INDICATOR: IndicatorDraft = { weight: '', perUnit: false, maxUnits: '' };

interface Props {
  kinds: readonly { code: string; name: string; groupName: string }[];
  indicators: Record<string, IndicatorDraft>;
  onChange: (indicators: Record<string, IndicatorDraft>) => void;
  errorsFor: (key: string) => PayloadError[] | undefined;
}

/** 위기정보 가중치: one row per kind of the catalogue; a kind without a weight does not count. */
export function IndicatorWeightsTable({ kinds, indicators, onChange, errorsFor }: Props) {
  const { t } = useTranslation();
  const update = (code: string, change: Partial<IndicatorDraft>) =>
    onChange({ ...indicators, [code]: { ...(indicators[code] ?? EMPTY_INDICATOR), ...change } });
  return (
    <RecordTable
      caption={t('screening.rules.indicatorsCaption')}
      columns={[
        t('screening.rules.kind'),
        t('screening.rules.weight'),
        t('screening.rules.perUnit'),
        t('screening.rules.maxUnits'),
      ]}
      rows={kinds}
      rowKey={(kind) => kind.code}
      cells={(kind) => {
        const rule = indicators[kind.code] ?? EMPTY_INDICATOR;
        const base = `indicators.${kind.code}`;
        const id = `weight-${kind.code}`;
        return (
          <>
            <th scope="row">
              {kind.name} <span className="hint">({kind.groupName})</span>
            </th>
            <td>
              <TextField
                id={id}
                className="field-cell"
                labelHidden
                label={t('screening.rules.weightOf', { name: kind.name })}
                type="number"
                min="0"
                step="any"
                value={rule.weight}
                onChange={(weight) => update(kind.code, { weight })}
                // An error about the kind as a whole is said at its weight.
                errors={joinErrors(errorsFor(base), errorsFor(`${base}.weight`))}
              />
            </td>
            <td>
              <CheckboxField
                id={`${id}-per-unit`}
                labelHidden
                label={t('screening.rules.perUnitOf', { name: kind.name })}
                checked={rule.perUnit}
                onChange={(perUnit) => update(kind.code, { perUnit })}
                errors={errorsFor(`${base}.perUnit`)}
              />
            </td>
            <td>
              <TextField
                id={`${id}-max`}
                className="field-cell"
                labelHidden
                label={t('screening.rules.maxUnitsOf', { name: kind.name })}
                type="number"
                min="0"
                step="any"
                disabled={!rule.perUnit}
                value={rule.maxUnits}
                onChange={(maxUnits) => update(kind.code, { maxUnits })}
                errors={errorsFor(`${base}.maxUnits`)}
              />
            </td>
          </>
        );
      }}
      empty={t('screening.rules.noKinds')}
    />
  );
}
