import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedKey } from '../hooks/useIssueApiKey';

/** The secret is shown once, right after issuing; the API stores only its hash. */
export function SecretPanel({ issued, onDismiss }: { issued: IssuedKey; onDismiss: () => void }) {
  const { t } = useTranslation();
  const [copyStatus, setCopyStatus] = useState<'copied' | 'copyFailed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(issued.secret);
      setCopyStatus('copied');
    } catch {
      setCopyStatus('copyFailed');
    }
  }

  return (
    <section className="card secret-panel" aria-labelledby="secret-title">
      <h2 id="secret-title">{t('apiKeys.issue.issued', { name: issued.name })}</h2>
      <p>
        <strong>{t('apiKeys.issue.secretHint')}</strong>
      </p>
      <label htmlFor="api-key-secret">{t('apiKeys.issue.secretLabel')}</label>
      <input
        id="api-key-secret"
        type="text"
        readOnly
        value={issued.secret}
        className="secret"
        onFocus={(e) => e.target.select()}
      />
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('apiKeys.issue.copy')}
        </button>
        <button type="button" className="secondary" onClick={onDismiss}>
          {t('apiKeys.issue.dismiss')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="status-line">
        {copyStatus ? t(`apiKeys.issue.${copyStatus}`) : null}
      </p>
    </section>
  );
}
