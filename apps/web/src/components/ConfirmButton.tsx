import { useState } from 'react';

interface Props {
  /** The button's text. */
  label: string;
  /** The button's accessible name when its text alone does not say what it acts on. */
  name?: string;
  /** The question asked in place of the button ('… 키를 폐기할까요?'). */
  question: string;
  yes: string;
  no: string;
  busy: boolean;
  /** Runs the action; the question closes once it resolves true (it stays open on failure). */
  onConfirm: () => Promise<boolean>;
}

/**
 * A button for an action that cannot be undone (revoking a key, withdrawing a consent): it first
 * asks, in its place, inside a group named after the action.
 */
export function ConfirmButton({ label, name, question, yes, no, busy, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)} aria-label={name}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={name ?? label}>
      <p>{question}</p>
      <button
        type="button"
        className="danger"
        disabled={busy}
        onClick={() => void onConfirm().then((done) => done && setAsking(false))}
      >
        {yes}
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {no}
      </button>
    </div>
  );
}
