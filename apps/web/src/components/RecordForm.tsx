import type { FormEvent, ReactNode } from 'react';
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

/** A card form that adds one record: heading, error summary, the fields, the submit button and a status line. */
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
  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-form-title`}>
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
      </div>
      <p role="status" className="status-line">
        {form.done}
      </p>
    </form>
  );
}
