import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { useErrorText } from '../../../lib/use-error-text';
import { can, useSession } from '../../auth/current-user';
import { ConsentForm } from '../../consents/components/ConsentForm';
import { ConsentTable } from '../../consents/components/ConsentTable';
import { useHouseholdConsents } from '../../consents/hooks/useHouseholdConsents';
import { useRecordConsent } from '../../consents/hooks/useRecordConsent';
import { useWithdrawConsent } from '../../consents/hooks/useWithdrawConsent';
import { usePartnerAgencies } from '../../referrals/hooks/usePartnerAgencies';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { OpenCaseForHousehold } from '../../cases/components/OpenCaseForHousehold';
import { EligibilitySection } from '../../eligibility/components/EligibilitySection';
import { MembershipSection } from '../../membership/components/MembershipSection';
import { ProvisionsSection } from '../../provisions/components/ProvisionsSection';
import { ContactsSection } from '../components/ContactsSection';
import { MembersTable } from '../components/MembersTable';
import { useHousehold } from '../hooks/useHousehold';

export function HouseholdDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { household, loading, error, retry } = useHousehold(id);
  // The search page passes its query string, so 돌아가기 returns to the same results.
  const state = useLocation().state as { search?: string } | null;
  const backSearch = typeof state?.search === 'string' ? state.search : '';
  useDocumentTitle(household?.address ?? t('households.detail.title'));

  // 정보제공 동의 and 사례 열기 are for the public staff; a partner agency only reads.
  const { user } = useSession();
  const mayConsent = can(user, 'RECORD_CONSENT');
  const mayOpenCase = can(user, 'OPEN_CASE');
  const consents = useHouseholdConsents(id, mayConsent && Boolean(household));
  const recordConsent = useRecordConsent();
  const withdrawConsent = useWithdrawConsent();
  const partnerAgencies = usePartnerAgencies();
  const [withdrawMessage, setWithdrawMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const errorText = useErrorText();

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/households${backSearch}`}>{t('households.detail.back')}</Link>
      </p>
      <h1>{household?.address ?? t('households.detail.title')}</h1>
      <p className="access-notice" role="note">
        <span aria-hidden="true">ⓘ </span>
        {t('households.detail.accessNotice')}
      </p>
      {loading ? <p role="status">{t('common.loading')}</p> : null}
      {error ? <QueryError error={error} onRetry={retry} /> : null}
      {!loading && !error && !household ? <p role="alert">{t('households.detail.notFound')}</p> : null}
      {household ? (
        <>
          <dl className="facts">
            <div>
              <dt>{t('households.detail.address')}</dt>
              <dd>{household.address}</dd>
            </div>
            <div>
              <dt>{t('households.detail.region')}</dt>
              <dd>{household.region.fullName}</dd>
            </div>
          </dl>
          {household.synthetic ? <p className="hint">{t('households.detail.synthetic')}</p> : null}
          <h2>{t('households.detail.membersTitle')}</h2>
          <MembersTable members={household.members} />
          <ContactsSection
            householdId={household.id}
            contacts={household.contacts}
            canEdit={can(user, 'REGISTER_HOUSEHOLD')}
          />
          {mayOpenCase ? <OpenCaseForHousehold householdId={household.id} /> : null}
          {/* 소득·재산 are FINANCES, recorded and decided by the public workers of the area. */}
          {can(user, 'RECORD_MEANS') ? (
            <EligibilitySection
              householdId={household.id}
              canRecord={can(user, 'RECORD_MEANS')}
              canDecide={can(user, 'DECIDE_ELIGIBILITY')}
            />
          ) : null}
          {can(user, 'VIEW_GUIDANCE') ? (
            <MembershipSection householdId={household.id} canEnrol={can(user, 'ENROL_MEMBERSHIP')} />
          ) : null}
          {can(user, 'REVIEW_APPLICATION') ? (
            <p>
              <Link
                to={`/applications/new?household=${encodeURIComponent(household.id)}`}
                state={{ address: household.address }}
              >
                {t('applications.new.fromHousehold')}
              </Link>
            </p>
          ) : null}
          {can(user, 'RECORD_PROVISION') ? (
            <ProvisionsSection householdId={household.id} agencyId={user.agency.id} />
          ) : null}
          {mayConsent ? (
            <section aria-labelledby="consents-title">
              <h2 id="consents-title">{t('consents.title')}</h2>
              <p className="hint">{t('consents.intro')}</p>
              {consents.error ? <QueryError error={consents.error} onRetry={consents.retry} /> : null}
              {consents.consents.length === 0 && !consents.loading && !consents.error ? (
                <p>{t('consents.empty')}</p>
              ) : null}
              {consents.consents.length > 0 ? (
                <ConsentTable
                  consents={consents.consents}
                  isWithdrawing={withdrawConsent.loading}
                  onWithdraw={async (consent) => {
                    const result = await withdrawConsent.withdraw(consent.id);
                    setWithdrawMessage(
                      result.value
                        ? { ok: true, text: t('consents.withdraw.done', { agency: consent.grantee.name }) }
                        : {
                            ok: false,
                            text: `${t('consents.withdraw.failed')} ${result.errors.map((e) => errorText(e)).join(' ')}`,
                          },
                    );
                    return Boolean(result.value);
                  }}
                />
              ) : null}
              <p role="status" className="status-line">
                {withdrawMessage?.ok ? withdrawMessage.text : null}
              </p>
              <div role="alert">
                {withdrawMessage && !withdrawMessage.ok ? (
                  <p className="alert alert-error">{withdrawMessage.text}</p>
                ) : null}
              </div>
              <ConsentForm
                householdId={household.id}
                agencies={partnerAgencies.agencies.filter((a) => a.sector === 'PRIVATE')}
                loading={recordConsent.loading}
                onRecord={recordConsent.record}
              />
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
