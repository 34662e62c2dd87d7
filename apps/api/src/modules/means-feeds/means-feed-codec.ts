import { checkMeansFeedHeader, MEANS_FEED_COLUMNS, parseMeansFeedRecord } from '@ieum/domain';
import { rrnLookupHasher } from '../../personal-data/rrn-cipher';
import { binaryDate } from '../indicators/copy-binary';
import type { FeedCodec } from '../indicators/feed-segments';

/**
 * The means feed in the shared loader: tuples for means_feed_rows (feed_id, rrn_hash, kind,
 * monthly_amount, period_from, period_to, source_ref), matched to persons by the keyed hash.
 */
export function meansFeedCodec(settings: { feedId: string; lookupKey: Buffer; asOf: string }): FeedCodec {
  const lookupHash = rrnLookupHasher(settings.lookupKey);
  const feedId = Buffer.from(settings.feedId.replace(/-/g, ''), 'hex');
  return {
    columns: MEANS_FEED_COLUMNS,
    checkHeader: checkMeansFeedHeader,
    segmentEncoder() {
      // A feed covers few periods: each date is encoded once per segment.
      const days = new Map<string, number>();
      const day = (d: string) => {
        let n = days.get(d);
        if (n === undefined) days.set(d, (n = binaryDate(d)));
        return n;
      };
      return (record, line, tuples) => {
        const { row, errors } = parseMeansFeedRecord(record, line, settings.asOf);
        if (!row || !tuples) return errors;
        tuples
          .tuple(7)
          .bytes(feedId)
          .bytes(lookupHash(row.rrnDigits))
          .text(row.kind)
          .int64(row.monthlyAmount)
          .int32(day(row.periodFrom))
          .int32(day(row.periodTo))
          .text(row.sourceRef);
        return errors;
      };
    },
  };
}
