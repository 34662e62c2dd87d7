import type { ReactNode } from 'react';
import type { PayloadError } from '../lib/errors';
import { FieldError } from './FieldError';

interface Common {
  id: string;
  label: string;
  errors?: readonly PayloadError[];
  hint?: string;
  required?: boolean;
  className?: string;
}

function describedBy(id: string, hint?: string, errors?: readonly PayloadError[]) {
  return (
    [hint ? `${id}-hint` : undefined, errors?.length ? `${id}-error` : undefined].filter(Boolean).join(' ') ||
    undefined
  );
}

/** A labelled input or textarea with its hint and its errors (aria-describedby). */
export function TextField({
  id,
  label,
  errors,
  hint,
  required,
  className,
  value,
  onChange,
  type = 'text',
  multiline,
  min,
  max,
  autoComplete,
  rows = 3,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'email' | 'password' | 'number';
  multiline?: boolean;
  min?: string;
  max?: string;
  autoComplete?: string;
  /** Lines of a multiline field. */
  rows?: number;
}) {
  const shared = {
    id,
    value,
    required,
    autoComplete,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy(id, hint, errors),
  } as const;
  return (
    <div className={`field ${className ?? ''}`.trim()}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...shared} type={type} min={min} max={max} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} label={label} />
    </div>
  );
}

/** A labelled select with its errors. */
export function SelectField({
  id,
  label,
  errors,
  hint,
  required,
  className,
  value,
  onChange,
  children,
  busy,
}: Common & { value: string; onChange: (value: string) => void; children: ReactNode; busy?: boolean }) {
  return (
    <div className={`field ${className ?? ''}`.trim()}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        required={required}
        onChange={(e) => onChange(e.target.value)}
        aria-busy={busy || undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, hint, errors)}
      >
        {children}
      </select>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} label={label} />
    </div>
  );
}
