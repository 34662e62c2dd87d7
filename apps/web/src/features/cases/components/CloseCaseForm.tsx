import { useState, type FormEvent } from 'react';
import { CASE_CLOSURE_REASONS } from '@ieum/domain';
import { useTranslation } from 'react-i18next';
import type { CaseClosureReason, CloseCaseInput } from '../../../generated/graphql';
import { FormAlert } from '../../../components/FormAlert';
import { SelectField, TextField } from '../../../components/Fields';
import type { PayloadResult } from '../../../lib/payload';
import { required, useFormErrors } from '../../../lib/use-form-errors';
import { CaseSection } from './CaseSection';

interface Props {
  caseId: string;
  loading: boolean;
  onClose: (input: CloseCaseInput) => Promise<PayloadResult<unknown>>;
}

/** 종결: with a reason; afterwards the case is read-only. */
export function CloseCaseForm({ caseId, loading, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<CaseClosureReason | ''>('');
  const [note, setNote] = useState('');
  const form = useFormErrors(['reason', 'note']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) return form.show([required('reason')]);
    form.clear();
    const result = await onClose({ caseId, reason, note: note.trim() || undefined });
    if (!result.value) form.show(result.errors);
  }

  return (
    <CaseSection id="close" title={t('cases.close.title')}>
      <form className="card form" onSubmit={submit} noValidate aria-label={t('cases.close.title')}>
        <p className="hint">{t('cases.close.hint')}</p>
        <FormAlert
          summaryRef={form.summaryRef}
          hasErrors={form.errors.length > 0}
          failed={t('cases.close.failed')}
          others={form.others}
        />
        <SelectField
          id="close-reason"
          label={t('cases.close.reason')}
          value={reason}
          onChange={(v) => setReason(v as CaseClosureReason | '')}
          required
          errors={form.field('reason')}
        >
          <option value="">{t('cases.close.chooseReason')}</option>
          {CASE_CLOSURE_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`cases.closureReason.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="close-note"
          multiline
          label={t('cases.close.note')}
          value={note}
          onChange={setNote}
          errors={form.field('note')}
        />
        <div className="form-actions">
          <button type="submit" className="danger" disabled={loading}>
            {t('cases.close.submit')}
          </button>
        </div>
      </form>
    </CaseSection>
  );
}
