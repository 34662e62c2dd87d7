import { useTranslation } from 'react-i18next';
import { NEEDS_DOMAINS } from '@ieum/domain';
import { useSearchParams } from 'react-router-dom';
import { QueryError } from '../../../components/QueryError';
import { RecordTable } from '../../../components/RecordTable';
import { formatNumber } from '../../../lib/format';
import { percentOf, periodFromParams } from '../period';
import { PeriodForm } from '../components/PeriodForm';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { CountChart, SERIES_COLOURS } from '../components/CountChart';
import { can, useSession } from '../../auth/current-user';
import {
  putRegionInSearchParams,
  RegionPicker,
  regionFromSearchParams,
  selectedRegionCode,
} from '../../households/components/RegionPicker';
import { useCaseDashboard } from '../hooks/useCaseDashboard';

/** The referral-flow counts, in their column order after the route. */
const FLOW_NUMBERS = ['sent', 'accepted', 'declined', 'overdue', 'medianDays'] as const;

/**
 * 통합사례관리 현황 for a 시군구 supervisor (their district) or an analyst or administrator (the
 * whole country, or the 시도, 시군구 or 읍면동 they choose; the choice is kept in the address).
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const countryWide = can(user, 'VIEW_DASHBOARD_COUNTRYWIDE');
  const region = regionFromSearchParams(params);
  const period = periodFromParams(params);
  const { dashboard, loading, error, retry } = useCaseDashboard(
    countryWide ? selectedRegionCode(region) : undefined,
    period,
  );
  useDocumentTitle(t('dashboard.title'));

  const domains = dashboard
    ? [...dashboard.casesByNeedsDomain].sort(
        (a, b) => NEEDS_DOMAINS.indexOf(a.domain) - NEEDS_DOMAINS.indexOf(b.domain),
      )
    : [];

  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <p className="hint">{t('dashboard.intro')}</p>
      {countryWide ? (
        <form
          className="card form search-form"
          role="search"
          aria-label={t('dashboard.region.legend')}
          onSubmit={(e) => e.preventDefault()}
        >
          <RegionPicker
            idPrefix="dashboard-region"
            value={region}
            mode="filter"
            onChange={(next) =>
              setParams(putRegionInSearchParams(new URLSearchParams(params), next), { replace: true })
            }
          />
        </form>
      ) : null}
      <PeriodForm idPrefix="dashboard" params={params} setParams={setParams} />
      {loading && !dashboard ? <p role="status">{t('common.loading')}</p> : null}
      {error ? <QueryError error={error} onRetry={retry} /> : null}
      {dashboard ? (
        <>
          <section aria-labelledby="screening-title">
            <h2 id="screening-title">{t('dashboard.screening.title')}</h2>
            {dashboard.screening.candidates === 0 ? (
              <p>{t('dashboard.screening.empty')}</p>
            ) : (
              <RecordTable
                caption={t('dashboard.screening.caption')}
                columns={[
                  t('dashboard.screening.figure'),
                  { label: t('dashboard.screening.value'), numeric: true },
                ]}
                rows={[
                  ['candidates', t('dashboard.screening.count', { count: dashboard.screening.candidates })],
                  ['visited', t('dashboard.screening.count', { count: dashboard.screening.visited })],
                  ['visitRate', percentOf(dashboard.screening.visitRate) ?? t('dashboard.screening.noRate')],
                  [
                    'needingSupport',
                    t('dashboard.screening.count', { count: dashboard.screening.needingSupport }),
                  ],
                  [
                    'needingSupportRate',
                    percentOf(dashboard.screening.needingSupportRate) ?? t('dashboard.screening.noRate'),
                  ],
                ]}
                rowKey={([key]) => key}
                cells={([key, value]) => (
                  <>
                    <th scope="row">{t(`dashboard.screening.${key}`)}</th>
                    <td className="numeric">{value}</td>
                  </>
                )}
              />
            )}
          </section>

          <section aria-labelledby="caseload-title">
            <h2 id="caseload-title">{t('dashboard.caseload.title')}</h2>
            {dashboard.caseloadByWorker.length === 0 ? (
              <p>{t('dashboard.empty')}</p>
            ) : (
              <CountChart
                caption={t('dashboard.caseload.caption')}
                firstColumn={t('dashboard.caseload.worker')}
                series={[
                  { key: 'open', label: t('cases.status.OPEN'), colour: SERIES_COLOURS[0] },
                  { key: 'closed', label: t('cases.status.CLOSED'), colour: SERIES_COLOURS[1] },
                ]}
                rows={dashboard.caseloadByWorker.map((w) => ({
                  key: w.worker.id,
                  label: t('dashboard.caseload.workerLabel', {
                    name: w.worker.name,
                    agency: w.worker.agency.name,
                  }),
                  values: { open: w.open, closed: w.closed },
                }))}
              />
            )}
          </section>

          <section aria-labelledby="status-title">
            <h2 id="status-title">{t('dashboard.status.title')}</h2>
            <RecordTable
              caption={t('dashboard.status.caption')}
              columns={[t('cases.list.status'), { label: t('dashboard.cases'), numeric: true }]}
              rows={dashboard.casesByStatus}
              rowKey={(s) => s.status}
              cells={(s) => (
                <>
                  <th scope="row">{t(`cases.status.${s.status}`)}</th>
                  <td className="numeric">{s.count}</td>
                </>
              )}
            />
          </section>

          <section aria-labelledby="flow-title">
            <h2 id="flow-title">{t('dashboard.flow.title')}</h2>
            <RecordTable
              caption={t('dashboard.flow.caption')}
              columns={[
                t('dashboard.flow.route'),
                ...FLOW_NUMBERS.map((key) => ({ label: t(`dashboard.flow.${key}`), numeric: true })),
              ]}
              rows={dashboard.referralFlow}
              rowKey={(f) => `${f.fromAgency.id}-${f.toAgency.id}`}
              cells={(f) => (
                <>
                  <th scope="row">
                    {t('dashboard.flow.routeValue', { from: f.fromAgency.name, to: f.toAgency.name })}
                  </th>
                  <td className="numeric">{f.sent}</td>
                  <td className="numeric">{f.accepted}</td>
                  <td className="numeric">{f.declined}</td>
                  <td className="numeric">{f.overdue}</td>
                  <td className="numeric">
                    {f.medianDaysToReply === null || f.medianDaysToReply === undefined
                      ? t('dashboard.flow.noReply')
                      : t('dashboard.flow.days', { days: formatNumber(f.medianDaysToReply, 1) })}
                  </td>
                </>
              )}
              empty={t('dashboard.empty')}
            />
          </section>

          <section aria-labelledby="needs-title">
            <h2 id="needs-title">{t('dashboard.needs.title')}</h2>
            {domains.length === 0 ? (
              <p>{t('dashboard.empty')}</p>
            ) : (
              <CountChart
                caption={t('dashboard.needs.caption')}
                firstColumn={t('cases.assessment.domain')}
                series={[{ key: 'cases', label: t('dashboard.cases'), colour: SERIES_COLOURS[0] }]}
                rows={domains.map((d) => ({
                  key: d.domain,
                  label: t(`cases.domain.${d.domain}`),
                  values: { cases: d.cases },
                }))}
              />
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
