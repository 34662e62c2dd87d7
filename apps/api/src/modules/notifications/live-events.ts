import { EventEmitter, on } from 'node:events';
import { Client } from 'pg';
import type { PubSub } from 'type-graphql';
import { logger } from '../../logger';

export const UNREAD_CHANGED = 'UNREAD_CHANGED';
const CHANNEL = 'ieum_unread';

// The subscriptions' pub/sub. Events come from PostgreSQL (LISTEN/NOTIFY, sent by a trigger on
// notifications), so a change made through any API process or worker reaches every process.
class LiveEvents implements PubSub {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  publish(routingKey: string, payload: unknown): void {
    this.emitter.emit(routingKey, payload);
  }

  async *subscribe(routingKey: string): AsyncIterable<unknown> {
    for await (const [payload] of on(this.emitter, routingKey)) yield payload;
  }
}

export const liveEvents = new LiveEvents();

export interface Listener {
  stop(): Promise<void>;
}

// One connection per process listens; each NOTIFY carries the user whose unread count changed.
export async function listenForLiveEvents(databaseUrl: string): Promise<Listener> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'ieum-listen' });
  client.on('error', (e) =>
    logger.warn({ err: { message: e.message } }, 'live-event listener lost its connection'),
  );
  client.on('notification', (m) => {
    if (m.channel === CHANNEL && m.payload) liveEvents.publish(UNREAD_CHANGED, m.payload);
  });
  await client.connect();
  await client.query(`LISTEN ${CHANNEL}`);
  return { stop: () => client.end() };
}
