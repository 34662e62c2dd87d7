import type { DataSource } from 'typeorm';
import {
  afterFailedSignIn,
  afterSuccessfulSignIn,
  checkPasswordStrength,
  DEFAULT_SESSION,
  isLocked,
  normalizePhoneNumber,
  ROLES,
  type Role,
  API_KEY_ROLES,
} from '@ieum/domain';
import type { Actor, RequestContext } from '../../context';
import {
  AccountLockedError,
  checkId,
  ErrorCode,
  inputError,
  type UserError,
  validationError,
} from '../../graphql/errors';
import { hashPassword, verifyPassword } from './passwords';
import { API_KEY_PREFIX, newApiKeySecret, newSessionToken, SESSION_COOKIE, sha256 } from './tokens';
import {
  ApiKey,
  type CreateUserInput,
  CreateUserPayload,
  type IssueApiKeyInput,
  IssueApiKeyPayload,
  type RevokeApiKeyInput,
  RevokeApiKeyPayload,
  type SignInInput,
  SignInPayload,
  type UpdateMyProfileInput,
  UpdateMyProfilePayload,
  User,
} from './auth.types';

const ACTOR_COLUMNS = `a.id AS "agencyId", a.sector AS "agencySector", a.region_code AS "agencyRegionCode",
  COALESCE((SELECT array_agg(t.ancestor_code ORDER BY t.depth) FROM region_tree t WHERE t.region_code = a.region_code), '{}') AS "agencyRegionAncestry"`;

// One statement: finds the live session, slides its idle timeout and loads the user and agency.
export async function actorFromToken(
  db: DataSource,
  token: string,
  idleMinutes: number,
): Promise<Actor | null> {
  if (token.startsWith(API_KEY_PREFIX)) return actorFromApiKey(db, token);
  const rows = await db.query(
    `WITH s AS (
       SELECT id, user_id FROM sessions
       WHERE token_hash = $1 AND ended_at IS NULL
         AND last_seen_at > now() - make_interval(mins => $2) AND created_at > now() - make_interval(hours => $3)
     ), touched AS (
       -- Slides the idle timeout; at most one write a minute per session, so reads stay read-only.
       UPDATE sessions SET last_seen_at = now() FROM s WHERE sessions.id = s.id AND sessions.last_seen_at < now() - interval '1 minute'
     )
     SELECT s.id AS "sessionId", u.id AS "userId", u.email, u.name, u.role, ${ACTOR_COLUMNS}
     FROM s JOIN users u ON u.id = s.user_id JOIN agencies a ON a.id = u.agency_id
     WHERE u.disabled_at IS NULL`,
    [sha256(token), idleMinutes, DEFAULT_SESSION.absoluteHours],
  );
  if (!rows.length) return null;
  const r = rows[0];
  return {
    kind: 'USER',
    userId: r.userId,
    apiKeyId: null,
    sessionId: r.sessionId,
    account: r.email,
    name: r.name,
    role: r.role,
    agencyId: r.agencyId,
    agencySector: r.agencySector,
    agencyRegionCode: r.agencyRegionCode,
    agencyRegionAncestry: r.agencyRegionAncestry,
  };
}

/** The actor a user acts as, by e-mail, without a session: for the demo seed's scripted steps. */
export async function actorOfUser(db: DataSource, email: string): Promise<Actor> {
  const [r] = await db.query(
    `SELECT u.id AS "userId", u.email, u.name, u.role, ${ACTOR_COLUMNS}
     FROM users u JOIN agencies a ON a.id = u.agency_id WHERE u.email = $1`,
    [email],
  );
  if (!r) throw new Error(`no user ${email}`);
  return {
    kind: 'USER',
    userId: r.userId,
    apiKeyId: null,
    sessionId: null,
    account: r.email,
    name: r.name,
    role: r.role,
    agencyId: r.agencyId,
    agencySector: r.agencySector,
    agencyRegionCode: r.agencyRegionCode,
    agencyRegionAncestry: r.agencyRegionAncestry,
  };
}

async function actorFromApiKey(db: DataSource, secret: string): Promise<Actor | null> {
  const rows = await db.query(
    `WITH k AS (UPDATE api_keys SET last_used_at = now() WHERE secret_hash = $1 AND revoked_at IS NULL RETURNING id, name, prefix, role, agency_id)
     SELECT k.id AS "apiKeyId", k.name, k.prefix, k.role, ${ACTOR_COLUMNS} FROM k JOIN agencies a ON a.id = k.agency_id`,
    [sha256(secret)],
  );
  if (!rows.length) return null;
  const r = rows[0];
  return {
    kind: 'API_KEY',
    userId: null,
    apiKeyId: r.apiKeyId,
    sessionId: null,
    account: `apikey:${r.prefix}`,
    name: r.name,
    role: r.role,
    agencyId: r.agencyId,
    agencySector: r.agencySector,
    agencyRegionCode: r.agencyRegionCode,
    agencyRegionAncestry: r.agencyRegionAncestry,
  };
}

