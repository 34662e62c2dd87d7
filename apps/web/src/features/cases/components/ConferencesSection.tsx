import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetailFieldsFragment, RecordCaseConferenceInput } from '../../../generated/graphql';
import { FieldError } from '../../../components/FieldError';
import { SelectField, TextField } from '../../../components/Fields';
import { RecordForm } from '../../../components/RecordForm';
import { RecordTable } from '../../../components/RecordTable';
import { formatDate, todayInKorea } from '../../../lib/format';
import type { PayloadResult } from '../../../lib/payload';
import { required } from '../../../lib/use-form-errors';
import { useRecordForm } from '../hooks/useRecordForm';
import { CaseSection } from './CaseSection';

interface Props {
  kase: CaseDetailFieldsFragment;
  agencies: readonly { id: string; name: string }[];
  canEdit: boolean;
  loading: boolean;
  onRecord: (input: RecordCaseConferenceInput) => Promise<PayloadResult<unknown>>;
}

type Participant = { agencyId: string; name: string };

/** 사례회의: who took part (agency optional: residents and relatives have none) and what was decided. */
export function ConferencesSection({ kase, agencies, canEdit, loading, onRecord }: Props) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(todayInKorea);
  const [participants, setParticipants] = useState<Participant[]>([{ agencyId: '', name: '' }]);
  const [decisions, setDecisions] = useState<string[]>(['']);
  const fields = [
    'heldOn',
    'participants',
    'decisions',
    ...participants.flatMap((_, i) => [`participants.${i}.agencyId`, `participants.${i}.name`]),
    ...decisions.map((_, i) => `decisions.${i}`),
  ];
  const form = useRecordForm(fields);

  const submitConference = (event: FormEvent) =>
    form.submit(event, {
      missing: [
        ...(heldOn ? [] : [required('heldOn')]),
        ...participants.flatMap((p, i) => (p.name.trim() ? [] : [required(`participants.${i}.name`)])),
        ...decisions.flatMap((d, i) => (d.trim() ? [] : [required(`decisions.${i}`)])),
      ],
      send: () =>
        onRecord({
          caseId: kase.id,
          heldOn,
          participants: participants.map((p) => ({ name: p.name.trim(), agencyId: p.agencyId || undefined })),
          decisions: decisions.map((d) => d.trim()),
        }),
      recorded: t('cases.conferences.recorded'),
      reset: () => {
        setParticipants([{ agencyId: '', name: '' }]);
        setDecisions(['']);
      },
    });

  const setParticipant = (i: number, change: Partial<Participant>) =>
    setParticipants(participants.map((p, j) => (j === i ? { ...p, ...change } : p)));

  return (
    <CaseSection id="conferences" title={t('cases.conferences.title')}>
      <RecordTable
        caption={t('cases.conferences.caption')}
        columns={[
          t('cases.conferences.heldOn'),
          t('cases.conferences.participants'),
          t('cases.conferences.decisions'),
          t('cases.conferences.recordedBy'),
        ]}
        rows={kase.conferences}
        rowKey={(c) => c.id}
        cells={(c) => (
          <>
            <th scope="row">{formatDate(c.heldOn)}</th>
            <td>
              <ul className="plain-list">
                {c.participants.map((p, i) => (
                  <li key={i}>
                    {p.agency
                      ? t('cases.conferences.participantAt', { name: p.name, agency: p.agency.name })
                      : p.name}
                  </li>
                ))}
              </ul>
            </td>
            <td>
              <ul className="reasons">
                {c.decisions.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            </td>
            <td>{c.by?.name ?? c.recordedBy}</td>
          </>
        )}
        empty={t('cases.conferences.none')}
      />
      {canEdit ? (
        <RecordForm
          id="conference"
          title={t('cases.conferences.formTitle')}
          failed={t('cases.conferences.failed')}
          submitLabel={t('cases.conferences.submit')}
          disabled={loading}
          form={form}
          onSubmit={submitConference}
        >
          <TextField
            id="conference-heldOn"
            className="field-narrow"
            type="date"
            label={t('cases.conferences.heldOn')}
            value={heldOn}
            onChange={setHeldOn}
            required
            errors={form.field('heldOn')}
          />
          <fieldset>
            <legend>{t('cases.conferences.participants')}</legend>
            {participants.map((p, i) => (
              <fieldset key={i} className="member-row">
                <legend>{t('cases.conferences.participantN', { n: i + 1 })}</legend>
                <SelectField
                  id={`conference-participant-${i}-agency`}
                  label={t('cases.conferences.agencyOptional')}
                  value={p.agencyId}
                  onChange={(agencyId) => setParticipant(i, { agencyId })}
                  errors={form.field(`participants.${i}.agencyId`)}
                >
                  <option value="">{t('cases.conferences.noAgency')}</option>
                  {agencies.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  id={`conference-participant-${i}-name`}
                  label={t('cases.conferences.name')}
                  value={p.name}
                  onChange={(name) => setParticipant(i, { name })}
                  required
                  errors={form.field(`participants.${i}.name`)}
                />
                {participants.length > 1 ? (
                  <button
                    type="button"
                    onClick={() => setParticipants(participants.filter((_, j) => j !== i))}
                  >
                    {t('cases.conferences.removeParticipant', { n: i + 1 })}
                  </button>
                ) : null}
              </fieldset>
            ))}
            <FieldError
              id="conference-participants-error"
              errors={form.field('participants')}
              label={t('cases.conferences.participants')}
            />
            <button
              type="button"
              onClick={() => setParticipants([...participants, { agencyId: '', name: '' }])}
            >
              {t('cases.conferences.addParticipant')}
            </button>
          </fieldset>
          <fieldset>
            <legend>{t('cases.conferences.decisions')}</legend>
            {decisions.map((d, i) => (
              <div key={i} className="member-row">
                <TextField
                  id={`conference-decision-${i}`}
                  label={t('cases.conferences.decisionN', { n: i + 1 })}
                  value={d}
                  onChange={(value) => setDecisions(decisions.map((x, j) => (j === i ? value : x)))}
                  required
                  errors={form.field(`decisions.${i}`)}
                />
                {decisions.length > 1 ? (
                  <button type="button" onClick={() => setDecisions(decisions.filter((_, j) => j !== i))}>
                    {t('cases.conferences.removeDecision', { n: i + 1 })}
                  </button>
                ) : null}
              </div>
            ))}
            <FieldError
              id="conference-decisions-error"
              errors={form.field('decisions')}
              label={t('cases.conferences.decisions')}
            />
            <button type="button" onClick={() => setDecisions([...decisions, ''])}>
              {t('cases.conferences.addDecision')}
            </button>
          </fieldset>
        </RecordForm>
      ) : null}
    </CaseSection>
  );
}
