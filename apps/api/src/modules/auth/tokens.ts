import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'ieum_session';
export const API_KEY_PREFIX = 'ieum_k_';

export const newSessionToken = (): string => randomBytes(32).toString('base64url');
export const newApiKeySecret = (): string => API_KEY_PREFIX + randomBytes(30).toString('base64url');
export const sha256 = (text: string): Buffer => createHash('sha256').update(text).digest();

export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m ? m[1] : null;
}
