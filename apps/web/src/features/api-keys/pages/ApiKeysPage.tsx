import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useErrorText } from '../../../lib/use-error-text';
import { ApiKeyTable } from '../components/ApiKeyTable';
import { IssueApiKeyForm } from '../components/IssueApiKeyForm';
import { SecretPanel } from '../components/SecretPanel';
import { useApiKeys } from '../hooks/useApiKeys';
import type { IssuedKey } from '../hooks/useIssueApiKey';
import { useRevokeApiKey } from '../hooks/useRevokeApiKey';

export function ApiKeysPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { apiKeys, loading, error, retry } = useApiKeys();
  const { revoke, loading: isRevoking } = useRevokeApiKey();
  const [issued, setIssued] = useState<IssuedKey | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  useDocumentTitle(t('apiKeys.title'));

  return (
    <>
      <h1>{t('apiKeys.title')}</h1>
      <p>{t('apiKeys.intro')}</p>

      {issued ? <SecretPanel issued={issued} onDismiss={() => setIssued(null)} /> : null}
      <IssueApiKeyForm
        onIssued={(key) => {
          setMessage(null);
          setIssued(key);
        }}
      />

      <h2>{t('apiKeys.listTitle')}</h2>
      <div role="status" aria-live="polite" className="status-line">
        {message && !message.isError
          ? message.text
          : loading && apiKeys.length === 0
            ? t('common.loading')
            : null}
      </div>
      {message?.isError ? (
        <p className="alert alert-error" role="alert">
          {message.text}
        </p>
      ) : null}
      {error ? <QueryError error={error} onRetry={retry} /> : null}
      {!error && !loading && apiKeys.length === 0 ? <p>{t('apiKeys.empty')}</p> : null}
      {apiKeys.length > 0 ? (
        <ApiKeyTable
          apiKeys={apiKeys}
          isRevoking={isRevoking}
          onRevoke={async (key) => {
            const result = await revoke(key.id);
            setMessage(
              result.value
                ? { text: t('apiKeys.revoke.done', { name: key.name }), isError: false }
                : { text: result.errors.map((e) => errorText(e)).join(' '), isError: true },
            );
          }}
        />
      ) : null}
    </>
  );
}
