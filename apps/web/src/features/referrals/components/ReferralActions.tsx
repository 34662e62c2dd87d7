import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralAction, ReferralOutcome, ReferralStatus } from '../../../generated/graphql';
import { SelectField, TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import type { PayloadResult } from '../../../lib/payload';
import { required, useFormErrors } from '../../../lib/use-form-errors';
import { REFERRAL_ACTIONS, REFERRAL_OUTCOMES } from '@ieum/domain';

type Result = Promise<PayloadResult<{ status: ReferralStatus }>>;

export interface ReferralActionHandlers {
  RECEIVE: () => Result;
  ACCEPT: () => Result;
  DECLINE: (reason: string) => Result;
  START_SERVICE: () => Result;
  COMPLETE: (outcome: ReferralOutcome, note: string | undefined) => Result;
  CANCEL: () => Result;
}

interface Props {
  available: readonly ReferralAction[];
  handlers: ReferralActionHandlers;
  busy: boolean;
}

/**
 * The steps the viewer's agency may take now (the API's availableActions): simple steps are one
 * button; 거절 asks for a reason and 완료(회송) for an outcome first.
 */
export function ReferralActions({ available, handlers, busy }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'DECLINE' | 'COMPLETE' | null>(null);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<ReferralOutcome | ''>('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  // The reason and the outcome fields belong to the open sub-form; every other error is said in the alert.
  const form = useFormErrors(['reason', 'outcome', 'note']);

  async function run(action: ReferralAction, call: () => Result) {
    setMessage(null);
    form.clear();
    const result = await call();
    if (result.value) {
      setMessage(
        t('referrals.actions.done', {
          action: t(`referrals.action.${action}`),
          status: t(`referrals.status.${result.value.status}`),
        }),
      );
      setOpen(null);
      setReason('');
      setOutcome('');
      setNote('');
      return;
    }
    form.show(result.errors);
  }

  function submitDecline(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return form.show([required('reason')]);
    void run('DECLINE', () => handlers.DECLINE(reason.trim()));
  }

  function submitComplete(event: FormEvent) {
    event.preventDefault();
    if (!outcome) return form.show([required('outcome')]);
    void run('COMPLETE', () => handlers.COMPLETE(outcome, note.trim() || undefined));
  }

  const actions = REFERRAL_ACTIONS.filter((a) => available.includes(a));

  return (
    <section aria-labelledby="referral-actions-title" className="card">
      <h2 id="referral-actions-title">{t('referrals.actions.title')}</h2>
      {actions.length === 0 ? <p>{t('referrals.actions.none')}</p> : null}
      <div className="form-actions">
        {actions.map((action) =>
          action === 'DECLINE' || action === 'COMPLETE' ? (
            <button
              key={action}
              type="button"
              aria-expanded={open === action}
              aria-controls={`referral-${action.toLowerCase()}-form`}
              onClick={() => setOpen(open === action ? null : action)}
              className={action === 'DECLINE' ? undefined : 'primary'}
            >
              {t(`referrals.action.${action}`)}
            </button>
          ) : (
            <button
              key={action}
              type="button"
              disabled={busy}
              className={action === 'CANCEL' ? 'danger' : 'primary'}
              onClick={() => void run(action, handlers[action])}
            >
              {t(`referrals.action.${action}`)}
            </button>
          ),
        )}
      </div>

      {open === 'DECLINE' ? (
        <form
          id="referral-decline-form"
          className="form subform"
          onSubmit={submitDecline}
          noValidate
          aria-label={t('referrals.action.DECLINE')}
        >
          <TextField
            id="referral-decline-reason"
            multiline
            label={t('referrals.actions.declineReason')}
            value={reason}
            onChange={setReason}
            required
            errors={form.field('reason')}
          />
          <div className="form-actions">
            <button type="submit" className="danger" disabled={busy}>
              {t('referrals.actions.declineSubmit')}
            </button>
          </div>
        </form>
      ) : null}
      {open === 'COMPLETE' ? (
        <form
          id="referral-complete-form"
          className="form subform"
          onSubmit={submitComplete}
          noValidate
          aria-label={t('referrals.action.COMPLETE')}
        >
          <SelectField
            id="referral-complete-outcome"
            label={t('referrals.actions.outcome')}
            value={outcome}
            onChange={(v) => setOutcome(v as ReferralOutcome | '')}
            required
            errors={form.field('outcome')}
          >
            <option value="">{t('referrals.actions.chooseOutcome')}</option>
            {REFERRAL_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`referrals.outcome.${o}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="referral-complete-note"
            multiline
            label={t('referrals.actions.outcomeNote')}
            value={note}
            onChange={setNote}
            errors={form.field('note')}
          />
          <div className="form-actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('referrals.actions.completeSubmit')}
            </button>
          </div>
        </form>
      ) : null}

      <p role="status" className="status-line">
        {message}
      </p>
      <FormAlert
        summaryRef={form.summaryRef}
        hasErrors={form.errors.length > 0}
        failed={t('referrals.actions.failed')}
        others={form.others}
      />
    </section>
  );
}
