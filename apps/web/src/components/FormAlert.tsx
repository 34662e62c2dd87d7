import type { RefObject } from 'react';
import type { PayloadError } from '../lib/errors';
import { useErrorText } from '../lib/use-error-text';

interface Props {
  summaryRef: RefObject<HTMLDivElement | null>;
  /** Whether the form has any error at all (then the summary says `failed`). */
  hasErrors: boolean;
  failed: string;
  /** Errors that belong to no field of the form, said here in full. */
  others: readonly PayloadError[];
}

/** The top-of-form error summary; it takes focus after a failed submit so it is read out. */
export function FormAlert({ summaryRef, hasErrors, failed, others }: Props) {
  const errorText = useErrorText();
  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" className={hasErrors ? 'alert alert-error' : undefined}>
      {hasErrors ? (
        <>
          <p>{failed}</p>
          {others.map((e, i) => (
            <p key={`${e.code}-${i}`}>
              <span aria-hidden="true">⚠ </span>
              {errorText(e)}
            </p>
          ))}
        </>
      ) : null}
    </div>
  );
}
