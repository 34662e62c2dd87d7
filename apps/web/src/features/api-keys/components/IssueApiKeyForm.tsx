import { useState, type FormEvent } from 'react';
import { API_KEY_ROLES } from '@ieum/domain';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../generated/graphql';
import { SelectField, TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import { useFormErrors } from '../../../lib/use-form-errors';
import { useAgencyOptions } from '../hooks/useAgencyOptions';
import { useIssueApiKey, type IssuedKey } from '../hooks/useIssueApiKey';

// The API never issues an ADMIN key.

export function IssueApiKeyForm({ onIssued }: { onIssued: (issued: IssuedKey) => void }) {
  const { t } = useTranslation();
  const { agencies, loading: agenciesLoading } = useAgencyOptions();
  const { issue, loading } = useIssueApiKey();
  const [agencyId, setAgencyId] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const form = useFormErrors(['agencyId', 'name', 'role']);

  async function submit(event: FormEvent) {
    event.preventDefault();
    form.clear();
    const result = await issue({ agencyId, name: name.trim(), ...(role ? { role } : {}) });
    if (result.value) {
      setName('');
      setRole('');
      onIssued(result.value);
    } else {
      form.show(result.errors);
    }
  }

  return (
    <section className="card" aria-labelledby="issue-title">
      <h2 id="issue-title">{t('apiKeys.issue.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <FormAlert
          summaryRef={form.summaryRef}
          hasErrors={form.errors.length > 0}
          failed={t('apiKeys.issue.failed')}
          others={form.others}
        />
        <SelectField
          id="issue-agencyId"
          label={t('apiKeys.issue.agency')}
          required
          value={agencyId}
          onChange={setAgencyId}
          busy={agenciesLoading}
          errors={form.field('agencyId')}
        >
          <option value="">{t('apiKeys.issue.chooseAgency')}</option>
          {agencies.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id="issue-name"
          label={t('apiKeys.issue.name')}
          required
          autoComplete="off"
          value={name}
          onChange={setName}
          errors={form.field('name')}
        />
        <SelectField
          id="issue-role"
          label={t('apiKeys.issue.role')}
          value={role}
          onChange={(value) => setRole(value as Role | '')}
          errors={form.field('role')}
        >
          <option value="">{t('apiKeys.issue.defaultRole')}</option>
          {API_KEY_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`common.roles.${r}`)}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('apiKeys.issue.submitting') : t('apiKeys.issue.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
