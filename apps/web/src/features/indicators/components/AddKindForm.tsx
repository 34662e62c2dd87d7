import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddCrisisIndicatorKindInput, IndicatorUnit } from '../../../generated/graphql';
import { SelectField, TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import type { PayloadResult } from '../../../lib/payload';
import { useFormErrors } from '../../../lib/use-form-errors';

const UNITS: readonly IndicatorUnit[] = ['FLAG', 'MONTHS', 'KRW', 'COUNT', 'DAYS', 'GRADE'];
const NEW_GROUP = '__new__';

interface Props {
  /** The groups a kind may join, each named in the UI language. */
  groups: readonly { code: string; name: string }[];
  loading: boolean;
  onAdd: (input: AddCrisisIndicatorKindInput) => Promise<PayloadResult<{ nameKo: string }>>;
}

const EMPTY = {
  code: '',
  group: '',
  groupCode: '',
  groupNameKo: '',
  groupNameEn: '',
  nameKo: '',
  nameEn: '',
  unit: 'FLAG' as IndicatorUnit,
  note: '',
};

/** 위기정보 유형 추가 (ANALYST): into an existing group or a new one with its names. */
export function AddKindForm({ groups, loading, onAdd }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [added, setAdded] = useState<string | null>(null);
  const form = useFormErrors([
    'code',
    'group',
    'groupNameKo',
    'groupNameEn',
    'nameKo',
    'nameEn',
    'unit',
    'note',
  ]);
  const isNewGroup = values.group === NEW_GROUP;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    form.clear();
    const result = await onAdd({
      code: values.code.trim(),
      group: isNewGroup ? values.groupCode.trim() : values.group,
      ...(isNewGroup
        ? { groupNameKo: values.groupNameKo.trim(), groupNameEn: values.groupNameEn.trim() }
        : {}),
      nameKo: values.nameKo.trim(),
      nameEn: values.nameEn.trim(),
      unit: values.unit,
      ...(values.note.trim() ? { note: values.note.trim() } : {}),
    });
    if (result.value) {
      setAdded(t('indicators.kinds.added', { name: result.value.nameKo }));
      setValues(EMPTY);
    } else form.show(result.errors);
  }

  const text = (name: keyof typeof EMPTY, label: string, hint?: string, errorKey: string = name) => (
    <TextField
      id={`kind-${name}`}
      label={label}
      hint={hint}
      autoComplete="off"
      value={values[name]}
      onChange={(value) =>
        setValues({
          ...values,
          [name]: name === 'code' || name === 'groupCode' ? value.toUpperCase() : value,
        })
      }
      errors={form.field(errorKey)}
    />
  );

  return (
    <form className="card form two-columns" onSubmit={submit} noValidate aria-labelledby="add-kind-title">
      <h2 id="add-kind-title">{t('indicators.kinds.addTitle')}</h2>
      {text('code', t('indicators.kinds.code'), t('indicators.kinds.codeHint'))}
      <SelectField
        id="kind-group"
        label={t('indicators.kinds.group')}
        value={values.group}
        onChange={(group) => setValues({ ...values, group })}
        errors={isNewGroup ? undefined : form.field('group')}
      >
        <option value="">{t('households.region.choose')}</option>
        {groups.map((g) => (
          <option key={g.code} value={g.code}>
            {g.name}
          </option>
        ))}
        <option value={NEW_GROUP}>{t('indicators.kinds.newGroup')}</option>
      </SelectField>
      {isNewGroup ? (
        <>
          {text('groupCode', t('indicators.kinds.groupCode'), t('indicators.kinds.codeHint'), 'group')}
          {text('groupNameKo', t('indicators.kinds.groupNameKo'))}
          {text('groupNameEn', t('indicators.kinds.groupNameEn'))}
        </>
      ) : null}
      {text('nameKo', t('indicators.kinds.nameKo'))}
      {text('nameEn', t('indicators.kinds.nameEn'))}
      <SelectField
        id="kind-unit"
        label={t('indicators.kinds.unit')}
        value={values.unit}
        onChange={(unit) => setValues({ ...values, unit: unit as IndicatorUnit })}
        errors={form.field('unit')}
      >
        {UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`indicators.unit.${u}`)}
          </option>
        ))}
      </SelectField>
      {text('note', t('indicators.kinds.note'))}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? t('indicators.kinds.submitting') : t('indicators.kinds.submit')}
        </button>
      </div>
      <div role="status" className="status-line">
        {added}
      </div>
      <FormAlert
        summaryRef={form.summaryRef}
        hasErrors={form.errors.length > 0}
        failed={t('indicators.kinds.failed')}
        others={form.others}
      />
    </form>
  );
}
