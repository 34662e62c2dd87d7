import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../generated/graphql';
import { FieldError } from '../../../components/FieldError';
import { errorsByField, type PayloadError } from '../../../lib/errors';
import { useErrorText } from '../../../lib/use-error-text';
import { useAgencyOptions } from '../hooks/useAgencyOptions';
import { useIssueApiKey, type IssuedKey } from '../hooks/useIssueApiKey';

// The API never issues an ADMIN key.
const ROLES: readonly Role[] = ['CASE_WORKER', 'SUPERVISOR', 'AGENCY_WORKER', 'ANALYST'];

export function IssueApiKeyForm({ onIssued }: { onIssued: (issued: IssuedKey) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { agencies, loading: agenciesLoading } = useAgencyOptions();
  const { issue, loading } = useIssueApiKey();
  const [agencyId, setAgencyId] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [errors, setErrors] = useState<PayloadError[]>([]);

  const byField = errorsByField(errors);
  const fieldKeys = ['agencyId', 'name', 'role'];
  const formErrors = [...byField].filter(([key]) => !fieldKeys.includes(key)).flatMap(([, list]) => list);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    const result = await issue({ agencyId, name: name.trim(), ...(role ? { role } : {}) });
    if (result.issued) {
      setName('');
      setRole('');
      onIssued(result.issued);
    } else {
      setErrors(result.errors);
    }
  }

  const describedBy = (key: string) => (byField.has(key) ? `issue-${key}-error` : undefined);

  return (
    <section className="card" aria-labelledby="issue-title">
      <h2 id="issue-title">{t('apiKeys.issue.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        {formErrors.length ? (
          <div className="alert alert-error" role="alert">
            {formErrors.map((e, i) => (
              <p key={`${e.code}-${i}`}>
                <span aria-hidden="true">⚠ </span>
                {errorText(e)}
              </p>
            ))}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="issue-agencyId">{t('apiKeys.issue.agency')}</label>
          <select
            id="issue-agencyId"
            required
            value={agencyId}
            onChange={(e) => setAgencyId(e.target.value)}
            aria-busy={agenciesLoading || undefined}
            aria-invalid={byField.has('agencyId') || undefined}
            aria-describedby={describedBy('agencyId')}
          >
            <option value="">{t('apiKeys.issue.chooseAgency')}</option>
            {agencies.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name}
              </option>
            ))}
          </select>
          <FieldError id="issue-agencyId-error" errors={byField.get('agencyId')} />
        </div>
        <div className="field">
          <label htmlFor="issue-name">{t('apiKeys.issue.name')}</label>
          <input
            id="issue-name"
            type="text"
            required
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={byField.has('name') || undefined}
            aria-describedby={describedBy('name')}
          />
          <FieldError id="issue-name-error" errors={byField.get('name')} />
        </div>
        <div className="field">
          <label htmlFor="issue-role">{t('apiKeys.issue.role')}</label>
          <select
            id="issue-role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role | '')}
            aria-invalid={byField.has('role') || undefined}
            aria-describedby={describedBy('role')}
          >
            <option value="">{t('apiKeys.issue.defaultRole')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`common.roles.${r}`)}
              </option>
            ))}
          </select>
          <FieldError id="issue-role-error" errors={byField.get('role')} />
        </div>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('apiKeys.issue.submitting') : t('apiKeys.issue.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
