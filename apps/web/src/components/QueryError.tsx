import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../lib/errors';

/** A failed query: FORBIDDEN and NO_CONSENT (no 정보제공 동의 for the viewer's agency) get their own sentences; UNAUTHENTICATED is handled by the auth gate. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = errorCodeOf(error);
  if (code === 'UNAUTHENTICATED') return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>
        {code === 'FORBIDDEN'
          ? t('common.forbidden')
          : code === 'NO_CONSENT'
            ? t('common.noConsent')
            : t('common.loadFailed')}
      </p>
      {onRetry && code !== 'FORBIDDEN' && code !== 'NO_CONSENT' ? (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
