import { useTranslation } from 'react-i18next';
import { NEEDS_DOMAINS } from '@ieum/domain';
import { useSearchParams } from 'react-router-dom';
import { QueryError } from '../../../components/QueryError';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { can, useSession } from '../../auth/current-user';
import { CountChart, SERIES_COLOURS, type CountSeries } from '../../dashboard/components/CountChart';
import { PeriodForm } from '../../dashboard/components/PeriodForm';
import { periodFromParams } from '../../dashboard/period';
import {
  putRegionInSearchParams,
  RegionPicker,
  regionFromSearchParams,
  selectedRegionCode,
} from '../../households/components/RegionPicker';
import { useOverlapDashboard } from '../hooks/useOverlapDashboard';

/** A count split into those recorded anyway with a reason and the rest, as the charts stack them. */
const split = (c: { overlaps: number; overridden: number }) => ({
  overridden: c.overridden,
  plain: c.overlaps - c.overridden,
});

/**
 * 중복지원 점검 for a 시군구 supervisor (their district) or an analyst or administrator (any region):
 * the provisions that duplicate each other, by needs domain, agency pair and month, each chart with
 * its table. Counts only: no household, amount or note is on this page.
 */
export function OverlapDashboardPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const countryWide = can(user, 'VIEW_DASHBOARD_COUNTRYWIDE');
  const region = regionFromSearchParams(params);
  const period = periodFromParams(params);
  const { dashboard, loading, error, retry } = useOverlapDashboard(
    countryWide ? selectedRegionCode(region) : undefined,
    period,
  );
  useDocumentTitle(t('provisions.dashboard.title'));

  const series: CountSeries[] = [
    { key: 'overridden', label: t('provisions.dashboard.overriddenSeries'), colour: SERIES_COLOURS[0] },
    { key: 'plain', label: t('provisions.dashboard.plainSeries'), colour: SERIES_COLOURS[1] },
  ];
  const domains = dashboard
    ? [...dashboard.byDomain].sort(
        (a, b) =>
          (a.domain ? NEEDS_DOMAINS.indexOf(a.domain) : NEEDS_DOMAINS.length) -
          (b.domain ? NEEDS_DOMAINS.indexOf(b.domain) : NEEDS_DOMAINS.length),
      )
    : [];

  return (
    <>
      <h1>{t('provisions.dashboard.title')}</h1>
      <p className="hint">{t('provisions.dashboard.intro')}</p>
      {countryWide ? (
        <form
          className="card form search-form"
          role="search"
          aria-label={t('dashboard.region.legend')}
          onSubmit={(e) => e.preventDefault()}
        >
          <RegionPicker
            idPrefix="overlaps-region"
            value={region}
            mode="filter"
            onChange={(next) =>
              setParams(putRegionInSearchParams(new URLSearchParams(params), next), { replace: true })
            }
          />
        </form>
      ) : null}
      <PeriodForm idPrefix="overlaps" params={params} setParams={setParams} />
      {loading && !dashboard ? <p role="status">{t('common.loading')}</p> : null}
      {error ? <QueryError error={error} onRetry={retry} /> : null}
      {dashboard ? (
        dashboard.overlaps === 0 ? (
          <p>{t('provisions.dashboard.none')}</p>
        ) : (
          <>
            <p className="lead">
              {t('provisions.dashboard.totals', {
                overlaps: dashboard.overlaps,
                overridden: dashboard.overridden,
              })}
            </p>
            <section aria-labelledby="overlaps-domain-title">
              <h2 id="overlaps-domain-title">{t('provisions.dashboard.byDomain.title')}</h2>
              <CountChart
                caption={t('provisions.dashboard.byDomain.caption')}
                firstColumn={t('provisions.domain')}
                series={series}
                rows={domains.map((d) => ({
                  key: d.domain ?? 'none',
                  label: d.domain
                    ? t(`cases.domain.${d.domain}`)
                    : t('provisions.dashboard.byDomain.noDomain'),
                  values: split(d),
                }))}
              />
            </section>
            <section aria-labelledby="overlaps-pair-title">
              <h2 id="overlaps-pair-title">{t('provisions.dashboard.byPair.title')}</h2>
              <CountChart
                caption={t('provisions.dashboard.byPair.caption')}
                firstColumn={t('provisions.dashboard.byPair.pair')}
                series={series}
                rows={dashboard.byAgencyPair.map((p) => ({
                  key: `${p.firstAgency.id}-${p.secondAgency.id}`,
                  label:
                    p.firstAgency.id === p.secondAgency.id
                      ? t('provisions.dashboard.byPair.same', { agency: p.firstAgency.name })
                      : t('provisions.dashboard.byPair.value', {
                          first: p.firstAgency.name,
                          second: p.secondAgency.name,
                        }),
                  values: split(p),
                }))}
              />
            </section>
            <section aria-labelledby="overlaps-month-title">
              <h2 id="overlaps-month-title">{t('provisions.dashboard.byMonth.title')}</h2>
              <CountChart
                caption={t('provisions.dashboard.byMonth.caption')}
                firstColumn={t('provisions.dashboard.byMonth.month')}
                series={series}
                rows={dashboard.byMonth.map((m) => ({ key: m.month, label: m.month, values: split(m) }))}
              />
            </section>
          </>
        )
      ) : null}
    </>
  );
}
