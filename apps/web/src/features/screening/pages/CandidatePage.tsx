import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { RecordTable } from '../../../components/RecordTable';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { can, useSession } from '../../auth/current-user';
import { useIndicatorCatalogue } from '../../indicators/hooks/useIndicatorCatalogue';
import { OpenCaseForHousehold } from '../../cases/components/OpenCaseForHousehold';
import { VisitForm } from '../components/VisitForm';
import { useCandidate } from '../hooks/useCandidate';
import { useRecordOutreachVisit } from '../hooks/useRecordOutreachVisit';

/** The numbers that make up an indicator's points, as its row shows them. */
const INDICATOR_NUMBERS = ['value', 'weight', 'units', 'fade', 'pointsColumn'] as const;
const VISIT_COLUMNS = ['visitedOn', 'outcome', 'note', 'account', 'recordedAt'] as const;

export function CandidatePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { id = '' } = useParams();
  const { candidate, loading, error, retry } = useCandidate(id);
  const catalogue = useIndicatorCatalogue();
  const visit = useRecordOutreachVisit();
  const title = candidate ? candidate.household.address : t('screening.candidate.title');
  useDocumentTitle(title);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/screening/candidates">{t('screening.candidate.back')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="access-notice" role="note">
        <span aria-hidden="true">ⓘ </span>
        {t('screening.candidate.accessNotice')}
      </p>
      {loading ? <p role="status">{t('common.loading')}</p> : null}
      {error ? <QueryError error={error} onRetry={retry} /> : null}
      {!loading && !error && !candidate ? <p role="alert">{t('screening.candidate.notFound')}</p> : null}
      {candidate ? (
        <>
          <h2>{t('screening.candidate.summary')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('screening.candidate.score')}</dt>
              <dd>{formatNumber(candidate.score, 1)}</dd>
            </div>
            <div>
              <dt>{t('screening.candidate.rank')}</dt>
              <dd>{t('screening.candidate.rankValue', { rank: candidate.rank })}</dd>
            </div>
            <div>
              <dt>{t('screening.candidate.pickedBy')}</dt>
              <dd>{t(`screening.pickedBy.${candidate.pickedBy}`)}</dd>
            </div>
            <div>
              <dt>{t('screening.candidate.round')}</dt>
              <dd>
                <Link to={`/screening/rounds/${encodeURIComponent(candidate.round.id)}`}>
                  {t('screening.candidate.roundValue', {
                    number: candidate.round.number,
                    asOf: formatDate(candidate.round.asOf),
                  })}
                </Link>
              </dd>
            </div>
            <div>
              <dt>{t('screening.candidate.region')}</dt>
              <dd>{candidate.region.fullName}</dd>
            </div>
            <div>
              <dt>{t('screening.candidate.status')}</dt>
              <dd>
                <span className={`status status-${candidate.status.toLowerCase()}`}>
                  {t(`screening.status.${candidate.status}`)}
                </span>
              </dd>
            </div>
            <div>
              <dt>{t('screening.candidate.lastOutcome')}</dt>
              <dd>
                {candidate.lastOutcome ? t(`screening.outcome.${candidate.lastOutcome}`) : t('common.none')}
              </dd>
            </div>
          </dl>

          <section aria-labelledby="reasons-title">
            <h2 id="reasons-title">{t('screening.candidate.reasonsTitle')}</h2>
            <p className="hint">{t('screening.candidate.reasonsIntro')}</p>
            <ul className="reasons">
              {candidate.reasons.map((reason, i) => (
                <li key={`${reason.code}-${i}`}>
                  {/* The API's label already says the points in words ("단전: … = 29.7점"). */}
                  {reason.label}
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="indicators-title">
            <h2 id="indicators-title">{t('screening.candidate.indicatorsTitle')}</h2>
            <RecordTable
              caption={t('screening.candidate.indicatorsCaption')}
              columns={[
                t('screening.candidate.kind'),
                t('screening.candidate.observedOn'),
                ...INDICATOR_NUMBERS.map((key) => ({
                  label: t(`screening.candidate.${key}`),
                  numeric: true,
                })),
              ]}
              rows={candidate.indicators.map((row, index) => ({ ...row, index }))}
              rowKey={(row) => `${row.kind}-${row.personId}-${row.index}`}
              cells={(row) => (
                <>
                  <th scope="row">{catalogue.nameOf(row.kind)}</th>
                  <td>{formatDate(row.observedOn)}</td>
                  <td className="numeric">{formatNumber(row.value)}</td>
                  <td className="numeric">{formatNumber(row.weight)}</td>
                  <td className="numeric">{formatNumber(row.units)}</td>
                  <td className="numeric">{formatNumber(row.fade, 3)}</td>
                  <td className="numeric">{formatNumber(row.points, 1)}</td>
                </>
              )}
              empty={t('screening.candidate.noIndicators')}
            />
          </section>

          <section aria-labelledby="household-title">
            <h2 id="household-title">{t('screening.candidate.householdTitle')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('screening.candidate.address')}</dt>
                <dd>{candidate.household.address}</dd>
              </div>
              <div>
                <dt>{t('screening.candidate.members')}</dt>
                <dd>
                  <ul className="plain-list">
                    {candidate.household.members.map((m) => (
                      <li key={m.person.id}>
                        {t('screening.candidate.memberItem', {
                          relationship: t(`common.relationship.${m.relationship}`),
                          name: m.person.name,
                          rrn: m.person.rrnMasked,
                        })}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            </dl>
            <p>
              <Link to={`/households/${encodeURIComponent(candidate.household.id)}`}>
                {t('screening.candidate.openHousehold')}
              </Link>
            </p>
          </section>

          {can(user, 'RECORD_VISIT') ? (
            <VisitForm candidateId={candidate.id} loading={visit.loading} onRecord={visit.record} />
          ) : null}
          {/* Found needing support: the next step is a case, offered right here. */}
          {can(user, 'OPEN_CASE') && candidate.visits.some((v) => v.outcome === 'NEEDS_SUPPORT') ? (
            <OpenCaseForHousehold householdId={candidate.household.id} candidateId={candidate.id} />
          ) : null}

          <section aria-labelledby="visits-title">
            <h2 id="visits-title">{t('screening.candidate.visitsTitle')}</h2>
            <RecordTable
              caption={t('screening.candidate.visitsCaption')}
              columns={VISIT_COLUMNS.map((key) => t(`screening.candidate.${key}`))}
              rows={candidate.visits}
              rowKey={(v) => v.id}
              cells={(v) => (
                <>
                  <td>{formatDate(v.visitedOn)}</td>
                  <th scope="row">{t(`screening.outcome.${v.outcome}`)}</th>
                  <td className="note-cell">{v.note}</td>
                  <td>{v.by?.name ?? v.account}</td>
                  <td>{formatDateTime(v.recordedAt)}</td>
                </>
              )}
              empty={t('screening.candidate.noVisits')}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
