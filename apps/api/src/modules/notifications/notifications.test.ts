import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../../test/harness';

let app: TestApp;
let worker: string;
const clients: Client[] = [];
beforeAll(async () => {
  app = await startTestApp();
  worker = await app.signIn('worker');
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await app?.close();
});

function socket(connectionParams: Record<string, unknown>, headers: Record<string, string> = {}): Client {
  const client = createClient({
    url: app.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    },
    connectionParams,
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(client);
  return client;
}

function next(
  client: Client,
  query: string,
): Promise<{ data?: any; errors?: readonly { message: string; extensions?: { code?: string } }[] }> {
  return new Promise((resolve, reject) => {
    const stop = client.subscribe(
      { query },
      {
        next: (value) => {
          resolve(value as never);
          stop();
        },
        error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
        complete: () => {},
      },
    );
  });
}

describe('unreadNotificationCountChanged (GraphQL over WebSocket)', () => {
  it('pushes the new unread count to the signed-in user when a notification arrives', async () => {
    const client = socket({ authorization: `Bearer ${worker}` });
    const pushed = next(client, `subscription { unreadNotificationCountChanged }`);
    await new Promise((r) => setTimeout(r, 300)); // the subscription is registered
    await app.db.query(
      `INSERT INTO notifications (user_id, kind, title, link) SELECT id, 'REFERRAL_UPDATED', '시험 알림', '/referrals' FROM users WHERE email = 'worker@demo.ieum.kr'`,
    );
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'worker@demo.ieum.kr' AND n.read_at IS NULL`,
    );
    await expect(pushed).resolves.toEqual({ data: { unreadNotificationCountChanged: n } });
  });

  it('refuses a subscription without a sign-in', async () => {
    const result = await next(socket({}), `subscription { unreadNotificationCountChanged }`).catch(
      (e: Error) => ({ errors: [{ message: e.message }] }),
    );
    expect(JSON.stringify(result)).toMatch(/UNAUTHENTICATED|Sign in/);
  });

  it('refuses a socket opened from another site', async () => {
    const client = socket({ authorization: `Bearer ${worker}` }, { origin: 'https://evil.example' });
    await expect(next(client, `subscription { unreadNotificationCountChanged }`)).rejects.toThrow();
  });
});
