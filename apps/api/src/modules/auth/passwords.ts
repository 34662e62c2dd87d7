import argon2 from 'argon2';

// argon2id with OWASP's minimum parameters (19 MiB, 2 passes).
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, OPTIONS);

// Verifying against a fixed hash when the account does not exist keeps the timing the same,
// so sign-in does not reveal which emails have accounts.
let dummyHash: Promise<string> | null = null;
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= argon2.hash('not-a-real-password', OPTIONS);
    await argon2.verify(await dummyHash, password);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
