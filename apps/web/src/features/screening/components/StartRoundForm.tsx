import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../components/FieldError';
import { errorsByField, type PayloadError } from '../../../lib/errors';
import { todayInKorea } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';

interface Props {
  loading: boolean;
  onStart: (asOf: string) => Promise<{ number?: number; errors: PayloadError[] }>;
}

/** 발굴 차수 실행 (ANALYST): the as-of date, today in Korea by default. */
export function StartRoundForm({ loading, onStart }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [asOf, setAsOf] = useState(todayInKorea);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    setErrors([]);
    const result = await onStart(asOf);
    if (result.number !== undefined) setMessage(t('screening.rounds.started', { number: result.number }));
    else setErrors(result.errors);
  }

  const byField = errorsByField(errors);
  const asOfErrors = byField.get('asOf');
  const conflict = errors.some((e) => e.code === 'CONFLICT');
  const others = errors.filter((e) => e.code !== 'CONFLICT' && !(e.path ?? []).includes('asOf'));

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="start-round-title">
      <h2 id="start-round-title">{t('screening.rounds.startTitle')}</h2>
      <div className="field field-narrow">
        <label htmlFor="start-round-as-of">{t('screening.rounds.startAsOf')}</label>
        <input
          id="start-round-as-of"
          type="date"
          value={asOf}
          onChange={(e) => setAsOf(e.target.value)}
          aria-invalid={asOfErrors ? true : undefined}
          aria-describedby={`start-round-hint${asOfErrors ? ' start-round-as-of-error' : ''}`}
        />
        <p id="start-round-hint" className="hint">
          {t('screening.rounds.startHint')}
        </p>
        <FieldError id="start-round-as-of-error" errors={asOfErrors} />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? t('screening.rounds.starting') : t('screening.rounds.start')}
        </button>
      </div>
      <div role="status" className="status-line">
        {message}
      </div>
      {conflict || others.length ? (
        <div role="alert" className="alert alert-error">
          {conflict ? <p>{t('screening.rounds.conflict')}</p> : null}
          {others.map((e, i) => (
            <p key={`${e.code}-${i}`}>{errorText(e)}</p>
          ))}
        </div>
      ) : null}
    </form>
  );
}
