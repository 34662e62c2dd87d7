import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/PagedList';
import { QueryError } from '../../../components/QueryError';
import { useCursorPages } from '../../../lib/cursor-pages';
import { formatDate, formatDateTime, percentOf } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { CandidateTable } from '../components/CandidateTable';
import { HitRateChart } from '../components/HitRateChart';
import { RoundProgress } from '../components/RoundProgress';
import { useScreeningRound } from '../hooks/useScreeningRound';

export function RoundPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const pages = useCursorPages();
  const { round, candidates, isRunning, loading, error, retry } = useScreeningRound(id, pages.after);
  const title = round ? t('screening.round.title', { number: round.number }) : t('screening.rounds.title');
  useDocumentTitle(title);

  const rate = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('screening.noRate')
      : t('screening.percent', { value: percentOf(value) });

  return (
    <>
      <p className="breadcrumb">
        <Link to="/screening/rounds">{t('screening.round.back')}</Link>
      </p>
      <h1>{title}</h1>
      {loading && !round ? <p role="status">{t('common.loading')}</p> : null}
      {error ? <QueryError error={error} onRetry={retry} /> : null}
      {!loading && !error && !round ? <p role="alert">{t('screening.round.notFound')}</p> : null}
      {round ? (
        <>
          <h2>{t('screening.round.totals')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('screening.rounds.status')}</dt>
              <dd>
                <RoundProgress number={round.number} status={round.status} progress={round.progress} />
              </dd>
            </div>
            <div>
              <dt>{t('screening.rounds.asOf')}</dt>
              <dd>{formatDate(round.asOf)}</dd>
            </div>
            <div>
              <dt>{t('screening.round.rules')}</dt>
              <dd>
                {t('screening.round.rulesValue', {
                  version: round.nationalRules.version,
                  count: round.localRules.length,
                })}
              </dd>
            </div>
            <div>
              <dt>{t('screening.rounds.householdsScored')}</dt>
              <dd>{round.householdsScored ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('screening.rounds.candidateCount')}</dt>
              <dd>{round.candidateCount ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('screening.rounds.visits')}</dt>
              <dd>{round.visits}</dd>
            </div>
            <div>
              <dt>{t('screening.rounds.hits')}</dt>
              <dd>{round.hits}</dd>
            </div>
            <div>
              <dt>{t('screening.rounds.hitRate')}</dt>
              <dd>{rate(round.hitRate)}</dd>
            </div>
            <div>
              <dt>{t('screening.rounds.createdAt')}</dt>
              <dd>{formatDateTime(round.createdAt)}</dd>
            </div>
            {round.finishedAt ? (
              <div>
                <dt>{t('screening.rounds.finishedAt')}</dt>
                <dd>{formatDateTime(round.finishedAt)}</dd>
              </div>
            ) : null}
            {round.failure ? (
              <div>
                <dt>{t('screening.round.failure')}</dt>
                <dd>{round.failure}</dd>
              </div>
            ) : null}
          </dl>
          {isRunning ? <p className="hint">{t('screening.round.running')}</p> : null}

          <section aria-labelledby="hit-rates-title">
            <h2 id="hit-rates-title">{t('screening.round.hitRatesTitle')}</h2>
            {round.hitRates.length === 0 ? (
              <p>{t('screening.round.noHitRates')}</p>
            ) : (
              <HitRateChart
                rows={round.hitRates.map((r) => ({
                  key: r.indicatorKind,
                  label: r.nameKo,
                  visits: r.visits,
                  hits: r.hits,
                  rate: r.rate,
                }))}
                caption={t('screening.round.hitRatesCaption')}
                firstColumn={t('screening.round.item')}
                summaryKey="screening.round.chartSummary"
              />
            )}
          </section>

          <section aria-labelledby="rule-hit-rates-title">
            <h2 id="rule-hit-rates-title">{t('screening.round.ruleHitRatesTitle')}</h2>
            {round.ruleHitRates.length === 0 ? (
              <p>{t('screening.round.noHitRates')}</p>
            ) : (
              <HitRateChart
                rows={round.ruleHitRates.map((r) => ({
                  key: r.ruleCode,
                  label: r.label,
                  visits: r.visits,
                  hits: r.hits,
                  rate: r.rate,
                }))}
                caption={t('screening.round.ruleHitRatesCaption')}
                firstColumn={t('screening.round.item')}
                summaryKey="screening.round.chartSummary"
              />
            )}
          </section>

          <section aria-labelledby="round-candidates-title">
            <h2 id="round-candidates-title">{t('screening.round.candidatesTitle')}</h2>
            <PagedList
              list={candidates}
              pages={pages}
              total={(count) => t('screening.queue.total', { count })}
              empty={t('screening.table.empty')}
            >
              <CandidateTable candidates={candidates.nodes} caption={t('screening.round.candidatesTitle')} />
            </PagedList>
          </section>
        </>
      ) : null}
    </>
  );
}
