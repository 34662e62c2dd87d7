import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { RecordTable } from '../../../components/RecordTable';
import { formatDate, formatDateTimeMinute } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { ContactList } from '../../households/components/ContactList';
import { ReferralActions } from '../components/ReferralActions';
import { ReferralStatus } from '../components/ReferralStatus';
import { useAcceptReferral } from '../hooks/useAcceptReferral';
import { useCancelReferral } from '../hooks/useCancelReferral';
import { useCompleteReferral } from '../hooks/useCompleteReferral';
import { useDeclineReferral } from '../hooks/useDeclineReferral';
import { useReceiveReferral } from '../hooks/useReceiveReferral';
import { useReferral } from '../hooks/useReferral';
import { useStartReferralService } from '../hooks/useStartReferralService';

export function ReferralPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { referral, loading, error, retry } = useReferral(id);
  const receive = useReceiveReferral();
  const accept = useAcceptReferral();
  const decline = useDeclineReferral();
  const start = useStartReferralService();
  const complete = useCompleteReferral();
  const cancel = useCancelReferral();
  const busy =
    receive.loading ||
    accept.loading ||
    decline.loading ||
    start.loading ||
    complete.loading ||
    cancel.loading;
  const title = referral
    ? t('referrals.detail.titleWithService', { service: referral.service })
    : t('referrals.detail.title');
  useDocumentTitle(title);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/referrals">{t('referrals.detail.back')}</Link>
      </p>
      <h1>{title}</h1>
      {loading && !referral ? <p role="status">{t('common.loading')}</p> : null}
      {error ? <QueryError error={error} onRetry={retry} /> : null}
      {!loading && !error && !referral ? <p role="alert">{t('referrals.detail.notFound')}</p> : null}
      {referral ? (
        <>
          <section aria-labelledby="referral-summary-title">
            <h2 id="referral-summary-title">{t('referrals.detail.summary')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('referrals.columns.status')}</dt>
                <dd>
                  <ReferralStatus status={referral.status} overdue={referral.overdue} />
                </dd>
              </div>
              <div>
                <dt>{t('referrals.columns.from')}</dt>
                <dd>{referral.fromAgency.name}</dd>
              </div>
              <div>
                <dt>{t('referrals.detail.sentBy')}</dt>
                <dd>
                  {referral.sentBy ? (
                    <>
                      {referral.sentBy.name} ({referral.sentBy.agency.name})
                      {referral.sentBy.phone ? (
                        <>
                          {' · '}
                          <a href={`tel:${referral.sentBy.phone.replace(/-/g, '')}`}>
                            {referral.sentBy.phone}
                          </a>
                        </>
                      ) : null}
                    </>
                  ) : (
                    t('common.none')
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('referrals.columns.to')}</dt>
                <dd>{referral.toAgency.name}</dd>
              </div>
              <div>
                <dt>{t('referrals.columns.service')}</dt>
                <dd>{referral.service}</dd>
              </div>
              {referral.resource ? (
                <div>
                  <dt>{t('referrals.detail.resource')}</dt>
                  <dd>
                    <Link to={`/directory/${referral.resource.id}`}>{referral.resource.name}</Link>{' '}
                    <span className="hint">
                      {referral.resource.capacityTotal === null ||
                      referral.resource.capacityTotal === undefined
                        ? t('referrals.resource.unlimited')
                        : t('referrals.resource.places', { count: referral.resource.capacityAvailable ?? 0 })}
                    </span>
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t('referrals.detail.note')}</dt>
                <dd className="note-cell">{referral.note || t('common.none')}</dd>
              </div>
              <div>
                <dt>{t('referrals.columns.sentOn')}</dt>
                <dd>{formatDate(referral.sentOn)}</dd>
              </div>
              <div>
                <dt>{t('referrals.columns.replyBy')}</dt>
                <dd>{formatDate(referral.replyBy)}</dd>
              </div>
              <div>
                <dt>{t('referrals.detail.deadline')}</dt>
                <dd>{referral.deadline ? formatDate(referral.deadline) : t('common.none')}</dd>
              </div>
              <div>
                <dt>{t('referrals.columns.outcome')}</dt>
                <dd>
                  {referral.outcome ? t(`referrals.outcome.${referral.outcome}`) : t('common.none')}
                  {referral.outcomeNote ? ` — ${referral.outcomeNote}` : ''}
                </dd>
              </div>
              {referral.declineReason ? (
                <div>
                  <dt>{t('referrals.detail.declineReason')}</dt>
                  <dd className="note-cell">{referral.declineReason}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('referrals.detail.case')}</dt>
                <dd>
                  <Link to={`/cases/${encodeURIComponent(referral.caseId)}`}>
                    {t('referrals.detail.openCase')}
                  </Link>
                </dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="referral-household-title">
            <h2 id="referral-household-title">{t('referrals.detail.household')}</h2>
            {referral.household ? (
              <dl className="facts">
                <div>
                  <dt>{t('households.detail.address')}</dt>
                  <dd>
                    <Link to={`/households/${encodeURIComponent(referral.household.id)}`}>
                      {referral.household.address}
                    </Link>
                  </dd>
                </div>
                <div>
                  <dt>{t('households.detail.region')}</dt>
                  <dd>{referral.household.region.fullName}</dd>
                </div>
                <div>
                  <dt>{t('households.search.memberCount')}</dt>
                  <dd>
                    {t('households.search.memberCountValue', { count: referral.household.memberCount })}
                  </dd>
                </div>
                <div>
                  <dt>{t('referrals.detail.residents')}</dt>
                  <dd>
                    {referral.household.members
                      .map((m) => `${m.person.name} (${t(`common.relationship.${m.relationship}`)})`)
                      .join(', ')}
                  </dd>
                </div>
                <div>
                  <dt>{t('households.contacts.title')}</dt>
                  <dd>
                    <ContactList contacts={referral.household.contacts} />
                  </dd>
                </div>
              </dl>
            ) : (
              <p className="access-notice" role="note">
                <span aria-hidden="true">ⓘ </span>
                {t('referrals.detail.outOfScope')}
              </p>
            )}
          </section>

          <ReferralActions
            available={referral.availableActions}
            busy={busy}
            handlers={{
              RECEIVE: () => receive.run({ referralId: referral.id }),
              ACCEPT: () => accept.run({ referralId: referral.id }),
              DECLINE: (reason) => decline.run({ referralId: referral.id, reason }),
              START_SERVICE: () => start.run({ referralId: referral.id }),
              COMPLETE: (outcome, note) => complete.run({ referralId: referral.id, outcome, note }),
              CANCEL: () => cancel.run({ referralId: referral.id }),
            }}
          />

          <section aria-labelledby="referral-history-title">
            <h2 id="referral-history-title">{t('referrals.detail.history')}</h2>
            <RecordTable
              caption={t('referrals.detail.historyCaption')}
              columns={[
                t('referrals.columns.status'),
                t('referrals.detail.at'),
                t('referrals.detail.agency'),
                t('referrals.detail.account'),
                t('referrals.detail.historyNote'),
              ]}
              rows={referral.history.map((step, index) => ({ ...step, index }))}
              rowKey={(h) => `${h.at}-${h.index}`}
              cells={(h) => (
                <>
                  <th scope="row">{t(`referrals.status.${h.status}`)}</th>
                  <td>{formatDateTimeMinute(h.at)}</td>
                  <td>{h.agency.name}</td>
                  <td>{h.by?.name ?? t('common.none')}</td>
                  <td className="note-cell">{h.note ?? ''}</td>
                </>
              )}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
