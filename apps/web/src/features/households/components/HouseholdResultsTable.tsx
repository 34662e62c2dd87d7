import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { HouseholdSearchQuery } from '../../../generated/graphql';

type Household = HouseholdSearchQuery['households']['edges'][number]['node'];

export function HouseholdResultsTable({ households }: { households: readonly Household[] }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('households.search.resultsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('households.search.address')}</th>
            <th scope="col">{t('households.search.eupmyeondong')}</th>
            <th scope="col">{t('households.search.head')}</th>
            <th scope="col" className="numeric">
              {t('households.search.memberCount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {households.map((household) => {
            const head = household.members.find((member) => member.relationship === 'HEAD');
            return (
              <tr key={household.id}>
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
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
