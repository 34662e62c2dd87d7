import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddCrisisIndicatorKindInput, IndicatorUnit } from '../../../generated/graphql';
import { FieldError } from '../../../components/FieldError';
import { errorsByField, type PayloadError } from '../../../lib/errors';
import { useErrorText } from '../../../lib/use-error-text';

const UNITS: readonly IndicatorUnit[] = ['FLAG', 'MONTHS', 'KRW', 'COUNT', 'DAYS', 'GRADE'];
const NEW_GROUP = '__new__';

interface Props {
  groups: readonly { code: string; nameKo: string; nameEn: string }[];
  loading: boolean;
  onAdd: (input: AddCrisisIndicatorKindInput) => Promise<{ name?: string; errors: PayloadError[] }>;
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
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const isKorean = (i18n.resolvedLanguage ?? i18n.language) === 'ko';
  const isNewGroup = form.group === NEW_GROUP;

  const byField = errorsByField(errors);
  const shown = ['code', 'group', 'groupNameKo', 'groupNameEn', 'nameKo', 'nameEn', 'unit', 'note'];
  const others = [...byField].filter(([key]) => !shown.includes(key)).flatMap(([, list]) => list);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(null);
    setErrors([]);
    const result = await onAdd({
      code: form.code.trim(),
      group: isNewGroup ? form.groupCode.trim() : form.group,
      ...(isNewGroup ? { groupNameKo: form.groupNameKo.trim(), groupNameEn: form.groupNameEn.trim() } : {}),
      nameKo: form.nameKo.trim(),
      nameEn: form.nameEn.trim(),
      unit: form.unit,
      ...(form.note.trim() ? { note: form.note.trim() } : {}),
    });
    if (result.name) {
      setAdded(t('indicators.kinds.added', { name: result.name }));
      setForm(EMPTY);
    } else setErrors(result.errors);
  }

  const text = (name: keyof typeof EMPTY, label: string, hint?: string, errorKey: string = name) => {
    const id = `kind-${name}`;
    const fieldErrors = byField.get(errorKey);
    const describedBy =
      [hint ? `${id}-hint` : '', fieldErrors ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="text"
          autoComplete="off"
          value={form[name]}
          onChange={(e) =>
            setForm({
              ...form,
              [name]: name === 'code' || name === 'groupCode' ? e.target.value.toUpperCase() : e.target.value,
            })
          }
          aria-invalid={fieldErrors ? true : undefined}
          aria-describedby={describedBy}
        />
        {hint ? (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        ) : null}
        <FieldError id={`${id}-error`} errors={fieldErrors} />
      </div>
    );
  };

  const groupErrors = isNewGroup ? undefined : byField.get('group');
  const unitErrors = byField.get('unit');
  return (
    <form className="card form two-columns" onSubmit={submit} noValidate aria-labelledby="add-kind-title">
      <h2 id="add-kind-title">{t('indicators.kinds.addTitle')}</h2>
      {text('code', t('indicators.kinds.code'), t('indicators.kinds.codeHint'))}
      <div className="field">
        <label htmlFor="kind-group">{t('indicators.kinds.group')}</label>
        <select
          id="kind-group"
          value={form.group}
          onChange={(e) => setForm({ ...form, group: e.target.value })}
          aria-invalid={groupErrors ? true : undefined}
          aria-describedby={groupErrors ? 'kind-group-error' : undefined}
        >
          <option value="">{t('households.region.choose')}</option>
          {groups.map((g) => (
            <option key={g.code} value={g.code}>
              {isKorean ? g.nameKo : g.nameEn}
            </option>
          ))}
          <option value={NEW_GROUP}>{t('indicators.kinds.newGroup')}</option>
        </select>
        <FieldError id="kind-group-error" errors={groupErrors} />
      </div>
      {isNewGroup ? (
        <>
          {text('groupCode', t('indicators.kinds.groupCode'), t('indicators.kinds.codeHint'), 'group')}
          {text('groupNameKo', t('indicators.kinds.groupNameKo'))}
          {text('groupNameEn', t('indicators.kinds.groupNameEn'))}
        </>
      ) : null}
      {text('nameKo', t('indicators.kinds.nameKo'))}
      {text('nameEn', t('indicators.kinds.nameEn'))}
      <div className="field">
        <label htmlFor="kind-unit">{t('indicators.kinds.unit')}</label>
        <select
          id="kind-unit"
          value={form.unit}
          onChange={(e) => setForm({ ...form, unit: e.target.value as IndicatorUnit })}
          aria-invalid={unitErrors ? true : undefined}
          aria-describedby={unitErrors ? 'kind-unit-error' : undefined}
        >
          {UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`indicators.unit.${u}`)}
            </option>
          ))}
        </select>
        <FieldError id="kind-unit-error" errors={unitErrors} />
      </div>
      {text('note', t('indicators.kinds.note'))}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? t('indicators.kinds.submitting') : t('indicators.kinds.submit')}
        </button>
      </div>
      <div role="status" className="status-line">
        {added}
      </div>
      {others.length ? (
        <div role="alert" className="alert alert-error">
          <p>{t('indicators.kinds.failed')}</p>
          {others.map((e, i) => (
            <p key={`${e.code}-${i}`}>{errorText(e)}</p>
          ))}
        </div>
      ) : null}
    </form>
  );
}
