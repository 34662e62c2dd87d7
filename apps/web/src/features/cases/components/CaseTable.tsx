import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseRowFragment } from '../../../generated/graphql';
import { formatDateTime } from '../../../lib/format';

/** 사례 목록 rows; a household outside the viewer's consent shows as 동의 범위 밖. */
export function CaseTable({ cases, caption }: { cases: readonly CaseRowFragment[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cases.list.household')}</th>
            <th scope="col">{t('cases.list.leadAgency')}</th>
            <th scope="col">{t('cases.list.responsible')}</th>
            <th scope="col">{t('cases.list.status')}</th>
            <th scope="col">{t('cases.list.openedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => {
            const openedOn = formatDateTime(c.openedAt).slice(0, 10);
            return (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/cases/${encodeURIComponent(c.id)}`}>
                    {c.household ? c.household.address : t('cases.outOfScope')}
                    {c.household ? null : <span className="visually-hidden"> {t('cases.list.openedSuffix', { date: openedOn })}</span>}
                  </Link>
                </th>
                <td>{c.leadAgency.name}</td>
                <td>{c.responsible.name}</td>
                <td>
                  <span className={`status status-case-${c.status.toLowerCase()}`}>{t(`cases.status.${c.status}`)}</span>
                </td>
                <td>{openedOn}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
