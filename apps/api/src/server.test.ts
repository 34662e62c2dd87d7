import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import type { FormattedExecutionResult } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printIeumSchema, SCHEMA_FILE } from './cli/emit-schema';
import { DEMO_DOMAIN, DEMO_PASSWORD } from './seed/demo';
import { firstErrorCode, startTestApp, type TestApp } from './test/harness';

let dev: TestApp;
let prod: TestApp;
let token: string;
beforeAll(async () => {
  dev = await startTestApp();
  prod = await startTestApp({ production: true });
  token = await prod.signIn('analyst');
});
afterAll(async () => {
  await dev?.close();
  await prod?.close();
});

describe('HTTP surface', () => {
  it('answers GET /healthz with 200 when the database answers', async () => {
    const res = await fetch(`${dev.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('refuses a simple cross-site request (CSRF prevention)', async () => {
    const res = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    const form = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ __typename }"}',
    });
    expect(form.status).toBe(400);
  });

  it('has the checked-in schema file up to date (npm run schema)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printIeumSchema());
  });
});

describe('GraphQL limits', () => {
  it('has no introspection in production', async () => {
    const r = await prod.gql(`{ __schema { types { name } } }`, {}, { token });
    expect(firstErrorCode(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('suggests no field names in production', async () => {
    const r = await prod.gql(`{ househol { totalCount } }`, {}, { token });
    expect(JSON.stringify(r.errors)).not.toMatch(/Did you mean/);
  });

  it('refuses a query deeper than the limit', async () => {
    const deep = `{ regions(first: 1) { edges { node { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } }`;
    const r = await prod.gql(deep, {}, { token });
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ');
    const r = await prod.gql(`{ ${aliases} }`, {}, { token });
    expect(r.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses a query over the cost limit', async () => {
    const fields = Array.from(
      { length: 14 },
      (_, i) =>
        `h${i}: households(first: 200) { edges { node { members { person { name rrnMasked birthDate sex } } region { name parent { name } } } } }`,
    ).join(' ');
    const r = await prod.gql(`{ ${fields} }`, {}, { token });
    expect(r.errors?.[0]?.message).toMatch(/cost|token/i);
  });

  it('refuses a query over the token limit', async () => {
    const r = await prod.gql(
      `{ me { ${Array.from({ length: 2500 }, () => 'id').join(' ')} } }`,
      {},
      { token },
    );
    expect(r.errors?.[0]?.message).toMatch(/token/i);
  });

  it('answers an id that no list issued with BAD_USER_INPUT naming the argument', async () => {
    const r = await dev.gql(
      `{ household(id: "not-a-uuid") { id } }`,
      {},
      { token: await dev.signIn('analyst') },
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id' });
    expect(JSON.stringify(r)).not.toMatch(/stack|invalid input syntax/i);
  });

  it.each([
    {
      name: 'a value of the wrong type names its field',
      variables: {
        input: {
          regionCode: '1111051500',
          address: 'x',
          members: [{ name: 'a', rrn: '1', relationship: 'HEAD' }],
          contacts: [{ kind: 'PAGER', number: '1' }],
        },
      },
      argumentName: 'input.contacts.0.kind',
    },
    {
      name: 'a missing required field inside a list item names the item and the field',
      variables: {
        input: { regionCode: '1111051500', address: 'x', members: [{ rrn: '1', relationship: 'HEAD' }] },
      },
      argumentName: 'input.members.0.name',
    },
    { name: 'a missing variable names the variable', variables: {}, argumentName: 'input' },
  ])('says which field a variable error concerns: $name', async ({ variables, argumentName }) => {
    const r = await dev.gql(
      `mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { household { id } } }`,
      variables,
      { token: await dev.signIn('worker') },
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });
});

// One operation over the WebSocket at /graphql, signed in by the session cookie the upgrade request carries.
async function overSocket(app: TestApp, cookie: string, query: string): Promise<FormattedExecutionResult> {
  const client = createClient({
    url: app.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { cookie } });
      }
    },
    retryAttempts: 0,
  });
  try {
    return await new Promise<FormattedExecutionResult>((resolve, reject) => {
      client.subscribe({ query }, { next: resolve, error: reject, complete: () => {} });
    });
  } finally {
    await client.dispose();
  }
}

describe('WebSocket at /graphql', () => {
  let cookie: string;
  beforeAll(async () => {
    const res = await dev.post({
      query: `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
      variables: { input: { email: `supervisor@${DEMO_DOMAIN}`, password: DEMO_PASSWORD } },
    });
    cookie = res.headers.get('set-cookie')!.split(';')[0];
  });

  it('signs the socket in by the session cookie among other cookies', async () => {
    const pushed = overSocket(
      dev,
      `theme=dark; ${cookie}; lang=ko`,
      `subscription { unreadNotificationCountChanged }`,
    );
    await new Promise((r) => setTimeout(r, 300)); // the subscription is registered
    await dev.db.query(
      `INSERT INTO notifications (user_id, kind, title, link) SELECT id, 'REFERRAL_UPDATED', '시험 알림', '/referrals' FROM users WHERE email = $1`,
      [`supervisor@${DEMO_DOMAIN}`],
    );
    expect((await pushed).data?.unreadNotificationCountChanged).toEqual(expect.any(Number));
  });

  it('answers a query or a mutation over the socket with BAD_REQUEST: they go over HTTP', async () => {
    for (const query of [`{ me { role } }`, `mutation { signOut { ok } }`]) {
      const r = await overSocket(dev, cookie, query).catch((e: unknown) => ({ errors: e }));
      expect(JSON.stringify(r)).toMatch(/BAD_REQUEST/);
    }
    const me = await dev.gql(`{ me { role } }`, {}, { cookie });
    expect(me.data.me.role).toBe('SUPERVISOR');
  });
});
