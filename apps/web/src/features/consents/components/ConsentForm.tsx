import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentScope, RecordConsentInput } from '../../../generated/graphql';
import { CheckboxField, ChoiceGroup, SelectField, TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import type { PayloadResult } from '../../../lib/payload';
import { shiftDate, todayInKorea } from '../../../lib/format';
import { required, unconfirmed, useFormErrors } from '../../../lib/use-form-errors';

export const CONSENT_SCOPES: readonly ConsentScope[] = ['BASIC', 'HEALTH', 'FINANCES', 'CASE_NOTES'];

interface Props {
  householdId: string;
  agencies: readonly { id: string; name: string }[];
  /** The recipient chosen already (from the referral form). */
  initialAgencyId?: string;
  loading: boolean;
  onRecord: (input: RecordConsentInput) => Promise<PayloadResult<{ grantee: { name: string } }>>;
}

const FIELDS = ['granteeAgencyId', 'scopes', 'purpose', 'validUntil', 'refusalRightNotified'];

/**
 * 정보제공 동의 기록: what 개인정보 보호법 제17조제2항 requires the resident be told — recipient,
 * purpose, items, period — and the notice of the right to refuse, without which nothing is sent.
 */
export function ConsentForm({ householdId, agencies, initialAgencyId, loading, onRecord }: Props) {
  const { t } = useTranslation();
  const [granteeAgencyId, setGrantee] = useState(initialAgencyId ?? '');
  const [scopes, setScopes] = useState<ConsentScope[]>([]);
  const [purpose, setPurpose] = useState('');
  const [validUntil, setValidUntil] = useState(() => shiftDate(todayInKorea(), { years: 1, days: -1 }));
  const [notified, setNotified] = useState(false);
  const [recorded, setRecorded] = useState<string | null>(null);
  const form = useFormErrors(FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setRecorded(null);
    const missing = [
      ...(granteeAgencyId ? [] : [required('granteeAgencyId')]),
      ...(scopes.length ? [] : [required('scopes')]),
      ...(purpose.trim() ? [] : [required('purpose')]),
      ...(validUntil ? [] : [required('validUntil')]),
      // The notice is a legal precondition (제17조제2항제4호): never send a consent without it.
      ...(notified ? [] : [unconfirmed('refusalRightNotified')]),
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
      <SelectField
        id="consent-granteeAgencyId"
        label={t('consents.form.grantee')}
        value={granteeAgencyId}
        onChange={setGrantee}
        required
        errors={form.field('granteeAgencyId')}
      >
        <option value="">{t('consents.form.chooseAgency')}</option>
        {agencies.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </SelectField>
      <ChoiceGroup
        id="consent-scope"
        legend={t('consents.form.scopesLegend')}
        type="checkbox"
        options={CONSENT_SCOPES.map((scope) => ({ value: scope, label: t(`consents.scope.${scope}`) }))}
        selected={scopes}
        onToggle={toggle}
        errors={form.field('scopes')}
      />
      <TextField
        id="consent-purpose"
        label={t('consents.form.purpose')}
        hint={t('consents.form.purposeHint')}
        value={purpose}
        onChange={setPurpose}
        required
        errors={form.field('purpose')}
      />
      <TextField
        id="consent-validUntil"
        className="field-narrow"
        type="date"
        label={t('consents.form.validUntil')}
        value={validUntil}
        min={todayInKorea()}
        onChange={setValidUntil}
        required
        errors={form.field('validUntil')}
      />
      <CheckboxField
        id="consent-refusalRightNotified"
        label={t('consents.form.notice')}
        checked={notified}
        onChange={setNotified}
        required
        errors={form.field('refusalRightNotified')}
      />
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
