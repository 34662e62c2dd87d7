import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CandidateRowFragment } from '../../../generated/graphql';
import { RecordTable } from '../../../components/RecordTable';
import { formatNumber } from '../../../lib/format';

/** The 발굴 대상자 table, shared by the queue and a round's page (their paged lists say when there are none). */
export function CandidateTable({
  candidates,
  caption,
}: {
  candidates: readonly CandidateRowFragment[];
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <RecordTable
      caption={caption}
      columns={[
        { label: t('screening.table.round'), numeric: true },
        { label: t('screening.table.rank'), numeric: true },
        { label: t('screening.table.score'), numeric: true },
        t('screening.table.eupmyeondong'),
        t('screening.table.address'),
        t('screening.table.status'),
        t('screening.table.lastOutcome'),
      ]}
      rows={candidates}
      rowKey={(c) => c.id}
      cells={(c) => (
        <>
          <td className="numeric">{t('screening.roundNumber', { number: c.round.number })}</td>
          <td className="numeric">{c.rank}</td>
          <td className="numeric">{formatNumber(c.score, 1)}</td>
          <td>{c.region.name}</td>
          <th scope="row">
            <Link to={`/screening/candidates/${encodeURIComponent(c.id)}`}>{c.household.address}</Link>
          </th>
          <td>
            <span className={`status status-${c.status.toLowerCase()}`}>
              {t(`screening.status.${c.status}`)}
            </span>
          </td>
          <td>{c.lastOutcome ? t(`screening.outcome.${c.lastOutcome}`) : t('screening.table.noOutcome')}</td>
        </>
      )}
    />
  );
}
