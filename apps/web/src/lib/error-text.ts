import type { PayloadError } from './errors';
import { formatDate, formatDateTimeMinute } from './format';

/**
 * What to say for one payload error: a catalogue key, its interpolation values, and `nested`
 * values that are themselves catalogue keys (a referral status, a consent scope) to translate first.
 */
export interface ErrorMessage {
  key: string;
  params: Record<string, string>;
  nested: Record<string, string>;
}

/** How a field is named in its error sentences. */
export interface FieldNaming {
  /** The field's visible label ('메모'), so the sentence can name it. */
  label?: string;
  /** A select, radio group or checkbox list: a missing value is chosen ('선택해 주세요'), not typed. */
  choice?: boolean;
}

interface Options extends FieldNaming {
  /** The UI language, for the particle after the label and number formatting. */
  language?: string;
}

/** Rules whose sentence needs `{{limit}}`, and the bound to use when the API sent no `limit`. */
const LIMIT_RULES: Record<string, 'min' | 'max'> = {
  TOO_SHORT: 'min',
  TOO_FEW: 'min',
  TOO_LONG: 'max',
  TOO_MANY: 'max',
  PERIOD_TOO_LONG: 'max',
};

const RRN_PROBLEMS = new Set(['FORMAT', 'BIRTH_DATE', 'SEX_DIGIT']);

/**
 * Whether a label's last syllable ends in a consonant (받침), which picks 은/는, 을/를. A bracketed
 * note is not read aloud, so '유효기간(까지)' takes the particle of '유효기간'.
 */
function hasFinalConsonant(word: string): boolean {
  const last = word
    .replace(/\s*\([^)]*\)/g, '')
    .trim()
    .slice(-1);
  const code = last.charCodeAt(0) - 0xac00;
  if (code >= 0 && code <= 11171) return code % 28 !== 0;
  // Digits and Latin letters read aloud in Korean: 1 일, 3 삼, 6 육, 7 칠, 8 팔, 0 영; L, M, N, R.
  return /[013678LMNR]$/i.test(last);
}

/** 'label' with the topic and object particles for Korean ('메모는', '메모를'); plain elsewhere. */
function labelForms(label: string, language: string): { subject: string; object: string } {
  if (!language.startsWith('ko')) return { subject: label, object: label };
  const final = hasFinalConsonant(label);
  return { subject: label + (final ? '은' : '는'), object: label + (final ? '을' : '를') };
}

/**
 * Turns a payload error into a sentence to show: a ValidationError by its rule and bounds
 * (`errors.validationField.TOO_LONG` with the label, 'errors.validation.TOO_LONG' without),
 * the other typed errors by their fields, and anything else by its code (`errors.VALIDATION`
 * while the API still sends a plain InputError).
 */
export function errorMessage(
  error: PayloadError,
  { label, choice, language = 'ko' }: Options = {},
): ErrorMessage {
  const numbers = new Intl.NumberFormat(language.startsWith('en') ? 'en-US' : 'ko-KR');
  const byCode: ErrorMessage = { key: `errors.${error.code}`, params: {}, nested: {} };
  // A client-side 'required' check has the code but no rule: it reads like the API's REQUIRED rule.
  const rule = error.rule ?? (error.code === 'REQUIRED' ? 'REQUIRED' : undefined);

  if (rule) {
    const params: Record<string, string> = {};
    let key = rule === 'REQUIRED' && choice ? 'REQUIRED_CHOICE' : rule;
    const bound = LIMIT_RULES[rule];
    if (bound) {
      const limit = error.limit ?? error[bound];
      if (limit == null) return { key: 'errors.VALIDATION', params: {}, nested: {} };
      params.limit = numbers.format(limit);
    }
    if (rule === 'OUT_OF_RANGE') {
      if (error.min != null) params.min = numbers.format(error.min);
      if (error.max != null) params.max = numbers.format(error.max);
      if (error.min == null && error.max == null) return { key: 'errors.VALIDATION', params: {}, nested: {} };
      if (error.min == null) key = 'OUT_OF_RANGE_MAX';
      else if (error.max == null) key = 'OUT_OF_RANGE_MIN';
    }
    if (label) {
      return {
        key: `errors.validationField.${key}`,
        params: { ...params, label, ...labelForms(label, language) },
        nested: {},
      };
    }
    return { key: `errors.validation.${key}`, params, nested: {} };
  }
  if (error.from && error.action) {
    return {
      key: 'errors.transition',
      params: {},
      nested: { from: `referrals.status.${error.from}`, action: `referrals.action.${error.action}` },
    };
  }
  if (error.scope) {
    return { key: 'errors.consentRequired', params: {}, nested: { scope: `consents.scope.${error.scope}` } };
  }
  if (error.problem && RRN_PROBLEMS.has(error.problem)) {
    return { key: `errors.rrn.${error.problem}`, params: {}, nested: {} };
  }
  if (error.code === 'PARAMETER_MISSING' && error.parameter && error.date) {
    return {
      key: 'errors.parameterMissing',
      params: { parameter: error.parameter, date: formatDate(error.date, language) },
      nested: {},
    };
  }
  if (error.lockedUntil) {
    return {
      key: 'errors.accountLocked',
      params: { until: formatDateTimeMinute(error.lockedUntil, language) },
      nested: {},
    };
  }
  return byCode;
}
