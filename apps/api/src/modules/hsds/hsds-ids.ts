import { HSDS_ID_NAMESPACE, type HsdsIdOf } from '@ieum/domain';
import { createHash } from 'node:crypto';

const NAMESPACE = Buffer.from(HSDS_ID_NAMESPACE.replace(/-/g, ''), 'hex');

/** RFC 4122 version-5 (SHA-1, name-based) UUID of `name` in Ieum's HSDS namespace. */
export const hsdsId: HsdsIdOf = (name) => {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
