import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../../components/FieldError';
import { errorsByField, type PayloadError } from '../../../lib/errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useErrorText } from '../../../lib/use-error-text';
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
  const errorText = useErrorText();
  const { signIn, loading } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<PayloadError[]>([]);
  useDocumentTitle(t('auth.signIn.title'));

  const byField = errorsByField(errors);
  const emailErrors = byField.get('email');
  const passwordErrors = byField.get('password');
  const formErrors = errors.filter((e) => !emailErrors?.includes(e) && !passwordErrors?.includes(e));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    const result = await signIn(email.trim(), password);
    if (result.ok) await onSignedIn();
    else setErrors(result.errors);
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
          {formErrors.length > 0 ? (
            <div className="alert alert-error" role="alert">
              {formErrors.map((e) => (
                <p key={e.code}>
                  <span aria-hidden="true">⚠ </span>
                  {errorText(e)}
                </p>
              ))}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="sign-in-email">{t('auth.signIn.email')}</label>
            <input
              id="sign-in-email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={emailErrors ? true : undefined}
              aria-describedby={emailErrors ? 'sign-in-email-error' : undefined}
            />
            <FieldError id="sign-in-email-error" errors={emailErrors} />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">{t('auth.signIn.password')}</label>
            <input
              id="sign-in-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={passwordErrors ? true : undefined}
              aria-describedby={passwordErrors ? 'sign-in-password-error' : undefined}
            />
            <FieldError id="sign-in-password-error" errors={passwordErrors} />
          </div>
          <button type="submit" className="primary" disabled={loading}>
            {loading ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
          </button>
        </form>
      </main>
    </>
  );
}
