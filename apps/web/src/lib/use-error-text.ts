import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Translates a stable error code; unknown codes get a generic sentence rather than a raw key. */
export function useErrorText(): (code: string) => string {
  const { t } = useTranslation();
  return useCallback((code: string) => t(`errors.${code}`, { defaultValue: t('errors.UNKNOWN') }), [t]);
}
