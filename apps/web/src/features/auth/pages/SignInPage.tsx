import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/Fields';
import { FormAlert } from '../../../components/FormAlert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFormErrors } from '../../../lib/use-form-errors';
import { LanguageSwitch } from '../../shell/components/LanguageSwitch';
import { useSignIn } from '../hooks/useSignIn';
import type { SessionNotice } from '../components/AuthGate';

export function SignInPage({
  notice,
  onSignedIn,
}: {
  notice: SessionNotice;
  onSignedIn: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { signIn, loading } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const form = useFormErrors(['email', 'password']);
  useDocumentTitle(t('auth.signIn.title'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    form.clear();
    const result = await signIn(email.trim(), password);
    if (result.value) await onSignedIn();
    else form.show(result.errors);
  }

  return (
    <>
      <header className="site-header">
        <div className="site-header-inner">
          <p className="brand">{t('common.productName')}</p>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="sign-in" tabIndex={-1}>
        <h1>{t('auth.signIn.title')}</h1>
        <p>{t('auth.signIn.intro')}</p>
        <div role="status" aria-live="polite" className="status-line">
          {notice ? t(`auth.${notice}`) : null}
        </div>
        <form onSubmit={submit} noValidate className="card form">
          <FormAlert
            summaryRef={form.summaryRef}
            hasErrors={form.errors.length > 0}
            failed={t('auth.signIn.failed')}
            others={form.others}
          />
          <TextField
            id="sign-in-email"
            type="email"
            autoComplete="username"
            required
            label={t('auth.signIn.email')}
            value={email}
            onChange={setEmail}
            errors={form.field('email')}
          />
          <TextField
            id="sign-in-password"
            type="password"
            autoComplete="current-password"
            required
            label={t('auth.signIn.password')}
            value={password}
            onChange={setPassword}
            errors={form.field('password')}
          />
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
          </button>
        </form>
        {/* Plain links: the directory and the calculator live outside the signed-in app. */}
        <ul className="plain-list public-links">
          <li>
            <a href="/directory">{t('directory.fromSignIn')}</a>
          </li>
          <li>
            <a href="/calculator">{t('benefits.calculator.link')}</a>
          </li>
        </ul>
      </main>
    </>
  );
}
