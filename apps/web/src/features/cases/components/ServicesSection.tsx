import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseDetailFieldsFragment, RecordServiceInput } from '../../../generated/graphql';
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
  onRecord: (input: RecordServiceInput) => Promise<PayloadResult<unknown>>;
}

/** 서비스 제공 기록: what each agency gave, including services that came back from referrals. */
export function ServicesSection({ kase, canEdit, loading, onRecord }: Props) {
  const { t } = useTranslation();
  const [service, setService] = useState('');
  const [providedOn, setProvidedOn] = useState(todayInKorea);
  const [note, setNote] = useState('');
  const [goalId, setGoalId] = useState('');
  const form = useRecordForm(['service', 'providedOn', 'note', 'goalId']);
  const goalTitle = (id: string | null | undefined) => kase.goals.find((g) => g.id === id)?.title;

  const submitService = (event: FormEvent) =>
    form.submit(event, {
      missing: service.trim() ? [] : [required('service')],
      send: () =>
        onRecord({
          caseId: kase.id,
          service: service.trim(),
          providedOn: providedOn || undefined,
          note: note.trim() || undefined,
          goalId: goalId || undefined,
        }),
      recorded: t('cases.services.recorded'),
      reset: () => {
        setService('');
        setNote('');
        setGoalId('');
      },
    });

  return (
    <CaseSection id="services" title={t('cases.services.title')}>
      <RecordTable
        caption={t('cases.services.caption')}
        columns={[
          t('cases.services.providedOn'),
          t('cases.services.service'),
          t('cases.services.agency'),
          t('cases.services.goal'),
          t('cases.services.note'),
          t('cases.services.recordedBy'),
        ]}
        rows={kase.services}
        rowKey={(s) => s.id}
        cells={(s) => (
          <>
            <td>{formatDate(s.providedOn)}</td>
            <th scope="row">
              {s.service}
              {s.referralId ? (
                <>
                  {' '}
                  <Link to={`/referrals/${encodeURIComponent(s.referralId)}`}>
                    {t('cases.services.fromReferral')}
                  </Link>
                </>
              ) : null}
            </th>
            <td>{s.agency.name}</td>
            <td>{goalTitle(s.goalId) ?? ''}</td>
            <td className="note-cell">{s.note}</td>
            <td>{s.by?.name ?? s.recordedBy}</td>
          </>
        )}
        empty={t('cases.services.none')}
      />
      {canEdit ? (
        <RecordForm
          id="service"
          title={t('cases.services.formTitle')}
          failed={t('cases.services.failed')}
          submitLabel={t('cases.services.submit')}
          disabled={loading}
          form={form}
          onSubmit={submitService}
        >
          <TextField
            id="service-service"
            label={t('cases.services.service')}
            value={service}
            onChange={setService}
            required
            errors={form.field('service')}
          />
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
          <GoalSelect
            id="service-goal"
            label={t('cases.services.goalOptional')}
            goals={kase.goals}
            value={goalId}
            onChange={setGoalId}
            errors={form.field('goalId')}
          />
          <TextField
            id="service-note"
            multiline
            label={t('cases.services.note')}
            value={note}
            onChange={setNote}
            errors={form.field('note')}
          />
        </RecordForm>
      ) : null}
    </CaseSection>
  );
}
