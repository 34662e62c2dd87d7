import type { PayloadError } from './errors';

/** An i18n key and its parameters: what `t` needs to say one payload error. */
export interface ErrorText {
  key: string;
  params: Record<string, string | number>;
  /** Keys tried in order when `key` has no text (i18next's fallback keys). */
  fallbacks: string[];
}

/** Topic particle for a Korean label: 메모 → 메모는, 목적 → 목적은; anything else → 은(는). */
export function withTopicParticle(label: string): string {
  const last = label.trim().slice(-1);
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return label + ((code - 0xac00) % 28 === 0 ? '는' : '은');
  return `${label}은(는)`;
}

/**
 * How to say a payload error in the user's language: a ValidationError by its rule and bounds
 * (with the field's label when the form gives it), a refused referral step by its status and action,
 * a missing consent by its item, anything else by its code. Numbers come formatted for `locale`.
 */
export function errorText(error: PayloadError, locale: string, fieldLabel?: string): ErrorText {
  const number = (n: number | null | undefined) =>
    n === null || n === undefined ? '' : new Intl.NumberFormat(locale).format(n);
  const fallbacks = [`errors.${error.code}`, 'errors.UNKNOWN'];
  if (error.rule) {
    const min = error.min ?? null;
    const max = error.max ?? null;
    const range = min !== null && max !== null ? 'between' : min !== null ? 'atLeast' : 'atMost';
    const params = {
      limit: number(error.limit ?? error.max ?? error.min),
      min: number(min),
      max: number(max),
      rangeKey: `errors.range.${range}`,
      field: fieldLabel ?? '',
      topic: fieldLabel ? withTopicParticle(fieldLabel) : '',
    };
    const plain = `errors.validation.${error.rule}`;
    return fieldLabel
      ? { key: `errors.validationOf.${error.rule}`, params, fallbacks: [plain, ...fallbacks] }
      : { key: plain, params, fallbacks };
  }
  if (error.code === 'INVALID_TRANSITION' && error.from && error.action) {
    return {
      key: 'errors.transition',
      params: { fromKey: `referrals.status.${error.from}`, actionKey: `referrals.action.${error.action}` },
      fallbacks,
    };
  }
  if (error.code === 'NO_CONSENT' && error.scope) {
    return {
      key: 'errors.consentRequired',
      params: { scopeKey: `consents.scope.${error.scope}` },
      fallbacks,
    };
  }
  return { key: `errors.${error.code}`, params: {}, fallbacks: ['errors.UNKNOWN'] };
}
