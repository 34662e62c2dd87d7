import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { RecordTable } from '../../../components/RecordTable';
import { formatDateTimeMinute } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ApplicationActions } from '../components/ApplicationActions';
import { useApplication, useApplicationHousehold } from '../hooks/useApplication';
import { useApplicationSteps } from '../hooks/useApplicationSteps';

export function ApplicationPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { application, loading, error, retry } = useApplication(id);
  const { household } = useApplicationHousehold(id);
  const steps = useApplicationSteps(id);
  const title = application
    ? t('applications.detail.titleWithProgramme', { programme: application.programmeLabel })
    : t('applications.detail.title');
  useDocumentTitle(title);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/applications">{t('applications.detail.back')}</Link>
      </p>
      <h1>{title}</h1>
      {loading && !application ? <p role="status">{t('common.loading')}</p> : null}
      {error ? <QueryError error={error} onRetry={retry} /> : null}
      {!loading && !error && !application ? <p role="alert">{t('applications.detail.notFound')}</p> : null}
      {application ? (
        <>
          <section aria-labelledby="application-summary-title">
            <h2 id="application-summary-title">{t('applications.detail.summary')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('applications.columns.status')}</dt>
                <dd>{t(`applications.status.${application.status}`)}</dd>
              </div>
              {application.statusReason ? (
                <div>
                  <dt>{t('applications.detail.statusReason')}</dt>
                  <dd className="note-cell">{application.statusReason}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('applications.columns.programme')}</dt>
                <dd>{application.programmeLabel}</dd>
              </div>
              <div>
                <dt>{t('applications.columns.receivingRegion')}</dt>
                <dd>{application.receivingRegion.fullName}</dd>
              </div>
              <div>
                <dt>{t('applications.columns.applicantAgency')}</dt>
                <dd>{application.applicantAgency.name}</dd>
              </div>
              <div>
                <dt>{t('applications.detail.submittedBy')}</dt>
                <dd>
                  {application.submittedBy
                    ? `${application.submittedBy.name} (${application.submittedBy.agency.name})`
                    : t('common.none')}
                  {application.submittedBy?.phone ? (
                    <>
                      {' · '}
                      <a href={`tel:${application.submittedBy.phone.replace(/-/g, '')}`}>
                        {application.submittedBy.phone}
                      </a>
                    </>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>{t('applications.columns.submittedAt')}</dt>
                <dd>{formatDateTimeMinute(application.submittedAt, i18n.language)}</dd>
              </div>
              <div>
                <dt>{t('applications.detail.onBehalf')}</dt>
                <dd>{application.onBehalf ? t('applications.detail.yes') : t('applications.detail.no')}</dd>
              </div>
              <div>
                <dt>{t('applications.detail.note')}</dt>
                <dd className="note-cell">{application.note || t('common.none')}</dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="application-household-title">
            <h2 id="application-household-title">{t('applications.detail.household')}</h2>
            {household ? (
              <p>
                <Link to={`/households/${encodeURIComponent(household.id)}`}>{household.address}</Link>
              </p>
            ) : (
              <p className="access-notice" role="note">
                <span aria-hidden="true">ⓘ </span>
                {t('applications.detail.householdHidden')}
              </p>
            )}
          </section>

          <ApplicationActions available={application.availableActions} busy={steps.busy} handlers={steps} />

          <section aria-labelledby="application-history-title">
            <h2 id="application-history-title">{t('applications.detail.history')}</h2>
            <RecordTable
              caption={t('applications.detail.historyCaption')}
              columns={[
                t('applications.detail.fromTo'),
                t('applications.detail.at'),
                t('applications.detail.agency'),
                t('applications.detail.by'),
                t('applications.detail.reason'),
              ]}
              rows={application.history.map((step, index) => ({ ...step, index }))}
              rowKey={(h) => String(h.index)}
              cells={(h) => (
                <>
                  <th scope="row">{t(`applications.step.${h.action}`)}</th>
                  <td>{formatDateTimeMinute(h.at, i18n.language)}</td>
                  <td>{h.agency.name}</td>
                  <td>{h.by?.name ?? t('common.none')}</td>
                  <td className="note-cell">{h.reason ?? ''}</td>
                </>
              )}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
