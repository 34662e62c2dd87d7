import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { HouseholdSearchQuery } from '../../../generated/graphql';
import { RecordTable, type TableSort } from '../../../components/RecordTable';

type Household = HouseholdSearchQuery['households']['edges'][number]['node'];

/** 가구 검색 결과; each address opens the household, which can return to these results. */
export function HouseholdResultsTable({
  households,
  sort,
}: {
  households: readonly Household[];
  sort?: TableSort;
}) {
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <RecordTable
      caption={t('households.search.resultsCaption')}
      columns={[
        { label: t('households.search.address'), sortKey: 'address' },
        { label: t('households.search.eupmyeondong'), sortKey: 'dong' },
        t('households.search.head'),
        { label: t('households.search.memberCount'), numeric: true },
      ]}
      sort={sort}
      rows={households}
      rowKey={(household) => household.id}
      cells={(household) => {
        const head = household.members.find((member) => member.relationship === 'HEAD');
        return (
          <>
            <th scope="row">
              <Link to={`/households/${encodeURIComponent(household.id)}`} state={{ search }}>
                {household.address}
              </Link>
            </th>
            <td>{household.region.name}</td>
            <td>{head?.person.name ?? t('common.none')}</td>
            <td className="numeric">
              {t('households.search.memberCountValue', { count: household.memberCount })}
            </td>
          </>
        );
      }}
    />
  );
}
