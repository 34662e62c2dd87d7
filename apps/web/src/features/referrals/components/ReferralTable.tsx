import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ReferralRowFragment } from '../../../generated/graphql';
import { RecordTable } from '../../../components/RecordTable';
import { ReferralStatus } from './ReferralStatus';
import { formatDate } from '../../../lib/format';

const COLUMNS = ['service', 'household', 'from', 'to', 'sentOn', 'replyBy', 'status'] as const;

/** 받은 의뢰 / 보낸 의뢰 rows (the paged list around it says when there are none). */
export function ReferralTable({
  referrals,
  caption,
}: {
  referrals: readonly ReferralRowFragment[];
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <RecordTable
      caption={caption}
      columns={COLUMNS.map((column) => t(`referrals.columns.${column}`))}
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
