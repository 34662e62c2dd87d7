import { badInputOf, errorCodeOf, type PayloadError } from './errors';

export type PayloadResult<T> = { value: T; errors: [] } | { value?: undefined; errors: PayloadError[] };

const UNKNOWN: PayloadError = { code: 'UNKNOWN', message: '', path: null };

/**
 * Runs a mutation whose payload is `{ <thing>, errors }`: the thing when it succeeded, otherwise the
 * payload errors (with their paths, for the form) or the GraphQL error's code.
 */
export async function runPayload<T>(
  call: () => Promise<{ value: T | null | undefined; errors: readonly PayloadError[] } | null | undefined>,
): Promise<PayloadResult<T>> {
  try {
    const payload = await call();
    if (payload && payload.value !== null && payload.value !== undefined && payload.errors.length === 0) {
      return { value: payload.value, errors: [] };
    }
    return { errors: payload?.errors.length ? [...payload.errors] : [UNKNOWN] };
  } catch (error) {
    // An input the API could not read names its field: it is said there, not as "try again later".
    const bad = badInputOf(error);
    if (bad) return { errors: [bad] };
    return { errors: [{ ...UNKNOWN, code: errorCodeOf(error) ?? 'UNKNOWN' }] };
  }
}
