import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayloadError } from './errors';
import { errorMessage, type FieldNaming } from './error-text';

/**
 * Says a payload error (or a bare code) in the UI language; `field` names the field when the
 * sentence is shown beside it. Unknown codes get a generic sentence rather than a raw key.
 */
export function useErrorText(): (error: PayloadError | string, field?: FieldNaming) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: PayloadError | string, field?: FieldNaming) => {
      const payload = typeof error === 'string' ? { code: error, message: '' } : error;
      const { key, params, nested } = errorMessage(payload, { ...field, language: i18n.language });
      const translated = Object.fromEntries(Object.entries(nested).map(([name, k]) => [name, t(k)]));
      return t(key, { ...params, ...translated, defaultValue: t('errors.UNKNOWN') });
    },
    [t, i18n.language],
  );
}
