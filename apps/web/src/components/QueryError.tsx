import { useTranslation } from 'react-i18next';
import { errorCodeOf } from '../lib/errors';

/** A failed query: FORBIDDEN gets its own sentence; UNAUTHENTICATED is handled by the auth gate. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = errorCodeOf(error);
  if (code === 'UNAUTHENTICATED') return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>{code === 'FORBIDDEN' ? t('common.forbidden') : t('common.loadFailed')}</p>
      {onRetry && code !== 'FORBIDDEN' ? (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
