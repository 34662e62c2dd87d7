import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayloadError } from './errors';
import { errorText } from './error-text';

/**
 * Says a payload error (or a bare code) in the user's language: specific where the error carries
 * a rule, a status or a consent item; a generic sentence rather than a raw key for unknown codes.
 */
export function useErrorText(): (error: PayloadError | string, fieldLabel?: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: PayloadError | string, fieldLabel?: string) => {
      const e = typeof error === 'string' ? { code: error, message: '' } : error;
      const { key, params, fallbacks } = errorText(e, i18n.language || 'ko', fieldLabel);
      // Parameters that are themselves texts (a status, an item, a range) are translated first.
      const resolved: Record<string, string | number> = { ...params };
      if (typeof params.rangeKey === 'string') resolved.range = t(params.rangeKey, params);
      if (typeof params.fromKey === 'string') resolved.from = t(params.fromKey);
      if (typeof params.actionKey === 'string') resolved.action = t(params.actionKey);
      if (typeof params.scopeKey === 'string') resolved.scope = t(params.scopeKey);
      return t([key, ...fallbacks], resolved);
    },
    [t, i18n.language],
  );
}
