import { useTranslation } from 'react-i18next';
import type { ReferralStatus as Status } from '../../../generated/graphql';

/** The status in words, and 기한 초과 as words too (never colour alone). */
export function ReferralStatus({ status, overdue }: { status: Status; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="referral-status">
      <span className={`status status-referral-${status.toLowerCase()}`}>
        {t(`referrals.status.${status}`)}
      </span>
      {overdue ? <span className="tag tag-overdue"> {t('referrals.overdue')}</span> : null}
    </span>
  );
}
