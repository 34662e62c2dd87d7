import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../../../components/Pagination';
import { QueryError } from '../../../components/QueryError';
import { useCursorPages } from '../../../lib/cursor-pages';
import { formatDateTime, percentOf } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { can, useSession } from '../../auth/current-user';
import { HitRateChart } from '../components/HitRateChart';
import { RoundProgress } from '../components/RoundProgress';
import { StartRoundForm } from '../components/StartRoundForm';
import { useScreeningRounds } from '../hooks/useScreeningRounds';
import { useStartScreeningRound } from '../hooks/useStartScreeningRound';

export function RoundsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const pages = useCursorPages();
  const list = useScreeningRounds(pages.after);
  const starter = useStartScreeningRound();
  useDocumentTitle(t('screening.rounds.title'));

  const rate = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('screening.noRate')
      : t('screening.percent', { value: percentOf(value) });
  // Oldest first in the chart, so it reads left to right as time goes on.
  const chartRows = list.rounds
    .filter((round) => round.status === 'DONE')
    .slice()
    .reverse()
    .map((round) => ({
      key: round.id,
      label: t('screening.roundNumber', { number: round.number }),
      visits: round.visits,
      hits: round.hits,
      rate: round.hitRate,
    }));

  return (
    <>
      <h1>{t('screening.rounds.title')}</h1>
      {can(user, 'START_ROUND') ? <StartRoundForm loading={starter.loading} onStart={starter.start} /> : null}

      {list.loading && list.totalCount === undefined ? <p role="status">{t('common.loading')}</p> : null}
      {list.error ? <QueryError error={list.error} onRetry={list.retry} /> : null}
      {!list.error && list.totalCount !== undefined ? (
        list.rounds.length === 0 ? (
          <p>{t('screening.rounds.empty')}</p>
        ) : (
          <>
            <div className="table-wrap">
              <table>
                <caption>{t('screening.rounds.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('screening.rounds.number')}</th>
                    <th scope="col">{t('screening.rounds.asOf')}</th>
                    <th scope="col">{t('screening.rounds.status')}</th>
                    <th scope="col" className="numeric">
                      {t('screening.rounds.householdsScored')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('screening.rounds.candidateCount')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('screening.rounds.visits')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('screening.rounds.hitRate')}
                    </th>
                    <th scope="col">{t('screening.rounds.createdAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.rounds.map((round) => (
                    <tr key={round.id}>
                      <th scope="row">
                        <Link to={`/screening/rounds/${encodeURIComponent(round.id)}`}>
                          {t('screening.roundNumber', { number: round.number })}
                        </Link>
                      </th>
                      <td>{round.asOf}</td>
                      <td>
                        <RoundProgress
                          number={round.number}
                          status={round.status}
                          progress={round.progress}
                        />
                      </td>
                      <td className="numeric">{round.householdsScored ?? '—'}</td>
                      <td className="numeric">{round.candidateCount ?? '—'}</td>
                      <td className="numeric">{round.visits}</td>
                      <td className="numeric">{rate(round.hitRate)}</td>
                      <td>{formatDateTime(round.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination
              page={pages.page}
              hasPrevious={pages.hasPrevious}
              hasNext={list.hasNextPage && Boolean(list.endCursor)}
              onPrevious={pages.goPrevious}
              onNext={() => list.endCursor && pages.goNext(list.endCursor)}
            />
            {chartRows.length ? (
              <section aria-labelledby="rounds-chart-title">
                <h2 id="rounds-chart-title">{t('screening.rounds.chartTitle')}</h2>
                <HitRateChart
                  rows={chartRows}
                  caption={t('screening.rounds.chartTableCaption')}
                  firstColumn={t('screening.rounds.number')}
                  summaryKey="screening.round.chartSummary"
                />
              </section>
            ) : null}
          </>
        )
      ) : null}
    </>
  );
}
