// 연락처: how a worker reaches a household, an agency or a colleague. Numbers are kept in one form
// (digits with hyphens, as printed in Korea) so two spellings of one number are one number.
import { fieldProblem, type FieldProblem } from '../validation/validation-rule';

export const CONTACT_KINDS = ['MOBILE', 'HOME', 'OTHER'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface Contact {
  kind: ContactKind;
  number: string;
  preferred: boolean;
}

export const MAX_CONTACTS = 5;

/**
 * A Korean telephone number in its printed form, or null when it is not one: mobile 010-1234-5678
 * (and the old 011·016~019 with 3-digit middles), Seoul 02-123-4567 / 02-1234-5678, other areas and
 * 070/050x 031-123-4567, and 대표번호 1588-1234.
 */
export function normalizePhoneNumber(raw: string): string | null {
  const digits = raw.replace(/[\s\-().]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  if (/^(15|16|18)\d{6}$/.test(digits)) return `${digits.slice(0, 4)}-${digits.slice(4)}`;
  if (/^02\d{7,8}$/.test(digits)) return splitTail('02', digits.slice(2));
  if (/^0(50[2-8]|70)\d{7,8}$/.test(digits) || /^050[2-8]\d{8}$/.test(digits)) {
    const prefix = digits.startsWith('050') ? digits.slice(0, 4) : '070';
    return splitTail(prefix, digits.slice(prefix.length));
  }
  if (/^010\d{8}$/.test(digits) || /^01[16789]\d{7,8}$/.test(digits))
    return splitTail(digits.slice(0, 3), digits.slice(3));
  if (/^0(3[1-3]|4[1-4]|5[1-5]|6[1-4])\d{7,8}$/.test(digits))
    return splitTail(digits.slice(0, 3), digits.slice(3));
  return null;
}

function splitTail(prefix: string, rest: string): string {
  return `${prefix}-${rest.slice(0, rest.length - 4)}-${rest.slice(-4)}`;
}

export function isMobileNumber(normalized: string): boolean {
  return /^01[016789]-/.test(normalized);
}

/**
 * Checks a household's contacts and returns them normalized, with exactly one preferred when there
 * are any (the first, if the worker marked none). Problems name the item ('contacts.1.number').
 */
export function checkContacts(
  contacts: readonly Contact[],
  base = 'contacts',
): { contacts: Contact[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (contacts.length > MAX_CONTACTS)
    problems.push(
      fieldProblem(base, 'TOO_MANY', `At most ${MAX_CONTACTS} contact numbers.`, { max: MAX_CONTACTS }),
    );
  const seen = new Set<string>();
  const normalized = contacts.map((c, i): Contact => {
    const at = `${base}.${i}`;
    if (!(CONTACT_KINDS as readonly string[]).includes(c.kind))
      problems.push(fieldProblem(`${at}.kind`, 'NOT_ALLOWED_VALUE', `Unknown contact kind ${c.kind}.`));
    const number = c.number.trim() ? normalizePhoneNumber(c.number) : null;
    if (!c.number.trim()) problems.push(fieldProblem(`${at}.number`, 'REQUIRED', 'Enter the number.'));
    else if (!number)
      problems.push(
        fieldProblem(`${at}.number`, 'INVALID_FORMAT', 'Not a Korean telephone number (010-1234-5678).'),
      );
    else if (c.kind === 'MOBILE' && !isMobileNumber(number))
      problems.push(fieldProblem(`${at}.number`, 'INVALID_FORMAT', 'A mobile number starts with 010.'));
    else if (seen.has(number))
      problems.push(fieldProblem(`${at}.number`, 'DUPLICATE_ITEM', 'The same number is entered twice.'));
    if (number) seen.add(number);
    return { kind: c.kind, number: number ?? c.number, preferred: c.preferred };
  });
  const preferred = normalized.filter((c) => c.preferred).length;
  if (preferred > 1)
    problems.push(fieldProblem(base, 'TOO_MANY', 'Mark one number as preferred.', { max: 1 }));
  if (normalized.length && preferred === 0) normalized[0] = { ...normalized[0], preferred: true };
  return { contacts: normalized, problems };
}
