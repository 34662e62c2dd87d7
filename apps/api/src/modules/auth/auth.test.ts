import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstErrorCode, startTestApp, type GqlResult, type TestApp } from '../../test/harness';
import { DEMO_PASSWORD } from '../../seed/demo';

const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { token user { id name role agency { id name } } errors { code message path ... on AccountLockedError { lockedUntil } } }
}`;
const ME = `query { me { id name role agency { id name kind region { code name } } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

describe('signIn', () => {
  it('returns a token and the user with their agency, and sets an httpOnly SameSite cookie', async () => {
    const res = await app.post({
      query: SIGN_IN,
      variables: { input: { email: 'Worker@Demo.Ieum.kr ', password: DEMO_PASSWORD } },
    });
    const body = (await res.json()) as GqlResult;
    expect(body.data.signIn.errors).toEqual([]);
    expect(body.data.signIn.token).toMatch(/^[\w-]{40,}$/);
    expect(body.data.signIn.user).toMatchObject({
      name: expect.any(String),
      role: 'CASE_WORKER',
      agency: { name: '청운효자동 주민센터' },
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^ieum_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);

    const viaCookie = await app.gql(ME, {}, { cookie: cookie.split(';')[0] });
    expect(viaCookie.data.me).toMatchObject({
      role: 'CASE_WORKER',
      agency: { kind: 'EUPMYEONDONG_CENTER', region: { code: '1111051500', name: '청운효자동' } },
    });
    const viaBearer = await app.gql(ME, {}, { token: body.data.signIn.token });
    expect(viaBearer.data.me.id).toBe(body.data.signIn.user.id);
  });

  it('answers INVALID_CREDENTIALS for a wrong password and for an unknown email alike', async () => {
    const wrong = await app.gql(SIGN_IN, {
      input: { email: 'analyst@demo.ieum.kr', password: 'not-the-password' },
    });
    const unknown = await app.gql(SIGN_IN, {
      input: { email: 'nobody@demo.ieum.kr', password: 'not-the-password' },
    });
    expect(wrong.data.signIn).toMatchObject({
      token: null,
      user: null,
      errors: [{ code: 'INVALID_CREDENTIALS' }],
    });
    expect(unknown.data.signIn).toMatchObject({
      token: null,
      user: null,
      errors: [{ code: 'INVALID_CREDENTIALS' }],
    });
  });

  it('locks the account after 5 failures, even against the right password', async () => {
    const email = 'supervisor@demo.ieum.kr';
    const codes: string[] = [];
    for (let i = 0; i < 5; i++)
      codes.push(
        (await app.gql(SIGN_IN, { input: { email, password: `wrong-${i}-password` } })).data.signIn.errors[0]
          .code,
      );
    expect(codes).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'ACCOUNT_LOCKED',
    ]);
    const right = await app.gql(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
    expect(right.data.signIn.token).toBeNull();
    expect(right.data.signIn.errors[0].code).toBe('ACCOUNT_LOCKED');
    expect(new Date(right.data.signIn.errors[0].lockedUntil).getTime()).toBeGreaterThan(Date.now());
    // Once the lock has passed, the right password works again.
    await app.db.query(`UPDATE users SET locked_until = now() - interval '1 second' WHERE email = $1`, [
      email,
    ]);
    expect(
      (await app.gql(SIGN_IN, { input: { email, password: DEMO_PASSWORD } })).data.signIn.token,
    ).toBeTruthy();
  });
});

describe('sessions', () => {
  it('answers UNAUTHENTICATED without a session to all but signIn and the public directory', async () => {
    expect(firstErrorCode(await app.gql(ME))).toBe('UNAUTHENTICATED');
    expect(firstErrorCode(await app.gql(`{ households(first: 1) { totalCount } }`))).toBe('UNAUTHENTICATED');
    expect(firstErrorCode(await app.gql(`{ agencies(first: 1) { totalCount } }`))).toBe('UNAUTHENTICATED');
    // The region list and published resources are public: the directory (복지샘) needs no account.
    expect((await app.gql(`{ regions(first: 1) { totalCount } }`)).data.regions.totalCount).toBeGreaterThan(
      0,
    );
    expect((await app.gql(`{ resources(first: 1) { totalCount } }`)).errors).toBeUndefined();
    expect(firstErrorCode(await app.gql(ME, {}, { token: 'made-up-token' }))).toBe('UNAUTHENTICATED');
  });

  it('ends a session after 30 idle minutes', async () => {
    const token = await app.signIn('analyst');
    expect((await app.gql(ME, {}, { token })).data.me.role).toBe('ANALYST');
    await app.db
      .query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE ended_at IS NULL
                        AND user_id = (SELECT id FROM users WHERE email = 'analyst@demo.ieum.kr')`);
    expect(firstErrorCode(await app.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
  });

  it('ends the session on signOut', async () => {
    const token = await app.signIn('agency');
    const out = await app.post(
      { query: `mutation { signOut { ok } }` },
      { authorization: `Bearer ${token}` },
    );
    expect(((await out.json()) as GqlResult).data.signOut.ok).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/ieum_session=;/);
    expect(firstErrorCode(await app.gql(ME, {}, { token }))).toBe('UNAUTHENTICATED');
  });
});

describe('API keys', () => {
  const ISSUE = `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { secret apiKey { id prefix role agency { name } } errors { code path } } }`;

  it('lets an admin issue a key for one agency, shown once and stored hashed, and revoke it', async () => {
    const admin = await app.signIn('admin');
    const [agency] = await app.db.query(`SELECT id FROM agencies WHERE name = '청운효자동 주민센터'`);
    const r = await app.gql(
      ISSUE,
      { input: { agencyId: agency.id, name: '희망이음 연계 시스템' } },
      { token: admin },
    );
    const { secret, apiKey } = r.data.issueApiKey;
    expect(secret).toMatch(/^ieum_k_/);
    expect(apiKey).toMatchObject({ role: 'CASE_WORKER', agency: { name: '청운효자동 주민센터' } });
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    const [stored] = await app.db.query(`SELECT * FROM api_keys WHERE id = $1`, [apiKey.id]);
    expect(JSON.stringify(stored)).not.toContain(secret.slice(10));

    const me = await app.gql(ME, {}, { token: secret });
    expect(me.data.me).toMatchObject({ role: 'CASE_WORKER', agency: { name: '청운효자동 주민센터' } });
    const list = await app.gql(`{ households(first: 3) { totalCount } }`, {}, { token: secret });
    expect(list.data.households.totalCount).toBeGreaterThan(0);
    expect(
      (await app.gql(`{ apiKeys { id } }`, {}, { token: admin })).data.apiKeys.map((k: any) => k.id),
    ).toContain(apiKey.id);

    const revoked = await app.gql(
      `mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } errors { code } } }`,
      { id: apiKey.id },
      { token: admin },
    );
    expect(revoked.data.revokeApiKey.apiKey.revokedAt).toBeTruthy();
    expect(firstErrorCode(await app.gql(ME, {}, { token: secret }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a non-admin as FORBIDDEN and an unknown agency as NOT_FOUND', async () => {
    const worker = await app.signIn('worker');
    const someId = '00000000-0000-4000-8000-000000000000';
    expect(
      firstErrorCode(await app.gql(ISSUE, { input: { agencyId: someId, name: 'x' } }, { token: worker })),
    ).toBe('FORBIDDEN');
    const admin = await app.signIn('admin');
    const r = await app.gql(ISSUE, { input: { agencyId: someId, name: 'x' } }, { token: admin });
    expect(r.data.issueApiKey.errors).toEqual([{ code: 'NOT_FOUND', path: ['input', 'agencyId'] }]);
  });
});

describe('createUser', () => {
  const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id role } errors { code path } } }`;
  it.each([
    { name: 'refuses 9 characters of one kind', password: 'abcdefghi', code: 'WEAK_PASSWORD' },
    { name: 'accepts 8 characters of two kinds', password: 'abcdefg1', code: null },
    { name: 'accepts 10 characters of one kind', password: 'abcdefghij', code: null },
  ])('$name', async ({ password, code }) => {
    const admin = await app.signIn('admin');
    const [agency] = await app.db.query(`SELECT id FROM agencies WHERE name = '사직동 주민센터'`);
    const email = `t${Math.random().toString(36).slice(2)}@test.ieum.kr`;
    const r = await app.gql(
      CREATE,
      { input: { email, name: '시험 사용자', password, role: 'CASE_WORKER', agencyId: agency.id } },
      { token: admin },
    );
    if (code) expect(r.data.createUser.errors).toEqual([{ code, path: ['input', 'password'] }]);
    else expect(r.data.createUser.user.role).toBe('CASE_WORKER');
    const [stored] = await app.db.query(`SELECT password_hash FROM users WHERE email = $1`, [email]);
    expect(stored?.password_hash ?? '$argon2id$').toMatch(/^\$argon2id\$/);
  });
});