export function actorAsUser(actor: Actor): User {
  return Object.assign(new User(), {
    id: actor.userId ?? actor.apiKeyId,
    name: actor.name,
    email: actor.account,
    role: actor.role,
    agencyId: actor.agencyId,
  });
}

const INVALID_CREDENTIALS = () =>
  inputError(ErrorCode.INVALID_CREDENTIALS, 'The email or password is wrong.');

export async function signIn(ctx: RequestContext, input: SignInInput): Promise<SignInPayload> {
  const db = ctx.services.dataSource;
  const email = input.email.trim().toLowerCase();
  const [user] = await db.query(
    `SELECT id, email, name, role, agency_id AS "agencyId", password_hash AS "passwordHash",
            failed_sign_ins AS "failedAttempts", locked_until AS "lockedUntil"
     FROM users WHERE email = $1 AND disabled_at IS NULL`,
    [email],
  );
  const now = new Date();
  if (user && isLocked(user, now)) {
    await verifyPassword(null, input.password); // same timing as a real check
    return failed(lockedError(user.lockedUntil));
  }
  if (!(await verifyPassword(user?.passwordHash ?? null, input.password)) || !user) {
    if (!user) return failed(INVALID_CREDENTIALS());
    const next = afterFailedSignIn(user, now);
    await db.query(`UPDATE users SET failed_sign_ins = $2, locked_until = $3 WHERE id = $1`, [
      user.id,
      next.failedAttempts,
      next.lockedUntil,
    ]);
    return failed(isLocked(next, now) ? lockedError(next.lockedUntil!) : INVALID_CREDENTIALS());
  }
  const reset = afterSuccessfulSignIn();
  const token = newSessionToken();
  await db.transaction(async (tx) => {
    await tx.query(`UPDATE users SET failed_sign_ins = $2, locked_until = $3 WHERE id = $1`, [
      user.id,
      reset.failedAttempts,
      reset.lockedUntil,
    ]);
    await tx.query(`INSERT INTO sessions (token_hash, user_id, client_address) VALUES ($1, $2, $3)`, [
      sha256(token),
      user.id,
      ctx.clientAddress,
    ]);
  });
  ctx.res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.services.secureCookies,
    path: '/',
    maxAge: DEFAULT_SESSION.absoluteHours * 3600_000,
  });
  return Object.assign(new SignInPayload(), {
    token,
    errors: [],
    user: Object.assign(new User(), {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      agencyId: user.agencyId,
    }),
  });
}

function failed(error: UserError): SignInPayload {
  return Object.assign(new SignInPayload(), { token: null, user: null, errors: [error] });
}

function lockedError(lockedUntil: Date): AccountLockedError {
  return Object.assign(new AccountLockedError(), {
    code: ErrorCode.ACCOUNT_LOCKED,
    path: null,
    lockedUntil,
    message:
      'Too many failed sign-ins: the account is locked for a while. Try again later or ask an administrator.',
  });
}

export async function signOut(ctx: RequestContext): Promise<boolean> {
  if (ctx.actor?.sessionId) {
    await ctx.services.dataSource.query(`UPDATE sessions SET ended_at = now() WHERE id = $1`, [
      ctx.actor.sessionId,
    ]);
  }
  ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
  return true;
}

export async function createUser(db: DataSource, input: CreateUserInput): Promise<CreateUserPayload> {
  const errors: UserError[] = [];
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
    errors.push(
      validationError(email ? 'INVALID_FORMAT' : 'REQUIRED', 'Enter a valid email address.', [
        'input',
        'email',
      ]),
    );
  if (!input.name.trim()) errors.push(validationError('REQUIRED', 'Enter a name.', ['input', 'name']));
  const strength = checkPasswordStrength(input.password);
  if (!strength.ok)
    errors.push(inputError(ErrorCode.WEAK_PASSWORD, strength.error.message, ['input', 'password']));
  const { phone, error: phoneError } = workPhoneOf(input.phone);
  if (phoneError) errors.push(phoneError);
  if (!ROLES.includes(input.role))
    errors.push(validationError('NOT_ALLOWED_VALUE', 'Unknown role.', ['input', 'role']));
  const [agency] = await db.query(`SELECT id FROM agencies WHERE id = $1`, [
    checkId(input.agencyId, 'input.agencyId'),
  ]);
  if (!agency) errors.push(inputError(ErrorCode.NOT_FOUND, 'No such agency.', ['input', 'agencyId']));
  if (errors.length) return Object.assign(new CreateUserPayload(), { user: null, errors });
  const passwordHash = await hashPassword(input.password);
  const rows = await db.query(
    `INSERT INTO users (email, name, password_hash, role, agency_id, phone) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (email) DO NOTHING RETURNING id`,
    [email, input.name.trim(), passwordHash, input.role, input.agencyId, phone],
  );
  if (!rows.length) {
    return Object.assign(new CreateUserPayload(), {
      user: null,
      errors: [validationError('DUPLICATE_ITEM', 'An account with this email exists.', ['input', 'email'])],
    });
  }
  return Object.assign(new CreateUserPayload(), {
    errors: [],
    user: Object.assign(new User(), {
      id: rows[0].id,
      email,
      name: input.name.trim(),
      role: input.role,
      agencyId: input.agencyId,
      phone,
    }),
  });
}

