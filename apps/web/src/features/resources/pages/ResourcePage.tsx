import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PublicLayout } from '../components/PublicLayout';
import { ResourceFacts } from '../components/ResourceFacts';
import { useDirectoryResource } from '../hooks/useDirectory';

/** One resource of the directory: what it is, who gives it, when, how to apply and whom to call. */
export function ResourcePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { resource: r, loading, error, retry } = useDirectoryResource(id);
  useDocumentTitle(r?.name ?? t('directory.title'));
  return (
    <PublicLayout>
      <p className="breadcrumb">
        <Link to="/directory">{t('directory.back')}</Link>
      </p>
      <h1>{r?.name ?? t('directory.title')}</h1>
      {loading && !r ? <p role="status">{t('common.loading')}</p> : null}
      {error ? <QueryError error={error} onRetry={retry} /> : null}
      {!loading && !error && !r ? <p role="alert">{t('directory.notFound')}</p> : null}
      {r ? (
        <>
          <p>{r.description}</p>
          <ResourceFacts resource={r} />
        </>
      ) : null}
    </PublicLayout>
  );
}
