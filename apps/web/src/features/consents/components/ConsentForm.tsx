import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentScope, RecordConsentInput } from '../../../generated/graphql';
import { FieldError } from '../../../components/FieldError';
import { FormAlert } from '../../../components/FormAlert';
import type { PayloadResult } from '../../../lib/payload';
import { shiftDate, todayInKorea } from '../../../lib/format';
import { required, useFormErrors } from '../../../lib/use-form-errors';

export const CONSENT_SCOPES: readonly ConsentScope[] = ['BASIC', 'HEALTH', 'FINANCES', 'CASE_NOTES'];

interface Props {
  householdId: string;
  agencies: readonly { id: string; name: string }[];
  loading: boolean;
  onRecord: (input: RecordConsentInput) => Promise<PayloadResult<{ grantee: { name: string } }>>;
}

const FIELDS = ['granteeAgencyId', 'scopes', 'purpose', 'validUntil', 'refusalRightNotified'];

/**
 * 정보제공 동의 기록: what 개인정보 보호법 제17조제2항 requires the resident be told — recipient,
 * purpose, items, period — and the notice of the right to refuse, without which nothing is sent.
 */
export function ConsentForm({ householdId, agencies, loading, onRecord }: Props) {
  const { t } = useTranslation();
  const [granteeAgencyId, setGrantee] = useState('');
  const [scopes, setScopes] = useState<ConsentScope[]>([]);
  const [purpose, setPurpose] = useState('');
  const [validUntil, setValidUntil] = useState(() => shiftDate(todayInKorea(), { years: 1, days: -1 }));
  const [notified, setNotified] = useState(false);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);
  const err = (field: string) => form.field(field);
  const describe = (field: string, hint?: string) =>
    [hint, err(field) ? `consent-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setRecorded(null);
    const missing = [
      ...(granteeAgencyId ? [] : [required('granteeAgencyId')]),
      ...(scopes.length ? [] : [required('scopes')]),
      ...(purpose.trim() ? [] : [required('purpose')]),
      ...(validUntil ? [] : [required('validUntil')]),
      // The notice is a legal precondition (제17조제2항제4호): never send a consent without it.
      ...(notified ? [] : [required('refusalRightNotified')]),
    ];
    if (missing.length) {
      form.show(missing);
      return;
    }
    form.clear();
    const result = await onRecord({
      householdId,
      granteeAgencyId,
      scopes,
      purpose: purpose.trim(),
      validUntil,
      refusalRightNotified: notified,
    });
    if (result.value) {
      setRecorded(t('consents.form.recorded', { agency: result.value.grantee.name }));
      setGrantee('');
      setScopes([]);
      setPurpose('');
      setNotified(false);
      return;
    }
    form.show(result.errors);
  }

  const toggle = (scope: ConsentScope, on: boolean) =>
    setScopes((current) =>
      on
        ? CONSENT_SCOPES.filter((s) => s === scope || current.includes(s))
        : current.filter((s) => s !== scope),
    );

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby="consent-form-title">
      <h3 id="consent-form-title">{t('consents.form.title')}</h3>
      <FormAlert
        summaryRef={form.summaryRef}
        hasErrors={form.errors.length > 0}
        failed={t('consents.form.failed')}
        others={form.others}
      />
      <div className="field">
        <label htmlFor="consent-granteeAgencyId">{t('consents.form.grantee')}</label>
        <select
          id="consent-granteeAgencyId"
          value={granteeAgencyId}
          onChange={(e) => setGrantee(e.target.value)}
          required
          aria-invalid={err('granteeAgencyId') ? true : undefined}
          aria-describedby={describe('granteeAgencyId')}
        >
          <option value="">{t('consents.form.chooseAgency')}</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <FieldError id="consent-granteeAgencyId-error" errors={err('granteeAgencyId')} />
      </div>
      <fieldset aria-describedby={describe('scopes')}>
        <legend>{t('consents.form.scopesLegend')}</legend>
        {CONSENT_SCOPES.map((scope) => (
          <div className="checkbox" key={scope}>
            <input
              id={`consent-scope-${scope}`}
              type="checkbox"
              checked={scopes.includes(scope)}
              onChange={(e) => toggle(scope, e.target.checked)}
              aria-invalid={err('scopes') ? true : undefined}
            />
            <label htmlFor={`consent-scope-${scope}`}>{t(`consents.scope.${scope}`)}</label>
          </div>
        ))}
        <FieldError id="consent-scopes-error" errors={err('scopes')} />
      </fieldset>
      <div className="field">
        <label htmlFor="consent-purpose">{t('consents.form.purpose')}</label>
        <input
          id="consent-purpose"
          type="text"
          value={purpose}
          onChange={(e) => setPurpose(e.target.value)}
          required
          aria-invalid={err('purpose') ? true : undefined}
          aria-describedby={describe('purpose', 'consent-purpose-hint')}
        />
        <p id="consent-purpose-hint" className="hint">
          {t('consents.form.purposeHint')}
        </p>
        <FieldError id="consent-purpose-error" errors={err('purpose')} />
      </div>
      <div className="field field-narrow">
        <label htmlFor="consent-validUntil">{t('consents.form.validUntil')}</label>
        <input
          id="consent-validUntil"
          type="date"
          value={validUntil}
          min={todayInKorea()}
          onChange={(e) => setValidUntil(e.target.value)}
          required
          aria-invalid={err('validUntil') ? true : undefined}
          aria-describedby={describe('validUntil')}
        />
        <FieldError id="consent-validUntil-error" errors={err('validUntil')} />
      </div>
      <div className="field">
        <div className="checkbox">
          <input
            id="consent-refusalRightNotified"
            type="checkbox"
            checked={notified}
            onChange={(e) => setNotified(e.target.checked)}
            required
            aria-invalid={err('refusalRightNotified') ? true : undefined}
            aria-describedby={describe('refusalRightNotified')}
          />
          <label htmlFor="consent-refusalRightNotified">{t('consents.form.notice')}</label>
        </div>
        <FieldError id="consent-refusalRightNotified-error" errors={err('refusalRightNotified')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={loading}>
          {loading ? t('consents.form.submitting') : t('consents.form.submit')}
        </button>
      </div>
      <p role="status" className="status-line">
        {recorded}
      </p>
    </form>
  );
}
