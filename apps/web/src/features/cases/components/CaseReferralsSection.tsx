import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseReferralRowFragment } from '../../../generated/graphql';
import { RecordTable } from '../../../components/RecordTable';
import { ReferralStatus } from '../../referrals/components/ReferralStatus';
import { CaseSection } from './CaseSection';
import { formatDate } from '../../../lib/format';

/** 서비스 의뢰 of this case, with their outcome once returned (회송); the send form comes from the page. */
export function CaseReferralsSection({
  referrals,
  form,
}: {
  referrals: readonly CaseReferralRowFragment[];
  form: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <CaseSection id="referrals" title={t('cases.referrals.title')}>
      <RecordTable
        caption={t('cases.referrals.caption')}
        columns={[
          t('referrals.columns.service'),
          t('referrals.columns.sentOn'),
          t('referrals.columns.from'),
          t('referrals.columns.to'),
          t('referrals.columns.status'),
          t('referrals.columns.outcome'),
          t('referrals.columns.replyBy'),
        ]}
        rows={referrals}
        rowKey={(r) => r.id}
        cells={(r) => (
          <>
            <th scope="row">
              <Link to={`/referrals/${encodeURIComponent(r.id)}`}>{r.service}</Link>
            </th>
            <td>{formatDate(r.sentOn)}</td>
            <td>{r.fromAgency.name}</td>
            <td>{r.toAgency.name}</td>
            <td>
              <ReferralStatus status={r.status} overdue={r.overdue} />
            </td>
            <td>
              {r.outcome ? t(`referrals.outcome.${r.outcome}`) : ''}
              {r.outcomeNote ? <span className="note-cell"> — {r.outcomeNote}</span> : null}
            </td>
            <td>{formatDate(r.replyBy)}</td>
          </>
        )}
        empty={t('cases.referrals.none')}
      />
      {form}
    </CaseSection>
  );
}
