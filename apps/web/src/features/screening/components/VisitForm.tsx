import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachOutcome, RecordOutreachVisitInput } from '../../../generated/graphql';
import { ChoiceGroup, TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import type { PayloadResult } from '../../../lib/payload';
import { todayInKorea } from '../../../lib/format';
import { required, useFormErrors } from '../../../lib/use-form-errors';

export const OUTCOMES: readonly OutreachOutcome[] = [
  'NEEDS_SUPPORT',
  'REFERRED',
  'NO_NEED',
  'UNREACHABLE',
  'ALREADY_SUPPORTED',
];

interface Props {
  candidateId: string;
  loading: boolean;
  onRecord: (input: RecordOutreachVisitInput) => Promise<PayloadResult<{ status: string }>>;
}

/** 찾아가는 상담 결과: outcome (radio group), note and date; errors beside the field their path names. */
export function VisitForm({ candidateId, loading, onRecord }: Props) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<OutreachOutcome | ''>('');
  const [note, setNote] = useState('');
  const [visitedOn, setVisitedOn] = useState(todayInKorea);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useFormErrors(['outcome', 'note', 'visitedOn']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setRecorded(null);
    if (!outcome) {
      form.show([required('outcome')]);
      return;
    }
    form.clear();
    const result = await onRecord({
      candidateId,
      outcome,
      note: note.trim() || undefined,
      visitedOn: visitedOn || undefined,
    });
    if (result.value) {
      setRecorded(t('screening.visit.recorded', { status: t(`screening.status.${result.value.status}`) }));
      setOutcome('');
      setNote('');
      return;
    }
    form.show(result.errors);
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="visit-form-title">
      <h2 id="visit-form-title">{t('screening.visit.title')}</h2>
      <FormAlert
        summaryRef={form.summaryRef}
        hasErrors={form.errors.length > 0}
        failed={t('screening.visit.failed')}
        others={form.others}
      />
      <ChoiceGroup
        id="visit-outcome"
        legend={t('screening.visit.outcomeLegend')}
        type="radio"
        className="radio-group"
        options={OUTCOMES.map((o) => ({ value: o, label: t(`screening.outcome.${o}`) }))}
        selected={outcome ? [outcome] : []}
        onToggle={setOutcome}
        errors={form.field('outcome')}
      />
      <TextField
        id="visit-note"
        multiline
        rows={4}
        label={t('screening.visit.note')}
        hint={t('screening.visit.noteHint')}
        value={note}
        onChange={setNote}
        errors={form.field('note')}
      />
      <TextField
        id="visit-date"
        className="field-narrow"
        type="date"
        label={t('screening.visit.visitedOn')}
        value={visitedOn}
        max={todayInKorea()}
        onChange={setVisitedOn}
        errors={form.field('visitedOn')}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? t('screening.visit.submitting') : t('screening.visit.submit')}
        </button>
      </div>
      <p role="status" className="status-line">
        {recorded}
      </p>
    </form>
  );
}
