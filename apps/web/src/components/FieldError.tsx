import type { PayloadError } from '../lib/errors';
import type { FieldNaming } from '../lib/error-text';
import { useErrorText } from '../lib/use-error-text';

/**
 * Errors for one field, referenced from the input by aria-describedby. With `label` the sentence
 * names the field ('메모는 2,000자 이하로 입력해 주세요.'); `choice` marks a select, radio group or
 * checkbox list, whose missing value is chosen rather than typed ('결과를 선택해 주세요.').
 */
export function FieldError({
  id,
  errors,
  label,
  choice,
}: FieldNaming & {
  id: string;
  errors: readonly PayloadError[] | undefined;
}) {
  const errorText = useErrorText();
  if (!errors || errors.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {errors.map((error, i) => (
        <span key={`${error.code}-${error.rule ?? ''}-${i}`}>
          <span aria-hidden="true">⚠ </span>
          {errorText(error, { label, choice })}
        </span>
      ))}
    </p>
  );
}
