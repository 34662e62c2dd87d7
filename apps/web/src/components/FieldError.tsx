import type { PayloadError } from '../lib/errors';
import { useErrorText } from '../lib/use-error-text';

interface Props {
  id: string;
  errors: readonly PayloadError[] | undefined;
  /** The field's visible label, so a rule reads as a sentence about it ("메모는 2,000자 이하로…"). */
  label?: string;
}

/** Errors for one field, referenced from the input by aria-describedby. */
export function FieldError({ id, errors, label }: Props) {
  const errorText = useErrorText();
  if (!errors || errors.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {errors.map((error) => (
        <span key={error.code + error.message}>
          <span aria-hidden="true">⚠ </span>
          {errorText(error, label)}
        </span>
      ))}
    </p>
  );
}
