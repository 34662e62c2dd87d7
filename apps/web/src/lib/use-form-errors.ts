import { useRef, useState } from 'react';
import { errorsByField, type PayloadError } from './errors';

/**
 * Payload errors of one form, split by field: `field('purpose')` for the errors beside an input,
 * `others` for the summary at the top (errors whose path names no field of this form).
 */
export function useFormErrors(fields: readonly string[]) {
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const byField = errorsByField(errors);
  // 'participants.2.name' belongs to the 'participants.2.name' field or, failing that, to the
  // longest field its path starts with ('participants.2', then 'participants').
  const owner = (key: string) =>
    fields.find((f) => f === key) ??
    fields
      .filter((f) => key.startsWith(`${f}.`))
      .reduce<string | undefined>((best, f) => (best && best.length >= f.length ? best : f), undefined);
  const others = [...byField].filter(([key]) => !owner(key)).flatMap(([, list]) => list);
  return {
    errors,
    others,
    field: (name: string): PayloadError[] | undefined => {
      const list = [...byField].filter(([key]) => owner(key) === name).flatMap(([, l]) => l);
      return list.length ? list : undefined;
    },
    summaryRef,
    clear: () => setErrors([]),
    show: (next: PayloadError[]) => {
      setErrors(next);
      requestAnimationFrame(() => summaryRef.current?.focus());
    },
  };
}

/** A client-side 'required' problem, shaped like a payload error so it shows the same way. */
export const required = (field: string): PayloadError => ({
  code: 'REQUIRED',
  message: '',
  path: ['input', ...field.split('.')],
});

/** A client-side check that a box the law requires is ticked, shaped like the API's MUST_BE_CONFIRMED. */
export const unconfirmed = (field: string): PayloadError => ({
  code: 'VALIDATION',
  rule: 'MUST_BE_CONFIRMED',
  message: '',
  path: ['input', ...field.split('.')],
});
