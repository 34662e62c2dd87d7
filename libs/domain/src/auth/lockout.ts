// Sign-in lockout and session limits. 개인정보의 안전성 확보조치 기준 asks to restrict access after
// repeated failed authentication and to cut off idle sessions to a 개인정보처리시스템; the numbers
// are policy, so callers may pass their own.

export interface LockoutPolicy {
  maxFailedAttempts: number;
  lockMinutes: number;
}
export const DEFAULT_LOCKOUT: LockoutPolicy = { maxFailedAttempts: 5, lockMinutes: 30 };

export interface LockState {
  failedAttempts: number;
  lockedUntil: Date | null;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Locked strictly before lockedUntil; from that instant on, sign-in is allowed again. */
export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && now.getTime() < state.lockedUntil.getTime();
}

export function afterFailedSignIn(
  state: LockState,
  now: Date,
  policy: LockoutPolicy = DEFAULT_LOCKOUT,
): LockState {
  // Failures during a lock do not extend it, so an attacker cannot keep a worker locked out forever.
  if (isLocked(state, now)) return state;
  // An expired lock starts a fresh count; otherwise one more failure would lock again at once.
  const previous = state.lockedUntil !== null ? 0 : state.failedAttempts;
  const failedAttempts = previous + 1;
  const lockedUntil =
    failedAttempts >= policy.maxFailedAttempts
      ? new Date(now.getTime() + policy.lockMinutes * MINUTE_MS)
      : null;
  return { failedAttempts, lockedUntil };
}

export function afterSuccessfulSignIn(): LockState {
  return { failedAttempts: 0, lockedUntil: null };
}

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}
export const DEFAULT_SESSION: SessionPolicy = { idleMinutes: 30, absoluteHours: 12 };

/** Expired once idle for idleMinutes or alive for absoluteHours, each limit inclusive. */
export function isSessionExpired(
  s: { createdAt: Date; lastSeenAt: Date },
  now: Date,
  policy: SessionPolicy = DEFAULT_SESSION,
): boolean {
  const t = now.getTime();
  return (
    t - s.lastSeenAt.getTime() >= policy.idleMinutes * MINUTE_MS ||
    t - s.createdAt.getTime() >= policy.absoluteHours * HOUR_MS
  );
}
