import { describe, expect, it } from 'vitest';
import { createHmac, randomBytes, randomInt } from 'node:crypto';
import {
  decryptRrn,
  deriveDataKeys,
  encryptRrn,
  parseMasterKey,
  rrnLookupHash,
  rrnLookupHasher,
} from './rrn-cipher';

// Synthetic number and throwaway test keys.
const DIGITS = '9001011123459';
const MASTER = Buffer.alloc(32, 7);
const OTHER_MASTER = Buffer.alloc(32, 8);
const keys = deriveDataKeys(MASTER);
const otherKeys = deriveDataKeys(OTHER_MASTER);

describe('deriveDataKeys', () => {
  it('derives two distinct 32-byte keys, neither equal to the master key', () => {
    expect(keys.encryptionKey).toHaveLength(32);
    expect(keys.lookupKey).toHaveLength(32);
    expect(keys.encryptionKey.equals(keys.lookupKey)).toBe(false);
    expect(keys.encryptionKey.equals(MASTER)).toBe(false);
  });

  it('derives the same keys from the same master key', () => {
    expect(deriveDataKeys(Buffer.alloc(32, 7))).toEqual(keys);
  });

  it.each([
    { name: 'a 16-byte master key is refused', length: 16 },
    { name: 'a 33-byte master key is refused', length: 33 },
  ])('$name', ({ length }) => {
    expect(() => deriveDataKeys(Buffer.alloc(length))).toThrow('master key must be 32 bytes');
  });
});

describe('parseMasterKey', () => {
  const raw = Buffer.from(Array.from({ length: 32 }, (_, i) => i * 7));
  it.each([
    { name: 'base64 of 32 bytes is accepted', text: raw.toString('base64') },
    { name: 'base64 with surrounding whitespace is accepted', text: ` ${raw.toString('base64')}\n` },
    { name: 'base64url without padding is accepted', text: raw.toString('base64url') },
    { name: '64 lower-case hex characters are accepted', text: raw.toString('hex') },
    { name: '64 upper-case hex characters are accepted', text: raw.toString('hex').toUpperCase() },
  ])('$name', ({ text }) => {
    expect(parseMasterKey(text).equals(raw)).toBe(true);
  });

  it.each([
    { name: 'an empty value is refused', text: '' },
    { name: 'base64 of 16 bytes is refused', text: Buffer.alloc(16, 1).toString('base64') },
    { name: '62 hex characters are refused', text: 'ab'.repeat(31) },
    { name: 'a passphrase is refused', text: 'correct horse battery staple' },
  ])('$name without echoing the value', ({ text }) => {
    let message = '';
    try {
      parseMasterKey(text);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe('IEUM_DATA_KEY must be 32 bytes, base64 or hex');
  });
});

describe('encryptRrn / decryptRrn', () => {
  it('a round trip returns the digits', () => {
    expect(decryptRrn(encryptRrn(DIGITS, keys.encryptionKey), keys.encryptionKey)).toBe(DIGITS);
  });

  it('the blob is version 1 | iv(12) | tag(16) | ciphertext(13)', () => {
    const blob = encryptRrn(DIGITS, keys.encryptionKey);
    expect(blob[0]).toBe(1);
    expect(blob).toHaveLength(1 + 12 + 16 + 13);
    expect(blob.includes(Buffer.from(DIGITS))).toBe(false);
  });

  it('two encryptions of the same number differ (fresh IV)', () => {
    const a = encryptRrn(DIGITS, keys.encryptionKey);
    const b = encryptRrn(DIGITS, keys.encryptionKey);
    expect(a.equals(b)).toBe(false);
    expect(a.subarray(1, 13).equals(b.subarray(1, 13))).toBe(false);
  });

  it.each([
    { name: 'a flipped version byte is refused', offset: 0 },
    { name: 'a flipped IV byte fails authentication', offset: 5 },
    { name: 'a flipped tag byte fails authentication', offset: 20 },
    { name: 'a flipped ciphertext byte fails authentication', offset: 35 },
  ])('$name', ({ offset }) => {
    const blob = encryptRrn(DIGITS, keys.encryptionKey);
    blob[offset] ^= 0x01;
    expect(() => decryptRrn(blob, keys.encryptionKey)).toThrow();
  });

  it('a truncated blob is refused', () => {
    const blob = encryptRrn(DIGITS, keys.encryptionKey);
    expect(() => decryptRrn(blob.subarray(0, 29), keys.encryptionKey)).toThrow('unknown format');
  });

  it('the wrong key fails authentication', () => {
    const blob = encryptRrn(DIGITS, keys.encryptionKey);
    expect(() => decryptRrn(blob, otherKeys.encryptionKey)).toThrow('failed authentication');
  });

  it('a hyphenated number is refused so stored values stay uniform', () => {
    expect(() => encryptRrn('900101-1123459', keys.encryptionKey)).toThrow(RangeError);
  });
});

describe('rrnLookupHash', () => {
  it('the hash is stable for the same number and key', () => {
    expect(rrnLookupHash(DIGITS, keys.lookupKey).equals(rrnLookupHash(DIGITS, keys.lookupKey))).toBe(true);
  });

  it('the hash is a 32-byte HMAC-SHA256', () => {
    expect(rrnLookupHash(DIGITS, keys.lookupKey)).toHaveLength(32);
  });

  it('the hash depends on the key', () => {
    expect(rrnLookupHash(DIGITS, keys.lookupKey).equals(rrnLookupHash(DIGITS, otherKeys.lookupKey))).toBe(
      false,
    );
  });

  it('the hash differs for a different number', () => {
    expect(rrnLookupHash(DIGITS, keys.lookupKey).equals(rrnLookupHash('9001011123450', keys.lookupKey))).toBe(
      false,
    );
  });
});

describe('rrnLookupHasher', () => {
  it('gives the HMAC-SHA256 that createHmac gives, for many numbers and keys', () => {
    for (let k = 0; k < 20; k++) {
      const key = randomBytes(32);
      const hasher = rrnLookupHasher(key);
      for (let i = 0; i < 50; i++) {
        const digits = String(randomInt(0, 10 ** 13)).padStart(13, '0');
        expect(hasher(digits).toString('hex')).toBe(createHmac('sha256', key).update(digits).digest('hex'));
        expect(hasher(digits).equals(rrnLookupHash(digits, key))).toBe(true);
      }
    }
  });

  it('refuses anything but 13 digits and a 32-byte key', () => {
    expect(() => rrnLookupHasher(keys.lookupKey)('900101-112345')).toThrow(RangeError);
    expect(() => rrnLookupHasher(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});
