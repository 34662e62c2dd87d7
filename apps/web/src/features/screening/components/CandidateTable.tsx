import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CandidateRowFragment } from '../../../generated/graphql';
import { formatNumber } from '../../../lib/format';

/** The 발굴 대상자 table, shared by the queue and a round's page. */
export function CandidateTable({
  candidates,
  caption,
}: {
  candidates: readonly CandidateRowFragment[];
  caption: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('screening.table.round')}
            </th>
            <th scope="col" className="numeric">
              {t('screening.table.rank')}
            </th>
            <th scope="col" className="numeric">
              {t('screening.table.score')}
            </th>
            <th scope="col">{t('screening.table.eupmyeondong')}</th>
            <th scope="col">{t('screening.table.address')}</th>
            <th scope="col">{t('screening.table.status')}</th>
            <th scope="col">{t('screening.table.lastOutcome')}</th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((c) => (
            <tr key={c.id}>
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
              <td>
                {c.lastOutcome ? t(`screening.outcome.${c.lastOutcome}`) : t('screening.table.noOutcome')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
