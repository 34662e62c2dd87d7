import { useRef } from 'react';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/current-user';
import { NAV_ITEMS } from '../navigation';
import { LanguageSwitch } from './LanguageSwitch';

export function AppShell() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const mainRef = useRef<HTMLElement>(null);
  const items = NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(user.role));

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
          <LanguageSwitch />
          <button type="button" className="sign-out" onClick={() => void signOut()}>
            {t('shell.signOut')}
          </button>
        </div>
      </header>
      <div className="layout">
        <nav className="main-nav" aria-label={t('shell.nav.label')}>
          <ul>
            {items.map((item) => (
              <li key={item.key}>
                <NavLink to={item.path}>
                  {t(`shell.nav.${item.key}`)}
                  {item.isLive ? null : <span className="tag"> {t('shell.comingSoon.status')}</span>}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" ref={mainRef} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </>
  );
}
