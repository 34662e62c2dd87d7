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
      <span className="bell-label" aria-hidden="true">
        <BellIcon />
        {t('notifications.bell.label')}
      </span>
      {unread > 0 ? (
        <span className="bell-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </NavLink>
  );
}

/** A bell outline drawn in the text colour, so it follows the header's colours and hover. */
function BellIcon() {
  return (
    <svg
      className="bell-icon"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}
