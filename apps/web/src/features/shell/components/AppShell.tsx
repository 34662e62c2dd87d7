import { useRef } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/current-user';
import { isNavGroup, navFor, type NavItem } from '../navigation';
import { NotificationBell } from '../../notifications/components/NotificationBell';
import { useUnreadNotificationCount } from '../../notifications/hooks/useUnreadNotificationCount';
import { LanguageSwitch } from './LanguageSwitch';

export function AppShell() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const mainRef = useRef<HTMLElement>(null);
  const entries = navFor(user.permissions);
  const unread = useUnreadNotificationCount();

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('shell.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            {t('common.productName')}
          </Link>
          <div className="user-summary">
            <span className="user-name">{user.name}</span>
            <span className="user-role">{t(`common.roles.${user.role}`)}</span>
            <span className="user-agency">{user.agency.name}</span>
          </div>
          <NotificationBell count={unread.count} />
          <LanguageSwitch />
          <button type="button" className="sign-out" onClick={() => void signOut()}>
            {t('shell.signOut')}
          </button>
        </div>
      </header>
      <div className="layout">
        <nav className="main-nav" aria-label={t('shell.nav.label')}>
          <ul>
            {entries.map((entry) =>
              isNavGroup(entry) ? (
                <li key={entry.key} className="nav-group">
                  <span id={`nav-group-${entry.key}`} className="nav-group-title">
                    {t(`shell.nav.${entry.key}`)}
                  </span>
                  <ul aria-labelledby={`nav-group-${entry.key}`}>
                    {entry.items.map((item) => (
                      <NavEntryLink key={item.key} item={item} />
                    ))}
                  </ul>
                </li>
              ) : (
                <NavEntryLink key={entry.key} item={entry} />
              ),
            )}
          </ul>
        </nav>
        <main id="main" ref={mainRef} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </>
  );
}

function NavEntryLink({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  return (
    <li>
      <NavLink to={item.path}>
        {t(`shell.nav.${item.key}`)}
        {item.isLive ? null : <span className="tag"> {t('shell.comingSoon.status')}</span>}
      </NavLink>
    </li>
  );
}
