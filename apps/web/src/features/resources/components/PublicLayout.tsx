import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shell/components/LanguageSwitch';

/** The public pages' frame (복지샘, 복지계산기): no account, no navigation of the signed-in app. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="public-header">
        <Link to="/directory" className="brand">
          {t('directory.brand')}
        </Link>
        <nav aria-label={t('directory.publicNav')} className="public-nav">
          <NavLink to="/directory" end>
            {t('directory.title')}
          </NavLink>
          <NavLink to="/calculator">{t('benefits.calculator.title')}</NavLink>
        </nav>
        <LanguageSwitch />
        <Link to="/">{t('directory.signIn')}</Link>
      </header>
      <main id="main" className="public-main">
        {children}
      </main>
    </>
  );
}