/** A work phone as typed: empty is none; anything else must be a Korean number, kept printed. */
function workPhoneOf(raw: string | undefined): { phone: string | null; error: UserError | null } {
  if (!raw?.trim()) return { phone: null, error: null };
  const phone = normalizePhoneNumber(raw);
  return phone
    ? { phone, error: null }
    : {
        phone: null,
        error: validationError('INVALID_FORMAT', 'Not a Korean telephone number (02-1234-5678).', [
          'input',
          'phone',
        ]),
      };
}

export async function updateMyProfile(
  ctx: RequestContext,
  input: UpdateMyProfileInput,
): Promise<UpdateMyProfilePayload> {
  const actor = ctx.actor!;
  const fail = (errors: UserError[]) => Object.assign(new UpdateMyProfilePayload(), { user: null, errors });
  if (!actor.userId)
    return fail([inputError(ErrorCode.FORBIDDEN, 'A partner system has no profile of its own.')]);
  const { phone, error } = workPhoneOf(input.phone);
  if (error) return fail([error]);
  await ctx.services.dataSource.query(`UPDATE users SET phone = $2 WHERE id = $1`, [actor.userId, phone]);
  return Object.assign(new UpdateMyProfilePayload(), {
    errors: [],
    user: Object.assign(actorAsUser(actor), { phone }),
  });
}

const API_KEY_COLUMNS = `id, name, prefix, role, agency_id AS "agencyId", created_at AS "createdAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;
const toApiKey = (row: Record<string, unknown>) => Object.assign(new ApiKey(), row);

export async function issueApiKey(ctx: RequestContext, input: IssueApiKeyInput): Promise<IssueApiKeyPayload> {
  const db = ctx.services.dataSource;
  const fail = (e: UserError) =>
    Object.assign(new IssueApiKeyPayload(), { apiKey: null, secret: null, errors: [e] });
  const [agency] = await db.query(`SELECT id, sector FROM agencies WHERE id = $1`, [
    checkId(input.agencyId, 'input.agencyId'),
  ]);
  if (!agency) return fail(inputError(ErrorCode.NOT_FOUND, 'No such agency.', ['input', 'agencyId']));
  if (!input.name.trim())
    return fail(validationError('REQUIRED', 'Name the partner system.', ['input', 'name']));
  const role: Role = input.role ?? (agency.sector === 'PUBLIC' ? 'CASE_WORKER' : 'AGENCY_WORKER');
  if (!API_KEY_ROLES.includes(role))
    return fail(
      validationError('NOT_ALLOWED_VALUE', 'An API key cannot administer Ieum.', ['input', 'role']),
    );
  const secret = newApiKeySecret();
  const [row] = await db.query(
    `INSERT INTO api_keys (name, prefix, secret_hash, agency_id, role, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${API_KEY_COLUMNS}`,
    [
      input.name.trim(),
      secret.slice(0, API_KEY_PREFIX.length + 6),
      sha256(secret),
      input.agencyId,
      role,
      ctx.actor!.userId,
    ],
  );
  return Object.assign(new IssueApiKeyPayload(), { apiKey: toApiKey(row), secret, errors: [] });
}

export async function revokeApiKey(
  ctx: RequestContext,
  input: RevokeApiKeyInput,
): Promise<RevokeApiKeyPayload> {
  const rows = await ctx.services.dataSource.query(
    `WITH k AS (UPDATE api_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 RETURNING *) SELECT ${API_KEY_COLUMNS} FROM k`,
    [checkId(input.id, 'input.id')],
  );
  if (!rows.length)
    return Object.assign(new RevokeApiKeyPayload(), {
      apiKey: null,
      errors: [inputError(ErrorCode.NOT_FOUND, 'No such API key.', ['input', 'id'])],
    });
  return Object.assign(new RevokeApiKeyPayload(), { apiKey: toApiKey(rows[0]), errors: [] });
}

export async function listApiKeys(db: DataSource): Promise<ApiKey[]> {
  return (await db.query(`SELECT ${API_KEY_COLUMNS} FROM api_keys ORDER BY created_at DESC, id`)).map(
    toApiKey,
  );
}
