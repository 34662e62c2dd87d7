import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from './QueryError';

export interface QueryStateProps {
  /** Whether the first answer has arrived (later pages keep the previous one on screen). */
  loaded: boolean;
  /** Say 'loading' here; leave it off when a status line of the page says it already. */
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** Whether the answer has nothing to show, and the sentence that says so. */
  isEmpty?: boolean;
  empty?: string;
  children: ReactNode;
}

/** The ladder every query view climbs: loading, a failed query, nothing found, then the content. */
export function QueryState({ loaded, loading, error, onRetry, isEmpty, empty, children }: QueryStateProps) {
  const { t } = useTranslation();
  if (error) return <QueryError error={error} onRetry={onRetry} />;
  if (!loaded) return loading ? <p role="status">{t('common.loading')}</p> : null;
  if (isEmpty) return <p>{empty}</p>;
  return <>{children}</>;
}
