import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shell/components/LanguageSwitch';

/** The public pages' frame (복지샘): no account, no navigation of the signed-in app. */
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
        <LanguageSwitch />
        <Link to="/">{t('directory.signIn')}</Link>
      </header>
      <main id="main" className="public-main">
        {children}
      </main>
    </>
  );
}
