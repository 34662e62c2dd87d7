import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResourceCardFragment, SendReferralInput } from '../../../generated/graphql';
import { FormAlert } from '../../../components/FormAlert';
import { SelectField, TextField } from '../../../components/Fields';
import { todayInKorea } from '../../../lib/format';
import type { ReferralTarget } from '../hooks/useReferralTargets';
import type { PayloadResult } from '../../../lib/payload';
import { required, useFormErrors } from '../../../lib/use-form-errors';
import { ResourcePicker } from './ResourcePicker';

interface Props {
  caseId: string;
  /** The household's 읍면동, where the resource search starts. */
  regionCode?: string;
  targets: readonly ReferralTarget[];
  loading: boolean;
  onSend: (input: SendReferralInput) => Promise<PayloadResult<{ toAgency: { name: string } }>>;
  /** Opens the consent form for this agency, on the same page. */
  onRecordConsent: (agencyId: string) => void;
}

/** A private agency needs a consent covering 기본정보 (BASIC) before it is sent anything. */
const needsConsent = (target: ReferralTarget | undefined) =>
  Boolean(target && target.sector === 'PRIVATE' && !target.coverage?.scopes.includes('BASIC'));

/** 서비스 의뢰: to another agency, with what is asked and by when it should answer. */
export function SendReferralForm({ caseId, regionCode, targets, loading, onSend, onRecordConsent }: Props) {
  const { t } = useTranslation();
  const [toAgencyId, setTo] = useState('');
  const [service, setService] = useState('');
  const [resource, setResource] = useState<ResourceCardFragment | null>(null);
  const [note, setNote] = useState('');
  const [replyBy, setReplyBy] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const form = useFormErrors(['toAgencyId', 'service', 'note', 'replyBy']);
  const chosen = targets.find((a) => a.id === toAgencyId);
  const refusedForConsent = form.errors.some((e) => e.code === 'NO_CONSENT');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const missing = [
      ...(toAgencyId ? [] : [required('toAgencyId')]),
      ...(service.trim() || resource ? [] : [required('service')]),
    ];
    if (missing.length) return form.show(missing);
    form.clear();
    const result = await onSend({
      caseId,
      toAgencyId,
      resourceId: resource?.id,
      service: service.trim(),
      note: note.trim() || undefined,
      replyBy: replyBy || undefined,
    });
    if (result.value) {
      setDone(t('referrals.send.sent', { agency: result.value.toAgency.name }));
      setTo('');
      setService('');
      setResource(null);
      setNote('');
      setReplyBy('');
      return;
    }
    form.show(result.errors);
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="send-referral-title">
      <h3 id="send-referral-title">{t('referrals.send.title')}</h3>
      <FormAlert
        summaryRef={form.summaryRef}
        hasErrors={form.errors.length > 0}
        failed={t('referrals.send.failed')}
        others={form.others}
      />
      <ResourcePicker
        regionCode={regionCode}
        chosen={resource}
        onChoose={(r) => {
          setResource(r);
          if (r) setTo(r.agency.id);
        }}
      />
      <SelectField
        id="referral-toAgency"
        label={t('referrals.send.toAgency')}
        value={toAgencyId}
        onChange={(id) => {
          setTo(id);
          if (resource && id !== resource.agency.id) setResource(null);
        }}
        required
        errors={form.field('toAgencyId')}
      >
        <option value="">{t('referrals.send.chooseAgency')}</option>
        {targets.map((a) => (
          <option key={a.id} value={a.id}>
            {t(needsConsent(a) ? 'referrals.send.optionNeedsConsent' : 'referrals.send.option', {
              agency: a.name,
            })}
          </option>
        ))}
      </SelectField>
      {chosen ? (
        <div className="consent-coverage" aria-live="polite">
          <p className="hint">
            {chosen.sector === 'PUBLIC'
              ? t('referrals.send.publicNoConsent')
              : chosen.coverage
                ? t('referrals.send.covered', {
                    scopes: chosen.coverage.scopes.map((s) => t(`consents.scope.${s}`)).join(', '),
                    until: chosen.coverage.validUntil,
                  })
                : t('referrals.send.notCovered')}
          </p>
          {needsConsent(chosen) || (refusedForConsent && chosen.sector === 'PRIVATE') ? (
            <button type="button" className="secondary" onClick={() => onRecordConsent(chosen.id)}>
              {t('referrals.send.recordConsent', { agency: chosen.name })}
            </button>
          ) : null}
        </div>
      ) : null}
      <TextField
        id="referral-service"
        label={t('referrals.send.service')}
        hint={resource ? t('referrals.resource.serviceHint', { name: resource.name }) : undefined}
        value={service}
        onChange={setService}
        required={!resource}
        errors={form.field('service')}
      />
      <TextField
        id="referral-note"
        multiline
        label={t('referrals.send.note')}
        value={note}
        onChange={setNote}
        errors={form.field('note')}
      />
      <TextField
        id="referral-replyBy"
        className="field-narrow"
        type="date"
        label={t('referrals.send.replyBy')}
        hint={t('referrals.send.replyByHint')}
        value={replyBy}
        min={todayInKorea()}
        onChange={setReplyBy}
        errors={form.field('replyBy')}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {t('referrals.send.submit')}
        </button>
      </div>
      <p role="status" className="status-line">
        {done}
      </p>
    </form>
  );
}
