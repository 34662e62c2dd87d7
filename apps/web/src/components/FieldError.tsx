import type { PayloadError } from '../lib/errors';
import { useErrorText } from '../lib/use-error-text';

/** Errors for one field, referenced from the input by aria-describedby. */
export function FieldError({ id, errors }: { id: string; errors: readonly PayloadError[] | undefined }) {
  const errorText = useErrorText();
  if (!errors || errors.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {errors.map((error) => (
        <span key={error.code + error.message}>
          <span aria-hidden="true">⚠ </span>
          {errorText(error.code)}
        </span>
      ))}
    </p>
  );
}
