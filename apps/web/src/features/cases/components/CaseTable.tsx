import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseOrderField, CaseRowFragment } from '../../../generated/graphql';
import { RecordTable, type TableSort } from '../../../components/RecordTable';
import { formatDay } from '../../../lib/format';

/** The columns the case list sorts by (?sort=), and the API's order field for each. */
export const CASE_SORT = {
  address: 'ADDRESS',
  leadAgency: 'LEAD_AGENCY',
  responsible: 'RESPONSIBLE',
  status: 'STATUS',
  openedOn: 'OPENED_AT',
} as const satisfies Record<string, CaseOrderField>;

/**
 * 사례 목록 rows; a household outside the viewer's consent shows as 동의 범위 밖. With `sort`, the
 * headers sort the list; the address only for public staff (`sortsByAddress`), whose cursors may
 * carry addresses.
 */
export function CaseTable({
  cases,
  caption,
  sort,
  sortsByAddress = false,
}: {
  cases: readonly CaseRowFragment[];
  caption: string;
  sort?: TableSort;
  sortsByAddress?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <RecordTable
      caption={caption}
      sort={sort}
      columns={[
        { label: t('cases.list.household'), sortKey: sortsByAddress ? 'address' : undefined },
        { label: t('cases.list.leadAgency'), sortKey: 'leadAgency' },
        { label: t('cases.list.responsible'), sortKey: 'responsible' },
        { label: t('cases.list.status'), sortKey: 'status' },
        { label: t('cases.list.openedOn'), sortKey: 'openedOn' },
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
