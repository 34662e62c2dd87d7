import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutreachOutcome, RecordOutreachVisitInput } from '../../../generated/graphql';
import { FieldError } from '../../../components/FieldError';
import { errorsByField, type PayloadError } from '../../../lib/errors';
import { todayInKorea } from '../../../lib/format';
import { useErrorText } from '../../../lib/use-error-text';

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
  onRecord: (input: RecordOutreachVisitInput) => Promise<{ status?: string; errors: PayloadError[] }>;
}

/** 찾아가는 상담 결과: outcome (radio group), note and date; errors beside the field their path names. */
export function VisitForm({ candidateId, loading, onRecord }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [outcome, setOutcome] = useState<OutreachOutcome | ''>('');
  const [note, setNote] = useState('');
  const [visitedOn, setVisitedOn] = useState(todayInKorea);
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [recorded, setRecorded] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const byField = errorsByField(errors);
  const outcomeErrors = byField.get('outcome');
  const noteErrors = byField.get('note');
  const dateErrors = byField.get('visitedOn');
  const otherErrors = [...byField]
    .filter(([key]) => !['outcome', 'note', 'visitedOn'].includes(key))
    .flatMap(([, list]) => list);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setRecorded(null);
    if (!outcome) {
      setErrors([{ code: 'VALIDATION', message: '', path: ['input', 'outcome'] }]);
      return;
    }
    setErrors([]);
    const result = await onRecord({
      candidateId,
      outcome,
      note: note.trim() || undefined,
      visitedOn: visitedOn || undefined,
    });
    if (result.status) {
      setRecorded(t('screening.visit.recorded', { status: t(`screening.status.${result.status}`) }));
      setOutcome('');
      setNote('');
      return;
    }
    setErrors(result.errors);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="visit-form-title">
      <h2 id="visit-form-title">{t('screening.visit.title')}</h2>
      <div
        ref={summaryRef}
        tabIndex={-1}
        role="alert"
        className={errors.length ? 'alert alert-error' : undefined}
      >
        {errors.length ? (
          <>
            <p>{t('screening.visit.failed')}</p>
            {otherErrors.map((e, i) => (
              <p key={`${e.code}-${i}`}>
                <span aria-hidden="true">⚠ </span>
                {errorText(e)}
              </p>
            ))}
          </>
        ) : null}
      </div>
      <fieldset aria-describedby={outcomeErrors ? 'visit-outcome-error' : undefined}>
        <legend>{t('screening.visit.outcomeLegend')}</legend>
        <div className="radio-group">
          {OUTCOMES.map((o) => (
            <div className="checkbox" key={o}>
              <input
                id={`visit-outcome-${o}`}
                type="radio"
                name="visit-outcome"
                value={o}
                checked={outcome === o}
                onChange={() => setOutcome(o)}
                aria-invalid={outcomeErrors ? true : undefined}
              />
              <label htmlFor={`visit-outcome-${o}`}>{t(`screening.outcome.${o}`)}</label>
            </div>
          ))}
        </div>
        <FieldError id="visit-outcome-error" errors={outcomeErrors} />
      </fieldset>
      <div className="field">
        <label htmlFor="visit-note">{t('screening.visit.note')}</label>
        <textarea
          id="visit-note"
          rows={4}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={noteErrors ? true : undefined}
          aria-describedby={`visit-note-hint${noteErrors ? ' visit-note-error' : ''}`}
        />
        <p id="visit-note-hint" className="hint">
          {t('screening.visit.noteHint')}
        </p>
        <FieldError id="visit-note-error" errors={noteErrors} />
      </div>
      <div className="field field-narrow">
        <label htmlFor="visit-date">{t('screening.visit.visitedOn')}</label>
        <input
          id="visit-date"
          type="date"
          value={visitedOn}
          max={todayInKorea()}
          onChange={(e) => setVisitedOn(e.target.value)}
          aria-invalid={dateErrors ? true : undefined}
          aria-describedby={dateErrors ? 'visit-date-error' : undefined}
        />
        <FieldError id="visit-date-error" errors={dateErrors} />
      </div>
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
