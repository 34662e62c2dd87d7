import { describe, expect, it } from 'vitest';
import {
  afterFailedSignIn,
  afterSuccessfulSignIn,
  DEFAULT_LOCKOUT,
  isLocked,
  isSessionExpired,
  type LockState,
} from './lockout';

const NOW = new Date('2026-11-23T09:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const fresh: LockState = { failedAttempts: 0, lockedUntil: null };

describe('isLocked', () => {
  it.each([
    { name: 'an account without a lock is not locked', state: fresh, now: NOW, locked: false },
    {
      name: 'an account is locked before lockedUntil',
      state: { failedAttempts: 5, lockedUntil: at(30) },
      now: at(29),
      locked: true,
    },
    {
      name: 'an account is unlocked exactly at lockedUntil',
      state: { failedAttempts: 5, lockedUntil: at(30) },
      now: at(30),
      locked: false,
    },
  ])('$name', ({ state, now, locked }) => {
    expect(isLocked(state, now)).toBe(locked);
  });
});

describe('afterFailedSignIn', () => {
  it.each([
    {
      name: 'the first failure counts one',
      state: fresh,
      now: NOW,
      expected: { failedAttempts: 1, lockedUntil: null },
    },
    {
      name: 'the fourth failure does not lock yet',
      state: { failedAttempts: 3, lockedUntil: null },
      now: NOW,
      expected: { failedAttempts: 4, lockedUntil: null },
    },
    {
      name: 'the fifth failure locks for 30 minutes',
      state: { failedAttempts: 4, lockedUntil: null },
      now: NOW,
      expected: { failedAttempts: 5, lockedUntil: at(30) },
    },
    {
      name: 'a failure during a lock leaves the lock as it was',
      state: { failedAttempts: 5, lockedUntil: at(30) },
      now: at(10),
      expected: { failedAttempts: 5, lockedUntil: at(30) },
    },
    {
      name: 'a failure after an expired lock starts a fresh count',
      state: { failedAttempts: 5, lockedUntil: at(30) },
      now: at(31),
      expected: { failedAttempts: 1, lockedUntil: null },
    },
  ])('$name', ({ state, now, expected }) => {
    expect(afterFailedSignIn(state, now)).toEqual(expected);
  });

  it('a custom policy locks at its own maximum and duration', () => {
    expect(
      afterFailedSignIn({ failedAttempts: 2, lockedUntil: null }, NOW, {
        maxFailedAttempts: 3,
        lockMinutes: 10,
      }),
    ).toEqual({
      failedAttempts: 3,
      lockedUntil: at(10),
    });
  });

  it('five failures in a row lock with the default policy', () => {
    let state = fresh;
    for (let i = 0; i < DEFAULT_LOCKOUT.maxFailedAttempts; i++) state = afterFailedSignIn(state, at(i));
    expect(isLocked(state, at(5))).toBe(true);
  });
});

describe('afterSuccessfulSignIn', () => {
  it('a successful sign-in clears the count and the lock', () => {
    expect(afterSuccessfulSignIn()).toEqual({ failedAttempts: 0, lockedUntil: null });
  });
});

describe('isSessionExpired', () => {
  it.each([
    {
      name: 'a session seen 29 minutes ago is alive',
      createdAt: at(-60),
      lastSeenAt: at(-29),
      expired: false,
    },
    {
      name: 'a session idle exactly 30 minutes is expired',
      createdAt: at(-60),
      lastSeenAt: at(-30),
      expired: true,
    },
    {
      name: 'an active session just under 12 hours old is alive',
      createdAt: at(-719),
      lastSeenAt: at(-1),
      expired: false,
    },
    {
      name: 'an active session exactly 12 hours old is expired',
      createdAt: at(-720),
      lastSeenAt: at(-1),
      expired: true,
    },
  ])('$name', ({ createdAt, lastSeenAt, expired }) => {
    expect(isSessionExpired({ createdAt, lastSeenAt }, NOW)).toBe(expired);
  });

  it('a custom policy uses its own idle limit', () => {
    expect(
      isSessionExpired({ createdAt: at(-10), lastSeenAt: at(-10) }, NOW, {
        idleMinutes: 5,
        absoluteHours: 1,
      }),
    ).toBe(true);
  });
});