describe('me.permissions', () => {
  it.each([
    { who: 'agency', has: 'SEND_REFERRAL', lacks: 'VIEW_CANDIDATES' },
    { who: 'worker', has: 'RECORD_VISIT', lacks: 'START_ROUND' },
    { who: 'analyst', has: 'UPLOAD_FEED', lacks: 'OPEN_CASE' },
    { who: 'admin', has: 'VIEW_ACCESS_LOG', lacks: 'EDIT_SCREENING_RULES' },
  ])('tells $who what its role may do, from the same table the guards read', async ({ who, has, lacks }) => {
    const token = await app.signIn(who as never);
    const r = await app.gql(`{ me { permissions } }`, {}, { token });
    expect(r.data.me.permissions).toContain(has);
    expect(r.data.me.permissions).not.toContain(lacks);
    // The guard agrees: a field behind a capability the role lacks is FORBIDDEN.
    const guarded: Record<string, string> = {
      VIEW_CANDIDATES: `{ candidates(first: 1) { totalCount } }`,
      START_ROUND: `mutation { startScreeningRound(input: {}) { errors { code } } }`,
      OPEN_CASE: `mutation { openCase(input: { householdId: "00000000-0000-0000-0000-000000000000" }) { errors { code } } }`,
      EDIT_SCREENING_RULES: `mutation { saveScreeningRules(input: { document: {} }) { errors { code } } }`,
    };
    expect(firstErrorCode(await app.gql(guarded[lacks], {}, { token }))).toBe('FORBIDDEN');
  });
});
