import { describe, expect, it } from 'vitest';
import { checkContacts, normalizePhoneNumber, type Contact } from './contacts';

describe('normalizePhoneNumber', () => {
  it.each([
    ['01012345678', '010-1234-5678'],
    ['010 1234 5678', '010-1234-5678'],
    ['010-1234-5678', '010-1234-5678'],
    ['0111234567', '011-123-4567'],
    ['021234567', '02-123-4567'],
    ['(02) 1234-5678', '02-1234-5678'],
    ['0311234567', '031-123-4567'],
    ['064-123-4567', '064-123-4567'],
    ['07012345678', '070-1234-5678'],
    ['1588-1234', '1588-1234'],
    ['050412345678', '0504-1234-5678'],
  ])('%s is %s', (raw, printed) => {
    expect(normalizePhoneNumber(raw)).toBe(printed);
  });

  it.each(['', '12345', '010-123', '0101234567890', '099-123-4567', '010-abcd-5678', '+82 10 1234 5678'])(
    '%s is not a number',
    (raw) => {
      expect(normalizePhoneNumber(raw)).toBeNull();
    },
  );
});

describe('checkContacts', () => {
  const mobile: Contact = { kind: 'MOBILE', number: '01012345678', preferred: false };
  const home: Contact = { kind: 'HOME', number: '02-123-4567', preferred: false };

  it('normalizes the numbers and makes the first preferred when none is marked', () => {
    expect(checkContacts([mobile, home])).toEqual({
      contacts: [
        { kind: 'MOBILE', number: '010-1234-5678', preferred: true },
        { kind: 'HOME', number: '02-123-4567', preferred: false },
      ],
      problems: [],
    });
  });

  it('keeps the preferred one the worker marked', () => {
    const { contacts } = checkContacts([mobile, { ...home, preferred: true }]);
    expect(contacts.map((c) => c.preferred)).toEqual([false, true]);
  });

  it('no contacts is allowed', () => {
    expect(checkContacts([])).toEqual({ contacts: [], problems: [] });
  });

  it.each<{ name: string; contacts: Contact[]; problems: { field: string | null; rule: string }[] }>([
    {
      name: 'a blank number is required',
      contacts: [{ ...mobile, number: ' ' }],
      problems: [{ field: 'contacts.0.number', rule: 'REQUIRED' }],
    },
    {
      name: 'a number that is not Korean is refused where it is',
      contacts: [mobile, { ...home, number: '12345' }],
      problems: [{ field: 'contacts.1.number', rule: 'INVALID_FORMAT' }],
    },
    {
      name: 'a landline marked mobile is refused',
      contacts: [{ ...mobile, number: '02-123-4567' }],
      problems: [{ field: 'contacts.0.number', rule: 'INVALID_FORMAT' }],
    },
    {
      name: 'the same number in two spellings is a duplicate',
      contacts: [mobile, { ...mobile, kind: 'OTHER', number: '010-1234-5678' }],
      problems: [{ field: 'contacts.1.number', rule: 'DUPLICATE_ITEM' }],
    },
    {
      name: 'two preferred numbers are refused on the list',
      contacts: [
        { ...mobile, preferred: true },
        { ...home, preferred: true },
      ],
      problems: [{ field: 'contacts', rule: 'TOO_MANY' }],
    },
    {
      name: 'six numbers are too many',
      contacts: Array.from({ length: 6 }, (_, i) => ({ ...home, number: `02-123-456${i}` })),
      problems: [{ field: 'contacts', rule: 'TOO_MANY' }],
    },
  ])('$name', ({ contacts, problems }) => {
    expect(checkContacts(contacts).problems.map(({ field, rule }) => ({ field, rule }))).toEqual(problems);
  });
});
