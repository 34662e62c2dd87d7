import { useState, type FormEvent } from 'react';
import type { PayloadError } from '../../../lib/errors';
import type { PayloadResult } from '../../../lib/payload';
import { useFormErrors } from '../../../lib/use-form-errors';

interface Attempt {
  /** Required fields left empty: while there are any, nothing is sent. */
  missing: PayloadError[];
  send: () => Promise<PayloadResult<unknown>>;
  /** The status line's sentence once the record is saved. */
  recorded: string;
  /** Empties the fields for the next record; left out where the form keeps what was sent. */
  reset?: () => void;
  /** Moves payload errors onto the form's fields where the input is shaped unlike the form. */
  errorsOf?: (errors: PayloadError[]) => PayloadError[];
}

/**
 * A form that adds a record to the case: its errors (as useFormErrors), the done message for the
 * status line, and `submit`, which checks the required fields, sends, then says done or shows the errors.
 */
export function useRecordForm(fields: readonly string[]) {
  const errors = useFormErrors(fields);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent, { missing, send, recorded, reset, errorsOf }: Attempt) {
    event.preventDefault();
    // A new attempt: the last one's done message no longer holds.
    setDone(null);
    if (missing.length) return errors.show(missing);
    errors.clear();
    const result = await send();
    if (result.value) {
      setDone(recorded);
      reset?.();
      return;
    }
    errors.show(errorsOf ? errorsOf(result.errors) : result.errors);
  }

  return { ...errors, done, submit };
}
