// Storage of 주민등록번호: encrypted at rest (개인정보 보호법 제24조의2제2항, 시행령 제21조의2;
// 개인정보의 안전성 확보조치 기준 제7조) and matched through a keyed hash, never the plain number
// (docs/sources/rrn-notes.md, "What this means for Ieum's validator" 5). node:crypto only; no I/O.
import { createCipheriv, createDecipheriv, createHmac, hash, hkdfSync, randomBytes } from 'node:crypto';

export interface DataKeys {
  /** 32 bytes, AES-256-GCM. */
  encryptionKey: Buffer;
  /** 32 bytes, HMAC-SHA256. */
  lookupKey: Buffer;
}

const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT_VERSION = 1;
// Changing these strings changes every derived key and orphans stored data.
const INFO_ENCRYPTION = 'ieum/rrn/encryption/v1';
const INFO_LOOKUP = 'ieum/rrn/lookup/v1';

const RRN_DIGITS = /^\d{13}$/;

function requireKey(key: Buffer, name: string): void {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) throw new Error(`${name} must be 32 bytes`);
}

function requireDigits(digits: string): void {
  // Exact 13 digits only: a stray hyphen would give a different hash for the same person.
  if (!RRN_DIGITS.test(digits))
    throw new RangeError('expected the 13 digits of a parsed RRN, without hyphen');
}

/** Separate keys for encryption and lookup, so one leaked purpose key does not expose the other (HKDF, RFC 5869). */
export function deriveDataKeys(masterKey: Buffer): DataKeys {
  requireKey(masterKey, 'master key');
  // Empty salt is fine for a uniformly random master key (RFC 5869 §3.1).
  const derive = (info: string) =>
    Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), info, KEY_BYTES));
  return { encryptionKey: derive(INFO_ENCRYPTION), lookupKey: derive(INFO_LOOKUP) };
}

/** Reads IEUM_DATA_KEY text; the message never echoes the value, which would leak it to logs. */
export function parseMasterKey(text: string): Buffer {
  const trimmed = text.trim();
  let key: Buffer | null = null;
  // Hex first: 64 hex characters are also valid base64 (decoding to 48 bytes).
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) key = Buffer.from(trimmed, 'hex');
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) key = Buffer.from(trimmed, 'base64');
  if (key === null || key.length !== KEY_BYTES)
    throw new Error('IEUM_DATA_KEY must be 32 bytes, base64 or hex');
  return key;
}

/** AES-256-GCM with a fresh 12-byte IV. Layout: version(1) | iv(12) | tag(16) | ciphertext. */
export function encryptRrn(digits: string, key: Buffer): Buffer {
  requireDigits(digits);
  requireKey(key, 'encryption key');
  const version = Buffer.from([FORMAT_VERSION]);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  // The version byte is authenticated too, so it cannot be swapped.
  cipher.setAAD(version);
  const ciphertext = Buffer.concat([cipher.update(digits, 'utf8'), cipher.final()]);
  return Buffer.concat([version, iv, cipher.getAuthTag(), ciphertext]);
}

/** Throws when the blob was altered or the key is wrong; the message carries no data. */
export function decryptRrn(blob: Buffer, key: Buffer): string {
  requireKey(key, 'encryption key');
  if (blob.length <= 1 + IV_BYTES + TAG_BYTES || blob[0] !== FORMAT_VERSION) {
    throw new Error('RRN ciphertext has an unknown format');
  }
  const iv = blob.subarray(1, 1 + IV_BYTES);
  const tag = blob.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const ciphertext = blob.subarray(1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(blob.subarray(0, 1));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new Error('RRN ciphertext failed authentication (altered data or wrong key)');
  }
}

/** Deterministic HMAC-SHA256 of the 13 digits, for duplicate checks without decrypting. */
export function rrnLookupHash(digits: string, lookupKey: Buffer): Buffer {
  requireDigits(digits);
  requireKey(lookupKey, 'lookup key');
  return createHmac('sha256', lookupKey).update(digits, 'utf8').digest();
}

/**
 * rrnLookupHash for many numbers under one key (feed loading): the same HMAC-SHA256 (RFC
 * 2104: H((K^opad) || H((K^ipad) || m)) with the 32-byte key zero-padded to the 64-byte block),
 * from two one-shot SHA-256 calls over buffers prepared once, where createHmac sets the key up
 * again for every number. About twice as fast; tests check it against createHmac.
 */
export function rrnLookupHasher(lookupKey: Buffer): (digits: string) => Buffer {
  requireKey(lookupKey, 'lookup key');
  const inner = Buffer.alloc(64 + 13);
  const outer = Buffer.alloc(64 + 32);
  for (let i = 0; i < 64; i++) {
    const k = i < lookupKey.length ? lookupKey[i] : 0;
    inner[i] = k ^ 0x36;
    outer[i] = k ^ 0x5c;
  }
  return (digits: string) => {
    requireDigits(digits);
    inner.write(digits, 64, 'latin1');
    hash('sha256', inner, 'buffer').copy(outer, 64);
    return hash('sha256', outer, 'buffer');
  };
}
