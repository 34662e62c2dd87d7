import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddProgressNoteInput, CaseDetailFieldsFragment } from '../../../generated/graphql';
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
  onAdd: (input: AddProgressNoteInput) => Promise<PayloadResult<unknown>>;
}

/** 모니터링 기록: progress against the plan, optionally tied to one goal. */
export function ProgressNotesSection({ kase, canEdit, loading, onAdd }: Props) {
  const { t } = useTranslation();
  const [goalId, setGoalId] = useState('');
  const [notedOn, setNotedOn] = useState(todayInKorea);
  const [text, setText] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors(['goalId', 'notedOn', 'text']);
  const goalTitle = (id: string | null | undefined) => kase.goals.find((g) => g.id === id)?.title;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (!text.trim()) return form.show([required('text')]);
    form.clear();
    const result = await onAdd({ caseId: kase.id, goalId: goalId || undefined, notedOn: notedOn || undefined, text: text.trim() });
    if (result.value) {
      setDone(t('cases.notes.recorded'));
      setText('');
      setGoalId('');
      return;
    }
    form.show(result.errors);
  }

  return (
    <CaseSection id="notes" title={t('cases.notes.title')}>
      {kase.progressNotes.length === 0 ? (
        <p>{t('cases.notes.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('cases.notes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.notes.notedOn')}</th>
                <th scope="col">{t('cases.notes.goal')}</th>
                <th scope="col">{t('cases.notes.text')}</th>
                <th scope="col">{t('cases.notes.agency')}</th>
                <th scope="col">{t('cases.notes.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {kase.progressNotes.map((n) => (
                <tr key={n.id}>
                  <th scope="row">{n.notedOn}</th>
                  <td>{goalTitle(n.goalId) ?? ''}</td>
                  <td className="note-cell">{n.text}</td>
                  <td>{n.agency.name}</td>
                  <td>{n.recordedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? (
        <form className="card form" onSubmit={submit} noValidate aria-labelledby="note-form-title">
          <h3 id="note-form-title">{t('cases.notes.formTitle')}</h3>
          <FormAlert summaryRef={form.summaryRef} hasErrors={form.errors.length > 0} failed={t('cases.notes.failed')} others={form.others} />
          <SelectField id="note-goal" label={t('cases.notes.goalOptional')} value={goalId} onChange={setGoalId} errors={form.field('goalId')}>
            <option value="">{t('cases.noGoal')}</option>
            {kase.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </SelectField>
          <TextField
            id="note-notedOn"
            className="field-narrow"
            type="date"
            label={t('cases.notes.notedOn')}
            value={notedOn}
            max={todayInKorea()}
            onChange={setNotedOn}
            errors={form.field('notedOn')}
          />
          <TextField id="note-text" multiline label={t('cases.notes.text')} value={text} onChange={setText} required errors={form.field('text')} />
          <div className="form-actions">
            <button type="submit" className="primary" disabled={loading}>
              {t('cases.notes.submit')}
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
