import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { formatDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PublicLayout } from '../components/PublicLayout';
import { useDirectoryResource } from '../hooks/useDirectory';

/** One resource of the directory: what it is, who gives it, when, how to apply and whom to call. */
export function ResourcePage() {
  const { t, i18n } = useTranslation();
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
          <dl className="facts">
            <div>
              <dt>{t('directory.agency')}</dt>
              <dd>{r.agency.name}</dd>
            </div>
            <div>
              <dt>{t('directory.domain')}</dt>
              <dd>{r.needsDomains.map((d) => t(`cases.domain.${d}`)).join(', ')}</dd>
            </div>
            <div>
              <dt>{t('directory.eligibility')}</dt>
              <dd>{r.eligibility || t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('directory.fee')}</dt>
              <dd>{r.fee || t('directory.feeUnknown')}</dd>
            </div>
            <div>
              <dt>{t('directory.capacity')}</dt>
              <dd>
                {r.capacityTotal === null
                  ? t('directory.noLimit')
                  : t('directory.places', { free: r.capacityAvailable, total: r.capacityTotal })}
              </dd>
            </div>
            <div>
              <dt>{t('directory.hours')}</dt>
              <dd>
                {r.hours.length
                  ? r.hours
                      .map((h) => `${t(`directory.weekday.${h.weekday}`)} ${h.opens}–${h.closes}`)
                      .join(', ')
                  : t('directory.hoursUnknown')}
              </dd>
            </div>
            <div>
              <dt>{t('directory.howToApply')}</dt>
              <dd>{r.howToApply || t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('directory.address')}</dt>
              <dd>{r.address || t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('directory.contact')}</dt>
              <dd>
                {r.phone ? <a href={`tel:${r.phone.replace(/-/g, '')}`}>{r.phone}</a> : null}
                {r.email ? (
                  <>
                    {' '}
                    · <a href={`mailto:${r.email}`}>{r.email}</a>
                  </>
                ) : null}
                {r.url ? (
                  <>
                    {' '}
                    ·{' '}
                    <a href={r.url} rel="noopener noreferrer">
                      {r.url}
                    </a>
                  </>
                ) : null}
                {!r.phone && !r.email && !r.url ? t('common.none') : null}
              </dd>
            </div>
            <div>
              <dt>{t('directory.assuredOn')}</dt>
              <dd>
                {formatDate(r.assuredOn, i18n.language)}
                {r.stale ? ` (${t('directory.stale')})` : ''}
              </dd>
            </div>
          </dl>
        </>
      ) : null}
    </PublicLayout>
  );
}
