import { useState, type FormEvent } from 'react';
import { APPLICATION_ACTIONS } from '@ieum/domain';
import { useTranslation } from 'react-i18next';
import type { BenefitApplicationAction, BenefitApplicationStatus } from '../../../generated/graphql';
import { TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import type { PayloadResult } from '../../../lib/payload';
import { required, useFormErrors } from '../../../lib/use-form-errors';

type Result = Promise<PayloadResult<{ status: BenefitApplicationStatus }>>;
type WithReason = 'REJECT' | 'REQUEST_DOCUMENTS';

export interface ApplicationActionHandlers {
  REVIEW: () => Result;
  REQUEST_DOCUMENTS: (reason: string) => Result;
  APPROVE: () => Result;
  REJECT: (reason: string) => Result;
  WITHDRAW: () => Result;
}

const needsReason = (a: BenefitApplicationAction): a is WithReason =>
  a === 'REJECT' || a === 'REQUEST_DOCUMENTS';

/**
 * The steps the viewer may take now (the API's availableActions): 검토, 승인 and 철회 are one button;
 * 반려 asks for its reason and 서류 보완 요청 for the documents first.
 */
export function ApplicationActions({
  available,
  handlers,
  busy,
}: {
  available: readonly BenefitApplicationAction[];
  handlers: ApplicationActionHandlers;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<WithReason | null>(null);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const form = useFormErrors(['reason']);

  async function run(action: BenefitApplicationAction, call: () => Result) {
    setMessage(null);
    form.clear();
    const result = await call();
    if (result.value) {
      setMessage(
        t('applications.actions.done', {
          action: t(`applications.action.${action}`),
          status: t(`applications.status.${result.value.status}`),
        }),
      );
      setOpen(null);
      setReason('');
      return;
    }
    form.show(result.errors);
  }

  function submitReason(event: FormEvent) {
    event.preventDefault();
    if (!open) return;
    if (!reason.trim()) return form.show([required('reason')]);
    const action = open;
    void run(action, () => handlers[action](reason.trim()));
  }

  const actions = APPLICATION_ACTIONS.filter((a) => available.includes(a));
  return (
    <section aria-labelledby="application-actions-title" className="card">
      <h2 id="application-actions-title">{t('applications.actions.title')}</h2>
      {actions.length === 0 ? <p>{t('applications.actions.none')}</p> : null}
      <div className="form-actions">
        {actions.map((action) =>
          needsReason(action) ? (
            <button
              key={action}
              type="button"
              aria-expanded={open === action}
              aria-controls="application-reason-form"
              onClick={() => {
                setOpen(open === action ? null : action);
                form.clear();
              }}
            >
              {t(`applications.action.${action}`)}
            </button>
          ) : (
            <button
              key={action}
              type="button"
              disabled={busy}
              className={action === 'WITHDRAW' ? 'danger' : 'primary'}
              onClick={() => void run(action, handlers[action])}
            >
              {t(`applications.action.${action}`)}
            </button>
          ),
        )}
      </div>
      {open ? (
        <form
          id="application-reason-form"
          className="form subform"
          onSubmit={submitReason}
          noValidate
          aria-label={t(`applications.action.${open}`)}
        >
          <TextField
            id="application-reason"
            multiline
            label={t(open === 'REJECT' ? 'applications.actions.reason' : 'applications.actions.documents')}
            value={reason}
            onChange={setReason}
            required
            maxLength={1000}
            errors={form.field('reason')}
          />
          <div className="form-actions">
            <button type="submit" className={open === 'REJECT' ? 'danger' : 'primary'} disabled={busy}>
              {t(`applications.action.${open}`)}
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
        failed={t('applications.actions.failed')}
        others={form.others}
      />
    </section>
  );
}
