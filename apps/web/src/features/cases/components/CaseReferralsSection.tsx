import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseReferralRowFragment } from '../../../generated/graphql';
import { ReferralStatus } from '../../referrals/components/ReferralStatus';
import { CaseSection } from './CaseSection';

/** 서비스 의뢰 of this case, with their outcome once returned (회송); the send form comes from the page. */
export function CaseReferralsSection({ referrals, form }: { referrals: readonly CaseReferralRowFragment[]; form: ReactNode }) {
  const { t } = useTranslation();
  return (
    <CaseSection id="referrals" title={t('cases.referrals.title')}>
      {referrals.length === 0 ? (
        <p>{t('cases.referrals.none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>{t('cases.referrals.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('referrals.columns.service')}</th>
                <th scope="col">{t('referrals.columns.sentOn')}</th>
                <th scope="col">{t('referrals.columns.from')}</th>
                <th scope="col">{t('referrals.columns.to')}</th>
                <th scope="col">{t('referrals.columns.status')}</th>
                <th scope="col">{t('referrals.columns.outcome')}</th>
                <th scope="col">{t('referrals.columns.replyBy')}</th>
              </tr>
            </thead>
            <tbody>
              {referrals.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/referrals/${encodeURIComponent(r.id)}`}>{r.service}</Link>
                  </th>
                  <td>{r.sentOn}</td>
                  <td>{r.fromAgency.name}</td>
                  <td>{r.toAgency.name}</td>
                  <td>
                    <ReferralStatus status={r.status} overdue={r.overdue} />
                  </td>
                  <td>
                    {r.outcome ? t(`referrals.outcome.${r.outcome}`) : ''}
                    {r.outcomeNote ? <span className="note-cell"> — {r.outcomeNote}</span> : null}
                  </td>
                  <td>{r.replyBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {form}
    </CaseSection>
  );
}
