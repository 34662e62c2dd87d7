import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { ManagedResourcesQuery } from '../../../generated/graphql';
import { RecordTable } from '../../../components/RecordTable';
import { formatDate } from '../../../lib/format';

type Row = NonNullable<ManagedResourcesQuery['resources']>['edges'][number]['node'];

/** An agency's entries or a district's stale ones: status, places, and when each was last verified. */
export function ManagedResourceTable({
  caption,
  rows,
  empty,
}: {
  caption: string;
  rows: readonly Row[];
  empty: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <RecordTable
      caption={caption}
      columns={[
        t('resources.columns.name'),
        t('resources.columns.agency'),
        t('resources.columns.status'),
        { label: t('resources.columns.places'), numeric: true },
        t('resources.columns.assuredOn'),
      ]}
      rows={rows}
      rowKey={(r) => r.id}
      empty={empty}
      cells={(r) => (
        <>
          <th scope="row">
            <Link to={`/resources/${encodeURIComponent(r.id)}`}>{r.name}</Link>
          </th>
          <td>{r.agency.name}</td>
          <td>{t(`resources.status.${r.status}`)}</td>
          <td className="numeric">
            {r.capacityTotal === null || r.capacityTotal === undefined
              ? t('directory.noLimit')
              : `${r.capacityAvailable} / ${r.capacityTotal}`}
          </td>
          <td>
            {formatDate(r.assuredOn, i18n.language)}
            {r.stale ? <span className="badge warn"> {t('directory.stale')}</span> : null}
          </td>
        </>
      )}
    />
  );
}
