import type { ReactNode } from 'react';
import type { PayloadError } from '../lib/errors';
import { FieldError } from './FieldError';

interface Common {
  id: string;
  label: string;
  errors?: readonly PayloadError[];
  hint?: string;
  required?: boolean;
  disabled?: boolean;
  className?: string;
  /** The label stays for screen readers only: a cell of a table whose row and column already say it. */
  labelHidden?: boolean;
}

function describedBy(id: string, hint?: string, errors?: readonly PayloadError[]) {
  return (
    [hint ? `${id}-hint` : undefined, errors?.length ? `${id}-error` : undefined].filter(Boolean).join(' ') ||
    undefined
  );
}

/** The attributes every control shares: its id, state, and the hint and errors that describe it. */
function controlProps({ id, hint, errors, required, disabled }: Common) {
  return {
    id,
    required,
    disabled,
    'aria-invalid': errors?.length ? true : undefined,
    'aria-describedby': describedBy(id, hint, errors),
  } as const;
}

/**
 * The label, the control, its hint and its errors, in the order a field shows them; a checkbox
 * (`inline`) has its label beside it.
 */
function Field({
  common,
  control,
  choice,
  inline,
  errorLabel = common.label,
}: {
  common: Common;
  control: ReactNode;
  choice?: boolean;
  inline?: boolean;
  errorLabel?: string;
}) {
  const { id, label, errors, hint, className, labelHidden } = common;
  const labelElement = (
    <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
      {label}
    </label>
  );
  return (
    <div className={`field ${className ?? ''}`.trim()}>
      {inline ? (
        <div className="checkbox">
          {control}
          {labelElement}
        </div>
      ) : (
        <>
          {labelElement}
          {control}
        </>
      )}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} errors={errors} label={errorLabel} choice={choice} />
    </div>
  );
}

/** A labelled input or textarea with its hint and its errors (aria-describedby). */
export function TextField({
  value,
  onChange,
  type = 'text',
  multiline,
  min,
  max,
  step,
  inputMode,
  maxLength,
  autoComplete,
  rows = 3,
  ...common
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?:
    'text' | 'date' | 'datetime-local' | 'email' | 'password' | 'number' | 'search' | 'tel' | 'url' | 'time';
  multiline?: boolean;
  min?: string;
  max?: string;
  /** A number's step ('1', 'any'), or seconds for a datetime-local. */
  step?: string;
  inputMode?: 'numeric' | 'decimal';
  maxLength?: number;
  autoComplete?: string;
  /** Lines of a multiline field. */
  rows?: number;
}) {
  const shared = { ...controlProps(common), value, maxLength, autoComplete } as const;
  return (
    <Field
      common={common}
      control={
        multiline ? (
          <textarea {...shared} rows={rows} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            {...shared}
            type={type}
            min={min}
            max={max}
            step={step}
            inputMode={inputMode}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    />
  );
}

/** A labelled select with its errors. */
export function SelectField({
  value,
  onChange,
  children,
  busy,
  ...common
}: Common & { value: string; onChange: (value: string) => void; children: ReactNode; busy?: boolean }) {
  return (
    <Field
      common={common}
      choice
      control={
        <select
          {...controlProps(common)}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-busy={busy || undefined}
        >
          {children}
        </select>
      }
    />
  );
}

/** A labelled file picker; a missing file is chosen, not typed ('CSV 파일을 선택해 주세요'). */
export function FileField({
  accept,
  onChange,
  ...common
}: Common & { accept?: string; onChange: (file: File | null) => void }) {
  return (
    <Field
      common={common}
      choice
      control={
        <input
          {...controlProps(common)}
          type="file"
          accept={accept}
          onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        />
      }
    />
  );
}

/**
 * A checkbox with its label beside it, then its hint and errors. The label is often a statement
 * ('정보주체에게 … 알렸습니다'), so error sentences name the field only through `errorLabel`.
 */
export function CheckboxField({
  checked,
  onChange,
  errorLabel,
  ...common
}: Common & { checked: boolean; onChange: (checked: boolean) => void; errorLabel?: string }) {
  return (
    <Field
      common={common}
      inline
      errorLabel={errorLabel ?? ''}
      control={
        <input
          {...controlProps(common)}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
        />
      }
    />
  );
}

/**
 * A fieldset of radio buttons (one choice) or checkboxes (any number), named by its legend, with
 * one error message for the whole group; every box is marked invalid while it stands.
 */
export function ChoiceGroup<V extends string>({
  id,
  legend,
  type,
  options,
  selected,
  onToggle,
  errors,
  hint,
  className,
}: {
  id: string;
  legend: string;
  type: 'radio' | 'checkbox';
  options: readonly { value: V; label: string }[];
  selected: readonly V[];
  /** A radio button is only ever turned on. */
  onToggle: (value: V, on: boolean) => void;
  errors?: readonly PayloadError[];
  hint?: string;
  /** The options' wrapper ('radio-group' lays radio buttons out in a column). */
  className?: string;
}) {
  const invalid = errors?.length ? true : undefined;
  const boxes = options.map((option) => (
    <div className="checkbox" key={option.value}>
      <input
        id={`${id}-${option.value}`}
        type={type}
        name={type === 'radio' ? id : undefined}
        value={option.value}
        checked={selected.includes(option.value)}
        onChange={(e) => onToggle(option.value, e.target.checked)}
        aria-invalid={invalid}
      />
      <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
    </div>
  ));
  return (
    <fieldset aria-describedby={describedBy(id, hint, errors)}>
      <legend>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {className ? <div className={className}>{boxes}</div> : boxes}
      <FieldError id={`${id}-error`} errors={errors} label={legend} choice />
    </fieldset>
  );
}
