import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/current-user';
import { isNavGroup, navFor, type NavItem } from '../navigation';
import { focusPageHeading } from '../focus-heading';
import { NotificationBell } from '../../notifications/components/NotificationBell';
import { useUnreadNotificationCount } from '../../notifications/hooks/useUnreadNotificationCount';
import { LanguageSwitch } from './LanguageSwitch';

const HEADER_TOOLS_ID = 'header-tools';
const NAV_ID = 'main-nav';

export function AppShell() {
  const { t } = useTranslation();
  const { user, signOut, justSignedIn } = useSession();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const headingAfterMove = useRef(false);
  const entries = navFor(user.permissions);
  const unread = useUnreadNotificationCount();
  // On narrow screens the header's tools and the navigation fold behind the menu button (CSS decides
  // the width). The menu stays open for the page it was opened on, so any move closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isMenuOpen = openOn === location.key;

  // After sign-in, a screen reader starts at the page's name.
  useEffect(() => {
    if (!justSignedIn) return undefined;
    return focusPageHeading(mainRef.current);
  }, [justSignedIn]);

  // A move from the open menu lands on the new page's heading, not on a link that is gone.
  useEffect(() => {
    if (!headingAfterMove.current) return undefined;
    headingAfterMove.current = false;
    return focusPageHeading(mainRef.current);
  }, [location.key]);

  useEffect(() => {
    if (!isMenuOpen) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const active = document.activeElement;
      const wasInMenu =
        active === menuButtonRef.current ||
        Boolean(
          active &&
          (document.getElementById(NAV_ID)?.contains(active) ||
            document.getElementById(HEADER_TOOLS_ID)?.contains(active)),
        );
      setOpenOn(null);
      if (wasInMenu) menuButtonRef.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [isMenuOpen]);

  const onNavClick = (event: MouseEvent<HTMLElement>) => {
    if (!isMenuOpen || !(event.target as Element).closest('a')) return;
    headingAfterMove.current = true;
    setOpenOn(null);
  };

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
          <NotificationBell count={unread.count} />
          <button
            ref={menuButtonRef}
            type="button"
            className="menu-button"
            aria-expanded={isMenuOpen}
            aria-controls={`${HEADER_TOOLS_ID} ${NAV_ID}`}
            onClick={() => setOpenOn(isMenuOpen ? null : location.key)}
          >
            <MenuIcon open={isMenuOpen} />
            {t('shell.menu.label')}
          </button>
          <div id={HEADER_TOOLS_ID} className={isMenuOpen ? 'header-tools open' : 'header-tools'}>
            <div className="user-summary">
              <span className="user-name">{user.name}</span>
              <span className="user-role">{t(`common.roles.${user.role}`)}</span>
              <span className="user-agency">{user.agency.name}</span>
            </div>
            <LanguageSwitch />
            <button type="button" className="sign-out" onClick={() => void signOut()}>
              {t('shell.signOut')}
            </button>
          </div>
        </div>
      </header>
      <div className="layout">
        <nav
          id={NAV_ID}
          className={isMenuOpen ? 'main-nav open' : 'main-nav'}
          aria-label={t('shell.nav.label')}
          onClick={onNavClick}
        >
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

/** Three bars, or a cross while the menu is open; the button's text names it. */
function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg
      className="menu-icon"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
    >
      {open ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
    </svg>
  );
}
