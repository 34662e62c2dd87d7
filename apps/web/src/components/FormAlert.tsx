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
  /** Prefix each error with its path (`conditions.2.weight`): for editors whose fields are data. */
  showPath?: boolean;
}

/** The path of an error without its leading 'input', for the summary of a data editor. */
const pathOf = (e: PayloadError) => (e.path ?? []).filter((p, i) => !(i === 0 && p === 'input')).join('.');

/** The top-of-form error summary; it takes focus after a failed submit so it is read out. */
export function FormAlert({ summaryRef, hasErrors, failed, others, showPath }: Props) {
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
              {showPath && pathOf(e) ? <code> ({pathOf(e)})</code> : null}
            </p>
          ))}
        </>
      ) : null}
    </div>
  );
}
