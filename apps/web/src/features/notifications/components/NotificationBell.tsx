import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/**
 * The header's 알림 link: the unread count is part of its name ("알림 3건"), so a screen reader
 * hears it without the badge, which is hidden from it.
 */
export function NotificationBell({ count }: { count: number | undefined }) {
  const { t } = useTranslation();
  const unread = count ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="bell"
      aria-label={
        unread > 0 ? t('notifications.bell.unread', { count: unread }) : t('notifications.bell.none')
      }
    >
      <span aria-hidden="true">🔔 {t('notifications.bell.label')}</span>
      {unread > 0 ? (
        <span className="bell-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </NavLink>
  );
}
