import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddProgressNoteInput, CaseDetailFieldsFragment } from '../../../generated/graphql';
import { TextField } from '../../../components/Fields';
import { RecordForm } from '../../../components/RecordForm';
import { RecordTable } from '../../../components/RecordTable';
import { formatDate, todayInKorea } from '../../../lib/format';
import type { PayloadResult } from '../../../lib/payload';
import { required } from '../../../lib/use-form-errors';
import { useRecordForm } from '../hooks/useRecordForm';
import { CaseSection } from './CaseSection';
import { GoalSelect } from './GoalSelect';

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
  const form = useRecordForm(['goalId', 'notedOn', 'text']);
  const goalTitle = (id: string | null | undefined) => kase.goals.find((g) => g.id === id)?.title;

  const submitNote = (event: FormEvent) =>
    form.submit(event, {
      missing: text.trim() ? [] : [required('text')],
      send: () =>
        onAdd({
          caseId: kase.id,
          goalId: goalId || undefined,
          notedOn: notedOn || undefined,
          text: text.trim(),
        }),
      recorded: t('cases.notes.recorded'),
      reset: () => {
        setText('');
        setGoalId('');
      },
    });

  return (
    <CaseSection id="notes" title={t('cases.notes.title')}>
      <RecordTable
        caption={t('cases.notes.caption')}
        columns={[
          t('cases.notes.notedOn'),
          t('cases.notes.goal'),
          t('cases.notes.text'),
          t('cases.notes.agency'),
          t('cases.notes.recordedBy'),
        ]}
        rows={kase.progressNotes}
        rowKey={(n) => n.id}
        cells={(n) => (
          <>
            <th scope="row">{formatDate(n.notedOn)}</th>
            <td>{goalTitle(n.goalId) ?? ''}</td>
            <td className="note-cell">{n.text}</td>
            <td>{n.agency.name}</td>
            <td>{n.by?.name ?? n.recordedBy}</td>
          </>
        )}
        empty={t('cases.notes.none')}
      />
      {canEdit ? (
        <RecordForm
          id="note"
          title={t('cases.notes.formTitle')}
          failed={t('cases.notes.failed')}
          submitLabel={t('cases.notes.submit')}
          disabled={loading}
          form={form}
          onSubmit={submitNote}
        >
          <GoalSelect
            id="note-goal"
            label={t('cases.notes.goalOptional')}
            goals={kase.goals}
            value={goalId}
            onChange={setGoalId}
            errors={form.field('goalId')}
          />
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
          <TextField
            id="note-text"
            multiline
            label={t('cases.notes.text')}
            value={text}
            onChange={setText}
            required
            errors={form.field('text')}
          />
        </RecordForm>
      ) : null}
    </CaseSection>
  );
}
