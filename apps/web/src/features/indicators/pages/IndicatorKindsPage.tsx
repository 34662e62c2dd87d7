import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { RecordTable } from '../../../components/RecordTable';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { can, useSession } from '../../auth/current-user';
import { AddKindForm } from '../components/AddKindForm';
import { useAddIndicatorKind } from '../hooks/useAddIndicatorKind';
import { useIndicatorCatalogue } from '../hooks/useIndicatorCatalogue';

export function IndicatorKindsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const catalogue = useIndicatorCatalogue();
  const adder = useAddIndicatorKind();
  useDocumentTitle(t('indicators.kinds.title'));

  // One table per group, in the catalogue's order.
  const groups = new Map<string, { name: string; kinds: typeof catalogue.kinds }>();
  for (const kind of catalogue.kinds) {
    const entry = groups.get(kind.group) ?? { name: kind.groupName, kinds: [] };
    groups.set(kind.group, { ...entry, kinds: [...entry.kinds, kind] });
  }

  return (
    <>
      <h1>{t('indicators.kinds.title')}</h1>
      <p>{t('indicators.kinds.intro')}</p>
      {can(user, 'ADD_INDICATOR_KIND') ? (
        <AddKindForm groups={catalogue.groups} loading={adder.loading} onAdd={adder.add} />
      ) : null}
      {catalogue.loading && catalogue.kinds.length === 0 ? <p role="status">{t('common.loading')}</p> : null}
      {catalogue.error ? <QueryError error={catalogue.error} onRetry={catalogue.retry} /> : null}
      {[...groups].map(([code, group]) => (
        <section key={code} aria-labelledby={`group-${code}`}>
          <h2 id={`group-${code}`}>{group.name}</h2>
          <RecordTable
            caption={t('indicators.kinds.caption', { group: group.name })}
            columns={[
              t('indicators.kinds.name'),
              t('indicators.kinds.code'),
              t('indicators.kinds.unit'),
              t('indicators.kinds.note'),
            ]}
            rows={group.kinds}
            rowKey={(kind) => kind.code}
            cells={(kind) => (
              <>
                <th scope="row" lang={catalogue.language}>
                  {kind.name}
                </th>
                <td>
                  <code>{kind.code}</code>
                </td>
                <td>{t(`indicators.unit.${kind.unit}`, { defaultValue: kind.unit })}</td>
                <td>{kind.note}</td>
              </>
            )}
          />
        </section>
      ))}
    </>
  );
}
