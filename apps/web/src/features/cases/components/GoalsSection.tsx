import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddServicePlanGoalInput, CaseDetailFieldsFragment, NeedsDomain } from '../../../generated/graphql';
import { FieldError } from '../../../components/FieldError';
import { FormAlert } from '../../../components/FormAlert';
import { TextField } from '../../../components/Fields';
import { todayInKorea } from '../../../lib/format';
import type { PayloadResult } from '../../../lib/payload';
import { required, useFormErrors } from '../../../lib/use-form-errors';
import { NEEDS_DOMAINS } from '../roles';
import { CaseSection } from './CaseSection';

interface Props {
  kase: CaseDetailFieldsFragment;
  canEdit: boolean;
  loading: boolean;
  onAdd: (input: AddServicePlanGoalInput) => Promise<PayloadResult<unknown>>;
}

/** 서비스 계획: goals, each answering needs the latest assessment found (level above NONE). */
export function GoalsSection({ kase, canEdit, loading, onAdd }: Props) {
  const { t } = useTranslation();
  const inNeed = NEEDS_DOMAINS.filter((d) => kase.assessments[0]?.items.some((item) => item.domain === d && item.level !== 'NONE'));
  const [title, setTitle] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [needs, setNeeds] = useState<NeedsDomain[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors(['title', 'targetDate', 'needs']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const missing = [...(title.trim() ? [] : [required('title')]), ...(targetDate ? [] : [required('targetDate')]), ...(needs.length ? [] : [required('needs')])];
    if (missing.length) return form.show(missing);
    form.clear();
    const result = await onAdd({ caseId: kase.id, title: title.trim(), targetDate, needs });
    if (result.value) {
      setDone(t('cases.goals.recorded'));
      setTitle('');
      setTargetDate('');
      setNeeds([]);
      return;
    }
    form.show(result.errors);
  }

  return (
    <CaseSection id="goals" title={t('cases.goals.title')}>
      {kase.goals.length === 0 ? (
        <p>{t('cases.goals.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('cases.goals.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.goals.goal')}</th>
                <th scope="col">{t('cases.goals.targetDate')}</th>
                <th scope="col">{t('cases.goals.needs')}</th>
              </tr>
            </thead>
            <tbody>
              {kase.goals.map((g) => (
                <tr key={g.id}>
                  <th scope="row">{g.title}</th>
                  <td>{g.targetDate}</td>
                  <td>{g.needs.map((d) => t(`cases.domain.${d}`)).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? (
        <form className="card form" onSubmit={submit} noValidate aria-labelledby="goal-form-title">
          <h3 id="goal-form-title">{t('cases.goals.formTitle')}</h3>
          <FormAlert summaryRef={form.summaryRef} hasErrors={form.errors.length > 0} failed={t('cases.goals.failed')} others={form.others} />
          <TextField id="goal-title" label={t('cases.goals.goal')} value={title} onChange={setTitle} required errors={form.field('title')} />
          <TextField
            id="goal-targetDate"
            className="field-narrow"
            type="date"
            label={t('cases.goals.targetDate')}
            value={targetDate}
            min={todayInKorea()}
            onChange={setTargetDate}
            required
            errors={form.field('targetDate')}
          />
          <fieldset aria-describedby={`goal-needs-hint${form.field('needs') ? ' goal-needs-error' : ''}`}>
            <legend>{t('cases.goals.needs')}</legend>
            <p id="goal-needs-hint" className="hint">
              {inNeed.length ? t('cases.goals.needsHint') : t('cases.goals.assessFirst')}
            </p>
            {inNeed.map((d) => (
              <div className="checkbox" key={d}>
                <input
                  id={`goal-need-${d}`}
                  type="checkbox"
                  checked={needs.includes(d)}
                  onChange={(e) => setNeeds(e.target.checked ? NEEDS_DOMAINS.filter((x) => x === d || needs.includes(x)) : needs.filter((x) => x !== d))}
                />
                <label htmlFor={`goal-need-${d}`}>{t(`cases.domain.${d}`)}</label>
              </div>
            ))}
            <FieldError id="goal-needs-error" errors={form.field('needs')} />
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={loading || inNeed.length === 0}>
              {t('cases.goals.submit')}
            </button>
          </div>
          <p role="status" className="status-line">
            {done}
          </p>
        </form>
      ) : null}
    </CaseSection>
  );
}
