// 비밀번호 작성규칙 (개인정보의 안전성 확보조치 기준 제5조제5항 [2020-2호 numbering]; 해설서 2020.12
// example): at least 8 characters of two or more kinds (upper, lower, digit, symbol), or at least
// 10 characters of any kind. The upper bound keeps password hashing cheap to call.
import { err, ok, type Result } from '../result';

export interface PasswordProblem {
  code: 'WEAK_PASSWORD';
  message: string;
}

export const PASSWORD_MIN_MIXED = 8;
export const PASSWORD_MIN_SINGLE_KIND = 10;
export const PASSWORD_MAX = 128;

/** How many of upper, lower, digit and symbol (anything else, Hangul included) occur. */
export function characterKinds(password: string): number {
  const kinds = [/[A-Z]/u, /[a-z]/u, /[0-9]/u, /[^A-Za-z0-9]/u];
  return kinds.filter((k) => k.test(password)).length;
}

export function checkPasswordStrength(password: string): Result<void, PasswordProblem> {
  // Count code points, not UTF-16 units, so a Hangul or emoji character counts once.
  const length = [...password].length;
  if (length > PASSWORD_MAX) {
    return err({ code: 'WEAK_PASSWORD', message: `Use at most ${PASSWORD_MAX} characters.` });
  }
  const kinds = characterKinds(password);
  if (length >= PASSWORD_MIN_SINGLE_KIND || (length >= PASSWORD_MIN_MIXED && kinds >= 2))
    return ok(undefined);
  return err({
    code: 'WEAK_PASSWORD',
    message: `Use at least ${PASSWORD_MIN_MIXED} characters mixing two kinds (upper case, lower case, digits, symbols), or at least ${PASSWORD_MIN_SINGLE_KIND} characters.`,
  });
}
