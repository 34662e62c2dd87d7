import { describe, expect, it } from 'vitest';
import { checkPasswordStrength } from './password-policy';

describe('checkPasswordStrength', () => {
  it.each([
    { name: 'a password is accepted at 8 characters of two kinds', password: 'abcdefg1', accepted: true },
    {
      name: 'a password is refused at 7 characters even with four kinds',
      password: 'aB1!xyz',
      accepted: false,
    },
    { name: 'a password is refused at 8 characters of one kind', password: 'abcdefgh', accepted: false },
    { name: 'a password is refused at 9 characters of one kind', password: 'ABCDEFGHI', accepted: false },
    { name: 'a password is accepted at 10 characters of one kind', password: 'abcdefghij', accepted: true },
    {
      name: 'a password is accepted at 8 characters of upper and lower case',
      password: 'AbcdEfgh',
      accepted: true,
    },
    {
      name: 'a password is accepted at 8 characters of digits and a symbol',
      password: '1234567!',
      accepted: true,
    },
    { name: 'a Hangul character counts as a symbol kind', password: 'abcdefg가', accepted: true },
    {
      name: 'Hangul characters count once each toward the length',
      password: '가나다라마바사아자차',
      accepted: true,
    },
    { name: 'a password is accepted at exactly 128 characters', password: 'a'.repeat(128), accepted: true },
    { name: 'a password is refused at 129 characters', password: 'a'.repeat(129), accepted: false },
    { name: 'an empty password is refused', password: '', accepted: false },
  ])('$name', ({ password, accepted }) => {
    const result = checkPasswordStrength(password);
    expect(result.ok).toBe(accepted);
    if (!result.ok) expect(result.error.code).toBe('WEAK_PASSWORD');
  });

  it('the message never echoes the password', () => {
    const result = checkPasswordStrength('secret');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toContain('secret');
  });
});
