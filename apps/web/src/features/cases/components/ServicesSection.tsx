import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseDetailFieldsFragment, RecordServiceInput } from '../../../generated/graphql';
import { FormAlert } from '../../../components/FormAlert';
import { SelectField, TextField } from '../../../components/Fields';
import { todayInKorea } from '../../../lib/format';
import type { PayloadResult } from '../../../lib/payload';
import { required, useFormErrors } from '../../../lib/use-form-errors';
import { CaseSection } from './CaseSection';

interface Props {
  kase: CaseDetailFieldsFragment;
  canEdit: boolean;
  loading: boolean;
  onRecord: (input: RecordServiceInput) => Promise<PayloadResult<unknown>>;
}

/** 서비스 제공 기록: what each agency gave, including services that came back from referrals. */
export function ServicesSection({ kase, canEdit, loading, onRecord }: Props) {
  const { t } = useTranslation();
  const [service, setService] = useState('');
  const [providedOn, setProvidedOn] = useState(todayInKorea);
  const [note, setNote] = useState('');
  const [goalId, setGoalId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors(['service', 'providedOn', 'note', 'goalId']);
  const goalTitle = (id: string | null | undefined) => kase.goals.find((g) => g.id === id)?.title;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (!service.trim()) return form.show([required('service')]);
    form.clear();
    const result = await onRecord({ caseId: kase.id, service: service.trim(), providedOn: providedOn || undefined, note: note.trim() || undefined, goalId: goalId || undefined });
    if (result.value) {
      setDone(t('cases.services.recorded'));
      setService('');
      setNote('');
      setGoalId('');
      return;
    }
    form.show(result.errors);
  }

  return (
    <CaseSection id="services" title={t('cases.services.title')}>
      {kase.services.length === 0 ? (
        <p>{t('cases.services.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('cases.services.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.services.providedOn')}</th>
                <th scope="col">{t('cases.services.service')}</th>
                <th scope="col">{t('cases.services.agency')}</th>
                <th scope="col">{t('cases.services.goal')}</th>
                <th scope="col">{t('cases.services.note')}</th>
                <th scope="col">{t('cases.services.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {kase.services.map((s) => (
                <tr key={s.id}>
                  <td>{s.providedOn}</td>
                  <th scope="row">
                    {s.service}
                    {s.referralId ? (
                      <>
                        {' '}
                        <Link to={`/referrals/${encodeURIComponent(s.referralId)}`}>{t('cases.services.fromReferral')}</Link>
                      </>
                    ) : null}
                  </th>
                  <td>{s.agency.name}</td>
                  <td>{goalTitle(s.goalId) ?? ''}</td>
                  <td className="note-cell">{s.note}</td>
                  <td>{s.recordedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? (
        <form className="card form" onSubmit={submit} noValidate aria-labelledby="service-form-title">
          <h3 id="service-form-title">{t('cases.services.formTitle')}</h3>
          <FormAlert summaryRef={form.summaryRef} hasErrors={form.errors.length > 0} failed={t('cases.services.failed')} others={form.others} />
          <TextField id="service-service" label={t('cases.services.service')} value={service} onChange={setService} required errors={form.field('service')} />
          <TextField
            id="service-providedOn"
            className="field-narrow"
            type="date"
            label={t('cases.services.providedOn')}
            value={providedOn}
            max={todayInKorea()}
            onChange={setProvidedOn}
            errors={form.field('providedOn')}
          />
          <SelectField id="service-goal" label={t('cases.services.goalOptional')} value={goalId} onChange={setGoalId} errors={form.field('goalId')}>
            <option value="">{t('cases.noGoal')}</option>
            {kase.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </SelectField>
          <TextField id="service-note" multiline label={t('cases.services.note')} value={note} onChange={setNote} errors={form.field('note')} />
          <div className="form-actions">
            <button type="submit" className="primary" disabled={loading}>
              {t('cases.services.submit')}
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
