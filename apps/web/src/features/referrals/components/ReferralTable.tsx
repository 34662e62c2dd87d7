import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ReferralOrderField, ReferralRowFragment } from '../../../generated/graphql';
import { RecordTable, type TableSort } from '../../../components/RecordTable';
import { ReferralStatus } from './ReferralStatus';
import { formatDate } from '../../../lib/format';

const COLUMNS = ['service', 'household', 'from', 'to', 'sentOn', 'replyBy', 'status'] as const;

/** The columns a referral list sorts by (?sort=), and the API's order field for each. */
export const REFERRAL_SORT = {
  service: 'SERVICE',
  from: 'FROM_AGENCY',
  to: 'TO_AGENCY',
  sentOn: 'SENT_AT',
  replyBy: 'REPLY_BY',
  status: 'STATUS',
} as const satisfies Partial<Record<(typeof COLUMNS)[number], ReferralOrderField>>;

/** 받은 의뢰 / 보낸 의뢰 rows (the paged list around it says when there are none). */
export function ReferralTable({
  referrals,
  caption,
  sort,
}: {
  referrals: readonly ReferralRowFragment[];
  caption: string;
  sort?: TableSort;
}) {
  const { t } = useTranslation();
  return (
    <RecordTable
      caption={caption}
      columns={COLUMNS.map((column) => ({
        label: t(`referrals.columns.${column}`),
        sortKey: column in REFERRAL_SORT ? column : undefined,
      }))}
      sort={sort}
      rows={referrals}
      rowKey={(r) => r.id}
      cells={(r) => (
        <>
          <th scope="row">
            <Link to={`/referrals/${encodeURIComponent(r.id)}`}>{r.service}</Link>
          </th>
          <td>{r.household ? r.household.address : t('referrals.outOfScopeShort')}</td>
          <td>{r.fromAgency.name}</td>
          <td>{r.toAgency.name}</td>
          <td>{formatDate(r.sentOn)}</td>
          <td>{formatDate(r.replyBy)}</td>
          <td>
            <ReferralStatus status={r.status} overdue={r.overdue} />
          </td>
        </>
      )}
    />
  );
}
