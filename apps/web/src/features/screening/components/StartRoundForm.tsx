import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import type { PayloadResult } from '../../../lib/payload';
import { todayInKorea } from '../../../lib/format';
import { useFormErrors } from '../../../lib/use-form-errors';

interface Props {
  loading: boolean;
  onStart: (asOf: string) => Promise<PayloadResult<{ number: number }>>;
}

/** 발굴 차수 실행 (ANALYST): the as-of date, today in Korea by default. */
export function StartRoundForm({ loading, onStart }: Props) {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(todayInKorea);
  const [message, setMessage] = useState<string | null>(null);
  const form = useFormErrors(['asOf']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    form.clear();
    const result = await onStart(asOf);
    if (result.value) setMessage(t('screening.rounds.started', { number: result.value.number }));
    else form.show(result.errors);
  }

  // Another round already running is said as the summary's own sentence.
  const conflict = form.errors.some((e) => e.code === 'CONFLICT');

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="start-round-title">
      <h2 id="start-round-title">{t('screening.rounds.startTitle')}</h2>
      <TextField
        id="start-round-as-of"
        className="field-narrow"
        type="date"
        label={t('screening.rounds.startAsOf')}
        hint={t('screening.rounds.startHint')}
        value={asOf}
        onChange={setAsOf}
        errors={form.field('asOf')}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? t('screening.rounds.starting') : t('screening.rounds.start')}
        </button>
      </div>
      <div role="status" className="status-line">
        {message}
      </div>
      <FormAlert
        summaryRef={form.summaryRef}
        hasErrors={form.errors.length > 0}
        failed={conflict ? t('screening.rounds.conflict') : t('screening.rounds.startFailed')}
        others={form.others.filter((e) => e.code !== 'CONFLICT')}
      />
    </form>
  );
}
