import { Link, useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { MembersTable } from '../components/MembersTable';
import { useHousehold } from '../hooks/useHousehold';

export function HouseholdDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { household, loading, error, retry } = useHousehold(id);
  // The search page passes its query string, so 돌아가기 returns to the same results.
  const state = useLocation().state as { search?: string } | null;
  const backSearch = typeof state?.search === 'string' ? state.search : '';
  useDocumentTitle(household?.address ?? t('households.detail.title'));

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/households${backSearch}`}>{t('households.detail.back')}</Link>
      </p>
      <h1>{household?.address ?? t('households.detail.title')}</h1>
      <p className="access-notice" role="note">
        <span aria-hidden="true">ⓘ </span>
        {t('households.detail.accessNotice')}
      </p>
      {loading ? <p role="status">{t('common.loading')}</p> : null}
      {error ? <QueryError error={error} onRetry={retry} /> : null}
      {!loading && !error && !household ? <p role="alert">{t('households.detail.notFound')}</p> : null}
      {household ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t('households.detail.address')}</dt>
              <dd>{household.address}</dd>
            </div>
            <div>
              <dt>{t('households.detail.region')}</dt>
              <dd>{household.region.fullName}</dd>
            </div>
          </dl>
          {household.synthetic ? <p className="hint">{t('households.detail.synthetic')}</p> : null}
          <h2>{t('households.detail.membersTitle')}</h2>
          <MembersTable members={household.members} />
        </>
      ) : null}
    </>
  );
}
