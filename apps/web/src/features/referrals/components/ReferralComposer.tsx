import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/QueryError';
import { ConsentForm } from '../../consents/components/ConsentForm';
import { useRecordConsent } from '../../consents/hooks/useRecordConsent';
import { useReferralTargets } from '../hooks/useReferralTargets';
import { useSendReferral } from '../hooks/useSendReferral';
import { SendReferralForm } from './SendReferralForm';

/**
 * 서비스 의뢰 from a case: the agencies the household can be referred to, what the consents cover
 * for each, and the consent form on the spot when one is missing, so the worker never leaves the case.
 */
export function ReferralComposer({
  caseId,
  householdId,
  regionCode,
}: {
  caseId: string;
  householdId: string;
  regionCode?: string;
}) {
  const { t } = useTranslation();
  const targets = useReferralTargets(householdId);
  const sendReferral = useSendReferral();
  const recordConsent = useRecordConsent();
  const [consentFor, setConsentFor] = useState<string | null>(null);
  const privateTargets = targets.targets.filter((a) => a.sector === 'PRIVATE');

  return (
    <>
      {targets.error ? <QueryError error={targets.error} /> : null}
      <SendReferralForm
        caseId={caseId}
        regionCode={regionCode}
        targets={targets.targets}
        loading={sendReferral.loading || targets.loading}
        onSend={sendReferral.send}
        onRecordConsent={(agencyId) => {
          setConsentFor(agencyId);
          requestAnimationFrame(() => document.getElementById('consent-granteeAgencyId')?.focus());
        }}
      />
      {consentFor ? (
        <section aria-label={t('referrals.send.consentSection')} id="referral-consent">
          <ConsentForm
            key={consentFor}
            householdId={householdId}
            agencies={privateTargets}
            initialAgencyId={consentFor}
            loading={recordConsent.loading}
            onRecord={recordConsent.record}
          />
          <button type="button" className="secondary" onClick={() => setConsentFor(null)}>
            {t('referrals.send.closeConsent')}
          </button>
        </section>
      ) : null}
    </>
  );
}
