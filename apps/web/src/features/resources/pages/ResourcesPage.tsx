import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { can, useSession } from '../../auth/current-user';
import { DirectorySearch } from '../components/DirectorySearch';
import { ManagedResourceTable } from '../components/ManagedResourceTable';
import { useManagedResources } from '../hooks/useManagedResources';

/**
 * 복지자원 in the signed-in app: my agency's entries (drafts too) with what needs verifying, a
 * 시군구 supervisor's list of the district's stale entries, and the same search residents use.
 */
export function ResourcesPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  useDocumentTitle(t('resources.title'));
  const manages = can(user, 'MANAGE_RESOURCES');
  const oversees = can(user, 'OVERSEE_SIGUNGU') && Boolean(user.agency.regionCode);
  const mine = useManagedResources({ mine: true }, !manages);
  const district = `${(user.agency.regionCode ?? '').slice(0, 5)}00000`;
  const stale = useManagedResources({ stale: true, regionCode: district }, !oversees);
  return (
    <>
      <h1>{t('resources.title')}</h1>
      {manages ? (
        <section aria-labelledby="resources-mine">
          <h2 id="resources-mine">{t('resources.mine', { agency: user.agency.name })}</h2>
          <p>
            <Link to="/resources/new" className="button primary">
              {t('resources.new')}
            </Link>
          </p>
          {mine.error ? <QueryError error={mine.error} /> : null}
          <ManagedResourceTable
            caption={t('resources.mine', { agency: user.agency.name })}
            rows={mine.resources}
            empty={t('resources.mineEmpty')}
          />
        </section>
      ) : null}
      {oversees ? (
        <section aria-labelledby="resources-stale">
          <h2 id="resources-stale">{t('resources.staleTitle')}</h2>
          <p className="hint">{t('resources.staleHint')}</p>
          {stale.error ? <QueryError error={stale.error} /> : null}
          <ManagedResourceTable
            caption={t('resources.staleTitle')}
            rows={stale.resources}
            empty={t('resources.staleEmpty')}
          />
        </section>
      ) : null}
      <section aria-labelledby="resources-search">
        <h2 id="resources-search">{t('resources.search')}</h2>
        <DirectorySearch basePath="/resources" headingLevel={3} />
      </section>
    </>
  );
}
