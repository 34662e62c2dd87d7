import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { formatDateTimeMinute } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { can, useSession } from '../../auth/current-user';
import { ReferralComposer } from '../../referrals/components/ReferralComposer';
import { usePartnerAgencies } from '../../referrals/hooks/usePartnerAgencies';
import { AssessmentSection } from '../components/AssessmentSection';
import { CaseReferralsSection } from '../components/CaseReferralsSection';
import { CaseSection } from '../components/CaseSection';
import { CaseStages } from '../components/CaseStages';
import { CloseCaseForm } from '../components/CloseCaseForm';
import { ConferencesSection } from '../components/ConferencesSection';
import { GoalsSection } from '../components/GoalsSection';
import { ProgressNotesSection } from '../components/ProgressNotesSection';
import { ServicesSection } from '../components/ServicesSection';
import { TimelineSection } from '../components/TimelineSection';
import { useAddProgressNote } from '../hooks/useAddProgressNote';
import { useAddServicePlanGoal } from '../hooks/useAddServicePlanGoal';
import { useAssessNeeds } from '../hooks/useAssessNeeds';
import { useCase } from '../hooks/useCase';
import { useCloseCase } from '../hooks/useCloseCase';
import { useRecordCaseConference } from '../hooks/useRecordCaseConference';
import { useRecordService } from '../hooks/useRecordService';

export function CasePage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { id = '' } = useParams();
  const { kase, householdHidden, loading, error, retry } = useCase(id);
  const agencies = usePartnerAgencies();
  const assess = useAssessNeeds();
  const addGoal = useAddServicePlanGoal();
  const recordService = useRecordService();
  const recordConference = useRecordCaseConference();
  const addNote = useAddProgressNote();
  const closeCase = useCloseCase();

  // The person's name and the case number, which people say on the phone; never the address.
  const head = kase?.household?.members.find((m) => m.relationship === 'HEAD') ?? kase?.household?.members[0];
  const title = kase
    ? head
      ? t('cases.detail.titleWithName', { name: head.person.name, number: kase.number })
      : t('cases.detail.titleWithNumber', { number: kase.number })
    : t('cases.detail.title');
  useDocumentTitle(title);

  // The API decides; the page only hides forms the viewer could not use. A closed case is read-only,
  // the plan (욕구사정, 목표, 사례회의, 종결, 의뢰) belongs to those with full access, and every agency on
  // the case records its own services and monitoring.
  const isOpen = kase?.status === 'OPEN';
  const mayWork = can(user, 'VIEW_CASES');
  const isInvolved = Boolean(
    kase && (kase.leadAgency.id === user.agency.id || kase.partners.some((p) => p.id === user.agency.id)),
  );
  const canPlan = Boolean(isOpen && mayWork && kase?.access.full);
  const canRecord = Boolean(isOpen && mayWork && (kase?.access.full || isInvolved));

  return (
    <>
      <p className="breadcrumb">
        <Link to="/cases">{t('cases.detail.back')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="access-notice" role="note">
        <span aria-hidden="true">ⓘ </span>
        {t('cases.detail.accessNotice')}
      </p>
      {loading && !kase ? <p role="status">{t('common.loading')}</p> : null}
      {error ? <QueryError error={error} onRetry={retry} /> : null}
      {!loading && !error && !kase ? <p role="alert">{t('cases.detail.notFound')}</p> : null}
      {kase ? <CaseStages kase={kase} canClose={canPlan} /> : null}
      {kase ? (
        <>
          <CaseSection id="summary" title={t('cases.detail.summary')}>
            <dl className="facts">
              <div>
                <dt>{t('cases.detail.status')}</dt>
                <dd>
                  <span className={`status status-case-${kase.status.toLowerCase()}`}>
                    {t(`cases.status.${kase.status}`)}
                  </span>
                </dd>
              </div>
              <div>
                <dt>{t('cases.detail.household')}</dt>
                <dd>
                  {kase.household ? (
                    <Link to={`/households/${encodeURIComponent(kase.household.id)}`}>
                      {t('cases.detail.householdValue', {
                        address: kase.household.address,
                        count: kase.household.memberCount,
                      })}
                    </Link>
                  ) : householdHidden ? (
                    t('cases.detail.householdHidden')
                  ) : (
                    t('common.none')
                  )}
                </dd>
              </div>
              <div>
                <dt>{t('cases.detail.openedAt')}</dt>
                <dd>{formatDateTimeMinute(kase.openedAt)}</dd>
              </div>
              {kase.closedAt ? (
                <div>
                  <dt>{t('cases.detail.closedAt')}</dt>
                  <dd>
                    {formatDateTimeMinute(kase.closedAt)}
                    {kase.closureReason ? ` · ${t(`cases.closureReason.${kase.closureReason}`)}` : ''}
                    {kase.closureNote ? ` · ${kase.closureNote}` : ''}
                  </dd>
                </div>
              ) : null}
              <div>
                <dt>{t('cases.detail.leadAgency')}</dt>
                <dd>{kase.leadAgency.name}</dd>
              </div>
              <div>
                <dt>{t('cases.detail.responsible')}</dt>
                <dd>{kase.responsible.name}</dd>
              </div>
              <div>
                <dt>{t('cases.detail.partners')}</dt>
                <dd>
                  {kase.partners.length ? kase.partners.map((p) => p.name).join(', ') : t('common.none')}
                </dd>
              </div>
              <div>
                <dt>{t('cases.detail.access')}</dt>
                <dd>
                  {kase.access.full
                    ? t('cases.detail.accessFull')
                    : kase.access.scopes.length
                      ? t('cases.detail.accessScopes', {
                          scopes: kase.access.scopes.map((s) => t(`consents.scope.${s}`)).join(', '),
                        })
                      : t('cases.detail.accessNone')}
                </dd>
              </div>
            </dl>
            {isOpen ? null : <p className="hint">{t('cases.detail.readOnly')}</p>}
          </CaseSection>

          <AssessmentSection
            latest={kase.assessments[0]}
            access={kase.access}
            canEdit={canPlan}
            loading={assess.loading}
            onAssess={(items) => assess.run({ caseId: kase.id, items })}
          />
          <GoalsSection kase={kase} canEdit={canPlan} loading={addGoal.loading} onAdd={addGoal.run} />
          <ServicesSection
            kase={kase}
            canEdit={canRecord}
            loading={recordService.loading}
            onRecord={recordService.run}
          />
          <ConferencesSection
            kase={kase}
            agencies={agencies.agencies}
            canEdit={canPlan}
            loading={recordConference.loading}
            onRecord={recordConference.run}
          />
          <ProgressNotesSection
            kase={kase}
            canEdit={canRecord}
            loading={addNote.loading}
            onAdd={addNote.run}
          />
          <CaseReferralsSection
            referrals={kase.referrals}
            form={
              canPlan && kase.household ? (
                <ReferralComposer
                  caseId={kase.id}
                  householdId={kase.household.id}
                  regionCode={kase.household.region.code}
                />
              ) : null
            }
          />
          <TimelineSection kase={kase} />
          {canPlan ? (
            <CloseCaseForm caseId={kase.id} loading={closeCase.loading} onClose={closeCase.run} />
          ) : null}
        </>
      ) : null}
    </>
  );
}
