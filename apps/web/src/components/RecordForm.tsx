import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { useFormErrors } from '../lib/use-form-errors';
import { FormAlert } from './FormAlert';

interface Props {
  /** The heading's id is `${id}-form-title`; the heading names the form. */
  id: string;
  title: string;
  hint?: string;
  /** The summary's sentence when the form has errors. */
  failed: string;
  submitLabel: string;
  disabled: boolean;
  /** The form's errors and, once saved, the sentence the status line says (so screen readers hear it). */
  form: Pick<ReturnType<typeof useFormErrors>, 'summaryRef' | 'errors' | 'others'> & { done: string | null };
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}

/**
 * A card form that adds one record: heading, error summary, the fields, the submit button and a
 * status line. It stays closed behind a button named like the form until the user asks for it, so a
 * page of records reads as records first (a form with an error or a message stays open).
 */
export function RecordForm({
  id,
  title,
  hint,
  failed,
  submitLabel,
  disabled,
  form,
  onSubmit,
  children,
}: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  // An error or a saved message opens it (set while rendering, as React advises for state that follows props).
  const needsOpen = form.errors.length > 0 || Boolean(form.done);
  const [followed, setFollowed] = useState(needsOpen);
  if (needsOpen !== followed) {
    setFollowed(needsOpen);
    if (needsOpen) setOpen(true);
  }
  if (!open) {
    return (
      <div className="form-opener">
        <button
          type="button"
          className="secondary"
          aria-expanded="false"
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() =>
              document
                .getElementById(`${id}-form`)
                ?.querySelector<HTMLElement>('input, select, textarea')
                ?.focus(),
            );
          }}
        >
          {title}
        </button>
      </div>
    );
  }
  return (
    <form
      id={`${id}-form`}
      className="card form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-form-title`}
    >
      <h3 id={`${id}-form-title`}>{title}</h3>
      {hint ? <p className="hint">{hint}</p> : null}
      <FormAlert
        summaryRef={form.summaryRef}
        hasErrors={form.errors.length > 0}
        failed={failed}
        others={form.others}
      />
      {children}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={disabled}>
          {submitLabel}
        </button>
        <button type="button" className="secondary" aria-expanded="true" onClick={() => setOpen(false)}>
          {t('common.closeForm')}
        </button>
      </div>
      <p role="status" className="status-line">
        {form.done}
      </p>
    </form>
  );
}
