import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ReferralRowFragment } from '../../../generated/graphql';
import { ReferralStatus } from './ReferralStatus';

/** 받은 의뢰 / 보낸 의뢰 rows. */
export function ReferralTable({
  referrals,
  caption,
}: {
  referrals: readonly ReferralRowFragment[];
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('referrals.columns.service')}</th>
            <th scope="col">{t('referrals.columns.household')}</th>
            <th scope="col">{t('referrals.columns.from')}</th>
            <th scope="col">{t('referrals.columns.to')}</th>
            <th scope="col">{t('referrals.columns.sentOn')}</th>
            <th scope="col">{t('referrals.columns.replyBy')}</th>
            <th scope="col">{t('referrals.columns.status')}</th>
          </tr>
        </thead>
        <tbody>
          {referrals.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link to={`/referrals/${encodeURIComponent(r.id)}`}>{r.service}</Link>
              </th>
              <td>{r.household ? r.household.address : t('referrals.outOfScopeShort')}</td>
              <td>{r.fromAgency.name}</td>
              <td>{r.toAgency.name}</td>
              <td>{r.sentOn}</td>
              <td>{r.replyBy}</td>
              <td>
                <ReferralStatus status={r.status} overdue={r.overdue} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
