import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { can, useSession } from '../../auth/current-user';
import { AddKindForm } from '../components/AddKindForm';
import { useAddIndicatorKind } from '../hooks/useAddIndicatorKind';
import { useIndicatorCatalogue } from '../hooks/useIndicatorCatalogue';

export function IndicatorKindsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const catalogue = useIndicatorCatalogue();
  const adder = useAddIndicatorKind();
  useDocumentTitle(t('indicators.kinds.title'));
  const isKorean = (i18n.resolvedLanguage ?? i18n.language) === 'ko';

  // One table per group, in the catalogue's order.
  const groups = new Map<string, { name: string; kinds: typeof catalogue.kinds }>();
  for (const kind of catalogue.kinds) {
    const entry = groups.get(kind.group) ?? {
      name: isKorean ? kind.groupNameKo : kind.groupNameEn,
      kinds: [],
    };
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
          <div className="table-wrap">
            <table>
              <caption>{t('indicators.kinds.caption', { group: group.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('indicators.kinds.name')}</th>
                  <th scope="col">{t('indicators.kinds.code')}</th>
                  <th scope="col">{t('indicators.kinds.unit')}</th>
                  <th scope="col">{t('indicators.kinds.note')}</th>
                </tr>
              </thead>
              <tbody>
                {group.kinds.map((kind) => (
                  <tr key={kind.code}>
                    <th scope="row" lang={isKorean ? 'ko' : 'en'}>
                      {isKorean ? kind.nameKo : kind.nameEn}
                    </th>
                    <td>
                      <code>{kind.code}</code>
                    </td>
                    <td>{t(`indicators.unit.${kind.unit}`, { defaultValue: kind.unit })}</td>
                    <td>{kind.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
