import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../components/PagedList';
import { RecordTable } from '../../../components/RecordTable';
import { useCursorPages } from '../../../lib/cursor-pages';
import { formatDate, formatDateTime, percentOf } from '../../../lib/format';
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

      <PagedList list={list} pages={pages} empty={t('screening.rounds.empty')}>
        <RecordTable
          caption={t('screening.rounds.caption')}
          columns={[
            t('screening.rounds.number'),
            t('screening.rounds.asOf'),
            t('screening.rounds.status'),
            { label: t('screening.rounds.householdsScored'), numeric: true },
            { label: t('screening.rounds.candidateCount'), numeric: true },
            { label: t('screening.rounds.visits'), numeric: true },
            { label: t('screening.rounds.hitRate'), numeric: true },
            t('screening.rounds.createdAt'),
          ]}
          rows={list.rounds}
          rowKey={(round) => round.id}
          cells={(round) => (
            <>
              <th scope="row">
                <Link to={`/screening/rounds/${encodeURIComponent(round.id)}`}>
                  {t('screening.roundNumber', { number: round.number })}
                </Link>
              </th>
              <td>{formatDate(round.asOf)}</td>
              <td>
                <RoundProgress number={round.number} status={round.status} progress={round.progress} />
              </td>
              <td className="numeric">{round.householdsScored ?? '—'}</td>
              <td className="numeric">{round.candidateCount ?? '—'}</td>
              <td className="numeric">{round.visits}</td>
              <td className="numeric">{rate(round.hitRate)}</td>
              <td>{formatDateTime(round.createdAt)}</td>
            </>
          )}
        />
      </PagedList>
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
  );
}
