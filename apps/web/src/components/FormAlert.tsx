import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
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

interface FieldLink {
  controlId: string;
  text: string;
}

/**
 * The fields of the form now marked invalid, each with the sentence said beside it, read from the
 * form itself (aria-invalid and the aria-describedby error), so every form's summary lists and links
 * its fields without keeping a second list of them.
 */
function invalidFieldsOf(form: HTMLFormElement | null): FieldLink[] {
  if (!form) return [];
  const seen = new Set<string>();
  const links: FieldLink[] = [];
  // A group of boxes (fieldset) carries its error itself; its link goes to its first box.
  for (const element of form.querySelectorAll<HTMLElement>(
    '[aria-invalid="true"][id], fieldset[aria-describedby]',
  )) {
    const errorId = (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .find((id) => id.endsWith('-error'));
    const error = errorId ? form.ownerDocument.getElementById(errorId) : null;
    const control =
      element.tagName === 'FIELDSET' ? element.querySelector<HTMLElement>('input[id], select[id]') : element;
    if (!errorId || !error || !control || seen.has(errorId)) continue;
    seen.add(errorId);
    links.push({ controlId: control.id, text: (error.textContent ?? '').replace(/⚠\s*/g, '').trim() });
  }
  return links;
}

/**
 * The top-of-form error summary: what failed, a link to each field to fix (in the order of the
 * form), and the errors that belong to no field. It takes focus after a failed submit so it is read out.
 */
export function FormAlert({ summaryRef, hasErrors, failed, others, showPath }: Props) {
  const errorText = useErrorText();
  const [fields, setFields] = useState<FieldLink[]>([]);
  const shown = useRef('');
  // Runs after every render on purpose: the fields' errors are rendered by the form's own fields, so
  // the summary reads them from the page once they are there; the key comparison ends the loop.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const next = hasErrors ? invalidFieldsOf(summaryRef.current?.closest('form') ?? null) : [];
    const key = JSON.stringify(next);
    if (key !== shown.current) {
      shown.current = key;
      setFields(next);
    }
  });
  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" className={hasErrors ? 'alert alert-error' : undefined}>
      {hasErrors ? (
        <>
          <p>{failed}</p>
          {fields.length ? (
            <ul className="error-summary">
              {fields.map((f) => (
                <li key={f.controlId}>
                  <a
                    href={`#${f.controlId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(f.controlId)?.focus();
                    }}
                  >
                    {f.text}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
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
