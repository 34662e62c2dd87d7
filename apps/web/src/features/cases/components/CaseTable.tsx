import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseRowFragment } from '../../../generated/graphql';
import { RecordTable } from '../../../components/RecordTable';
import { formatDay } from '../../../lib/format';

/** 사례 목록 rows; a household outside the viewer's consent shows as 동의 범위 밖. */
export function CaseTable({ cases, caption }: { cases: readonly CaseRowFragment[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <RecordTable
      caption={caption}
      columns={[
        t('cases.list.household'),
        t('cases.list.leadAgency'),
        t('cases.list.responsible'),
        t('cases.list.status'),
        t('cases.list.openedOn'),
      ]}
      rows={cases}
      rowKey={(c) => c.id}
      cells={(c) => {
        const openedOn = formatDay(c.openedAt);
        return (
          <>
            <th scope="row">
              <Link to={`/cases/${encodeURIComponent(c.id)}`}>
                {c.household ? c.household.address : t('cases.outOfScope')}
                {c.household ? null : (
                  <span className="visually-hidden"> {t('cases.list.openedSuffix', { date: openedOn })}</span>
                )}
              </Link>
            </th>
            <td>{c.leadAgency.name}</td>
            <td>{c.responsible.name}</td>
            <td>
              <span className={`status status-case-${c.status.toLowerCase()}`}>
                {t(`cases.status.${c.status}`)}
              </span>
            </td>
            <td>{openedOn}</td>
          </>
        );
      }}
      empty={t('cases.list.empty')}
    />
  );
}
