import { meansFeedCodec } from '../means-feeds/means-feed-codec';
import { crisisFeedCodec, type FeedCodec } from './feed-segments';

// The feeds the shared loader takes, by the name a worker thread is started with (a thread gets
// plain data, not functions, so it builds its codec from this).
export type FeedKind = 'CRISIS' | 'MEANS';

export interface FeedCodecSettings {
  kind: FeedKind;
  feedId: string;
  lookupKey: Uint8Array;
  /** Crisis feeds: the indicator kinds in the catalogue. */
  knownKinds: string[];
  asOf: string;
}

export function codecOf(s: FeedCodecSettings): FeedCodec {
  const common = { feedId: s.feedId, lookupKey: Buffer.from(s.lookupKey), asOf: s.asOf };
  return s.kind === 'MEANS'
    ? meansFeedCodec(common)
    : crisisFeedCodec({ ...common, knownKinds: new Set(s.knownKinds) });
}
